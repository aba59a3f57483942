import { useEffect } from 'react';
import { useNotebook } from '../store/notebookStore';
import { jumpToLesson, lessonOfFragment } from './lessonJump';

/**
 * Jumps to a lesson when the page is asked for one: the lesson a shared link opens on (once,
 * with keyboard focus on its heading), a plain `#lesson` fragment in the address at start-up,
 * and later fragments (a link to a lesson clicked in the page, an address edited by hand).
 */
export function useOpeningLesson(): void {
  const lesson = useNotebook((state) => state.openingLesson);
  const embedded = useNotebook((state) => state.embed !== null);
  useEffect(() => {
    if (!lesson || embedded) return;
    jumpToLesson(lesson, { focus: true });
  }, [lesson, embedded]);
  useEffect(() => {
    if (embedded) return;
    const fromAddress = lessonOfFragment(location.hash);
    if (fromAddress) jumpToLesson(fromAddress);
    const onHashChange = () => {
      const named = lessonOfFragment(location.hash);
      if (named) jumpToLesson(named);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [embedded]);
}
