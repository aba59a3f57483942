import { useNotebook } from '../../store/notebookStore';

/** Switches the projector view: the lab fills the screen with large type and thick lines (key P). */
export function PresentationToggle() {
  const presentation = useNotebook((state) => state.presentation);
  const toggle = useNotebook((state) => state.togglePresentation);
  return (
    <button
      type="button"
      data-testid="presentation-toggle"
      aria-pressed={presentation}
      onClick={toggle}
      title="Projector view (key P)"
    >
      {presentation ? 'Leave presentation' : 'Present'}
    </button>
  );
}
