// biome-ignore-all lint/security/noDangerouslySetInnerHtml: the HTML is KaTeX's rendering of TeX written in this code base (trust off), never user text
// biome-ignore-all lint/correctness/useExhaustiveDependencies: new HTML can change the equation's width, so it re-measures whether it scrolls
import katex from 'katex';
import { useEffect, useMemo, useRef, useState } from 'react';

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
  // stop, so keyboard users can scroll it too. The widths are read in a ResizeObserver's
  // callback, which runs after the browser's own layout, never
  // by forcing a layout in the middle of a render: with a hundred equations on the page, reading
  // them as each one mounts made the page lay itself out a hundred times after new data.
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth + 1));
    // a new observer reports the element once at once, so new HTML (run again by `html`) is checked too
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
