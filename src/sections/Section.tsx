import { type ReactNode, useEffect, useRef } from 'react';
import { renderLessonSoon } from '../hooks/lessonRendering';
import type { LessonId } from '../model/settings';
import { useNotebook } from '../store/notebookStore';

/** Where a lesson sits in the notebook: its anchor, its number on the page and its title. */
export interface SectionHeading {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

/** What every lesson component receives from the list of lessons (`lessons.ts`). */
export interface LessonProps {
  readonly heading: SectionHeading;
}

/** One chapter of the notebook: a numbered heading and its content, linkable by id. */
export function Section({ heading, children }: { heading: SectionHeading; children: ReactNode }) {
  const { id, number, title } = heading;
  // In the projector view with speaker notes, this lesson's prose may be the notes beside the lab.
  const notes = useNotebook(
    (state) => state.presentation && state.speakerNotes && state.showProse && state.notesLesson === id,
  );
  return (
    <section
      id={id}
      className={notes ? 'notebook-section notes-lesson' : 'notebook-section'}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>
        <span className="section-number">{number}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** How near the screen (in screen heights) a lesson's shell must come for its body to render first. */
const NEAR_SCREEN = '100%';

/**
 * A lesson not rendered yet: its section and numbered heading only, so the page's outline,
 * links to it and screen readers' heading lists are whole from the start. Its body renders in
 * idle time after the first fit, or sooner when the shell comes near the screen
 * (hooks/lessonRendering.ts).
 */
export function LessonShell({ heading }: { heading: SectionHeading & { readonly id: LessonId } }) {
  const { id, number, title } = heading;
  const element = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = element.current;
    if (!section || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) renderLessonSoon(id);
      },
      { rootMargin: `${NEAR_SCREEN} 0px` },
    );
    observer.observe(section);
    return () => observer.disconnect();
  }, [id]);
  return (
    <section
      ref={element}
      id={id}
      className="notebook-section lesson-shell"
      aria-labelledby={`${id}-title`}
      aria-busy="true"
    >
      <h2 id={`${id}-title`}>
        <span className="section-number">{number}</span>
        {title}
      </h2>
    </section>
  );
}
