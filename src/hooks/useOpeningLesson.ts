import { useEffect } from 'react';
import { useNotebook } from '../store/notebookStore';

/** Scrolls the lesson a link opens on into view, once, and moves keyboard focus to its heading. */
export function useOpeningLesson(): void {
  const lesson = useNotebook((state) => state.openingLesson);
  const embedded = useNotebook((state) => state.embed !== null);
  useEffect(() => {
    if (!lesson || embedded) return;
    const heading = document.getElementById(`${lesson}-title`);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [lesson, embedded]);
}
