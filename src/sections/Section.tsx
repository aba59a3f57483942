import type { ReactNode } from 'react';
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
