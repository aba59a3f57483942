import { useCallback, useState } from 'react';
import { densityCells } from './densityLayer';

// The plotly margins around the scatter plot's plotting area (scatterFigure's layout), in pixels.
const MARGIN_WIDTH = 72;
const MARGIN_HEIGHT = 56;

/**
 * The density layer's cell counts for the chart inside the element this ref is attached to
 * (about one cell per three pixels of its plotting area), followed as the chart is resized.
 * The value only changes when the cell counts do, so a few pixels of resizing never recount.
 */
export function useDensityCells(): [(element: HTMLElement | null) => (() => void) | undefined, DensityCells | null] {
  const [cells, setCells] = useState<DensityCells | null>(null);
  const attach = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    const measure = () => {
      const chart = element.querySelector<HTMLElement>('.overlaid-plot') ?? element;
      const width = chart.clientWidth - MARGIN_WIDTH;
      const height = chart.clientHeight - MARGIN_HEIGHT;
      if (width <= 0 || height <= 0) return;
      const next = densityCells(width, height);
      setCells((previous) =>
        previous && previous.xBins === next.xBins && previous.yBins === next.yBins ? previous : next,
      );
    };
    // No measuring here: reading the size inside React's commit forced a layout of the whole page
    // there (a quarter to a half of the first render's task). The observer reports the element's
    // first size after the browser's own layout, and every change after it.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [attach, cells];
}

export interface DensityCells {
  readonly xBins: number;
  readonly yBins: number;
}
