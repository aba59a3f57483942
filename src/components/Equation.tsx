// biome-ignore-all lint/security/noDangerouslySetInnerHtml: the HTML is KaTeX's rendering of TeX written in this code base (trust off), never user text
// biome-ignore-all lint/correctness/useExhaustiveDependencies: new HTML can change the equation's width, so it re-measures whether it scrolls
import katex from 'katex';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';

/**
 * A typeset equation. The TeX source is always our own (never user text), rendered by KaTeX to
 * HTML with MathML alongside for screen readers.
 */
export function Equation({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(
    () => katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' }),
    [tex, display],
  );
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  // Only an equation wider than its column scrolls sideways; only that one needs to be a tab
  // stop, so keyboard users can scroll it too.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [html]);
  if (!display) return <span className="equation" dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <div
      ref={box}
      className={scrolls ? 'equation display scrolls' : 'equation display'}
      tabIndex={scrolls ? 0 : undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
