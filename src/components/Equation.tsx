import katex from 'katex';
import { useMemo } from 'react';

/**
 * A typeset equation. The TeX source is always our own (never user text), rendered by KaTeX to
 * HTML with MathML alongside for screen readers.
 */
export function Equation({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' }), [tex, display]);
  if (!display) return <span className="equation" dangerouslySetInnerHTML={{ __html: html }} />;
  // A display equation may be wider than a narrow screen and scroll sideways; tabIndex lets
  // keyboard users scroll it too.
  return <div className="equation display" tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />;
}
