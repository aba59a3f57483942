import { useNotebook } from '../../store/notebookStore';
import { SpeakerNotesToggle } from './SpeakerNotes';

/**
 * Switches the projector view: the lab fills the screen with large type and thick lines (key P);
 * in it, a second button shows the lesson's prose as speaker notes beside the lab (key N).
 */
export function PresentationToggle() {
  const presentation = useNotebook((state) => state.presentation);
  const toggle = useNotebook((state) => state.togglePresentation);
  return (
    <>
      <button
        type="button"
        data-testid="presentation-toggle"
        aria-pressed={presentation}
        onClick={toggle}
        title="Projector view (key P)"
      >
        {presentation ? 'Leave presentation' : 'Present'}
      </button>
      <SpeakerNotesToggle />
    </>
  );
}
