// biome-ignore-all lint/a11y/noNoninteractiveTabindex: each number is a tab stop so that keyboard users reach its explanation
import { useId } from 'react';

/**
 * One number of the regression summary: its text, the full double in `data-value`, and a
 * sentence that explains it, given as the title (hover) and as the accessible description,
 * which is also shown beside the number while it has keyboard focus. A value that is not
 * finite gets no `data-value` (the text then says why).
 */
export function SummaryNumber({
  testId,
  value,
  text,
  explanation,
}: {
  testId: string;
  value: number;
  text: string;
  explanation: string;
}) {
  const id = useId();
  return (
    <>
      <span
        className="summary-number"
        data-testid={testId}
        data-value={Number.isFinite(value) ? String(value) : undefined}
        title={explanation}
        tabIndex={0}
        aria-describedby={id}
      >
        {text}
      </span>
      <span id={id} role="tooltip" className="summary-tip">
        {explanation}
      </span>
    </>
  );
}
