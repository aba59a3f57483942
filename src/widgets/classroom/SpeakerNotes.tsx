import { useEffect, useRef } from 'react';
import { LESSON_IDS, type LessonId } from '../../model/settings';
import { useNotebook } from '../../store/notebookStore';

/**
 * Speaker notes in the projector view: one lesson's prose beside the lab, in large type, with
 * the previous and next lessons a button away. The lesson is the one being read when the
 * projector view opened; leaving the view scrolls the notebook back to the lesson last shown.
 * The prose itself is the lesson's own section (see Section.tsx and styles.css), so its live
 * numbers stay current.
 */
export function SpeakerNotes() {
  const presentation = useNotebook((state) => state.presentation);
  const lesson = useNotebook((state) => state.notesLesson);
  const shown = useNotebook((state) => state.presentation && state.speakerNotes && state.showProse);
  const showNotesFor = useNotebook((state) => state.showNotesFor);
  const inView = useLessonInView(presentation);
  useEffect(() => {
    if (presentation) {
      showNotesFor(inView.current);
      return;
    }
    // back from the projector view: the notebook opens where the notes were
    const last = useNotebook.getState().notesLesson;
    if (useNotebook.getState().speakerNotes) document.getElementById(last)?.scrollIntoView();
  }, [presentation, showNotesFor, inView]);
  if (!shown) return null;
  const index = LESSON_IDS.indexOf(lesson);
  const go = (step: number) => {
    const next = LESSON_IDS[index + step];
    if (next) showNotesFor(next);
  };
  return (
    <nav className="speaker-notes-bar" aria-label="Speaker notes" data-testid="speaker-notes">
      <span className="notes-position" data-testid="notes-lesson" data-value={lesson}>
        Notes: lesson {index + 1} of {LESSON_IDS.length}
      </span>
      <button
        type="button"
        data-testid="notes-previous"
        disabled={index === 0}
        onClick={() => go(-1)}
        aria-label="Notes of the previous lesson"
      >
        ← Previous
      </button>
      <button
        type="button"
        data-testid="notes-next"
        disabled={index === LESSON_IDS.length - 1}
        onClick={() => go(1)}
        aria-label="Notes of the next lesson"
      >
        Next →
      </button>
    </nav>
  );
}

/**
 * The lesson being read: the first whose section crosses the upper part of the window. Kept
 * in a ref (read when the projector view opens), so scrolling never re-renders anything; it
 * holds still while the projector view hides the lessons.
 */
function useLessonInView(presentation: boolean) {
  const current = useRef<LessonId>(LESSON_IDS[0]);
  const paused = useRef(presentation);
  paused.current = presentation;
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const crossing = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        if (paused.current) return;
        for (const entry of entries) {
          if (entry.isIntersecting) crossing.add(entry.target.id);
          else crossing.delete(entry.target.id);
        }
        const first = LESSON_IDS.find((id) => crossing.has(id));
        if (first) current.current = first;
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    for (const id of LESSON_IDS) {
      const section = document.getElementById(id);
      if (section) observer.observe(section);
    }
    return () => observer.disconnect();
  }, []);
  return current;
}

/** Speaker notes on or off in the projector view (key N); hidden when a link hides the lessons' prose. */
export function SpeakerNotesToggle() {
  const presentation = useNotebook((state) => state.presentation);
  const showProse = useNotebook((state) => state.showProse);
  const notes = useNotebook((state) => state.speakerNotes);
  const toggle = useNotebook((state) => state.toggleSpeakerNotes);
  if (!presentation || !showProse) return null;
  return (
    <button
      type="button"
      data-testid="notes-toggle"
      aria-pressed={notes}
      onClick={toggle}
      title="The lesson’s prose beside the lab (key N)"
    >
      {notes ? 'Hide notes' : 'Speaker notes'}
    </button>
  );
}
