import katex from 'katex';
import { useMemo } from 'react';

/**
 * A typeset equation. The TeX source is always our own (never user text), rendered by KaTeX to
 * HTML with MathML alongside for screen readers.
 */
export function Equation({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' }), [tex, display]);
  const Tag = display ? 'div' : 'span';
  return <Tag className={display ? 'equation display' : 'equation'} dangerouslySetInnerHTML={{ __html: html }} />;
}
