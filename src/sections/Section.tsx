import type { ReactNode } from 'react';

/** One chapter of the notebook: a numbered heading and its content, linkable by id. */
export function Section({
  id,
  number,
  title,
  children,
}: {
  id: string;
  number?: number;
  title: string;
  children: ReactNode;
}) {
  return (
    <section id={id} className="notebook-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {number !== undefined && <span className="section-number">{number}</span>}
        {title}
      </h2>
      {children}
    </section>
  );
}
