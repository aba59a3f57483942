import { createContext, type ReactNode, type Ref, useContext, useEffect, useRef } from 'react';
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

/**
 * Set by {@link LessonSection}: the lesson's section and heading are already on the page, so the
 * lesson's own {@link Section} adds only its content.
 */
const InsideLessonSection = createContext(false);

/** One chapter of the notebook: a numbered heading and its content, linkable by id. */
export function Section({ heading, children }: { heading: SectionHeading; children: ReactNode }) {
  if (useContext(InsideLessonSection)) return children;
  return <SectionElement heading={heading}>{children}</SectionElement>;
}

function SectionElement({
  heading,
  children,
  element,
  waiting = false,
}: {
  heading: SectionHeading;
  children: ReactNode;
  element?: Ref<HTMLElement>;
  waiting?: boolean;
}) {
  const { id, number, title } = heading;
  // In the projector view with speaker notes, this lesson's prose may be the notes beside the lab.
  const notes = useNotebook(
    (state) => state.presentation && state.speakerNotes && state.showProse && state.notesLesson === id,
  );
  const classes = ['notebook-section', notes ? 'notes-lesson' : '', waiting ? 'lesson-shell' : ''].filter(Boolean);
  return (
    <section
      ref={element}
      id={id}
      className={classes.join(' ')}
      aria-labelledby={`${id}-title`}
      aria-busy={waiting ? true : undefined}
    >
      <h2 id={`${id}-title`}>
        <span className="section-number">{number}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** How near the screen (in screen heights) a lesson not rendered yet must come for its body to render first. */
const NEAR_SCREEN = '100%';

/**
 * A lesson of the notebook page: its section and numbered heading are there from the start, so
 * the page's outline, links to it and screen readers' heading lists are whole; its body (the
 * lesson component, `children`) comes when `rendered`: in idle time after the first fit, or
 * sooner when the section comes near the screen (hooks/lessonRendering.ts). The section stays
 * the same element when the body arrives, so the browser's scroll anchoring keeps what the
 * reader sees in place, and focus on the heading is kept.
 */
export function LessonSection({
  heading,
  rendered,
  children,
}: {
  heading: SectionHeading & { readonly id: LessonId };
  rendered: boolean;
  children: ReactNode;
}) {
  const { id } = heading;
  const element = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = element.current;
    if (rendered || !section || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) renderLessonSoon(id);
      },
      { rootMargin: `${NEAR_SCREEN} 0px` },
    );
    observer.observe(section);
    return () => observer.disconnect();
  }, [id, rendered]);
  return (
    <SectionElement heading={heading} element={element} waiting={!rendered}>
      <InsideLessonSection.Provider value={true}>{rendered ? children : null}</InsideLessonSection.Provider>
    </SectionElement>
  );
}
