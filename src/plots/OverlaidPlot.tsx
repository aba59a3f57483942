// biome-ignore-all lint/a11y/noStaticElementInteractions: clicking the map is a shortcut; the same start can be typed in the start boxes
// biome-ignore-all lint/a11y/useKeyWithClickEvents: clicking the map is a shortcut; the same start can be typed in the start boxes

import type { Config, Data, Layout } from 'plotly.js';
import {
  memo,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ChartSize } from './axisTicks';
import { fromPixels, type PlotGeometry, sameGeometry } from './plotGeometry';
import { plotsAllowed } from './plotLoading';
import { readPlotGeometry } from './plotlyLayoutAdapter';
import { queueRedraw } from './redrawQueue';
import { hideTickLabelsPastBox } from './tickLabelOverflow';
import { missingTraceTypes, preloadTraceTypes } from './traceModules';
import { layoutOverUnderlay, UNDERLAY_CONFIG, underlayLayout } from './underlayLayout';

interface OverlaidPlotProps {
  data: Data[];
  /**
   * The chart's layout, or a function of the chart's size for figures whose ticks depend on the
   * room they have. Either way the chart is drawn at the size of its box, measured each time
   * the box changes (a legend that grows, a window resized), not only when the window does.
   */
  layout: Partial<Layout> | ((size: ChartSize) => Partial<Layout>);
  config: Partial<Config>;
  /** Called with data coordinates when the plotting area is clicked. */
  onGraphClick?: (dataX: number, dataY: number) => void;
  /** Marks that change every epoch or every slider step, drawn in SVG over the plotting area. */
  overlay: (geometry: PlotGeometry) => ReactNode;
  /**
   * Traces drawn under `data`, with the grid, in a plotly chart of their own (underlayLayout.ts):
   * the scatter plot's density layer. An empty array draws the grid alone (the traces are still
   * being counted); undefined means no underlay. Pass a memoised value.
   */
  underlay?: Data[];
}

type PlotComponent = typeof import('./Plot').PlotWithModules;

// plotly (about 1.5 MB) is a chunk of its own, loaded once the first fit is on screen: the
// numbers and the status never wait for it (plotLoading.ts).
let loadedPlot: PlotComponent | null = null;
let plotLoadFailure: unknown = null;
const plotLoading: Promise<void> = plotsAllowed()
  .then(() => import('./Plot'))
  .then(
    (module) => {
      loadedPlot = module.PlotWithModules;
    },
    (error: unknown) => {
      plotLoadFailure = error;
    },
  );

/**
 * plotly's chart component once its chunk has loaded, else null. A chart asks to be drawn only
 * then, so even its first drawing goes through the redraw queue, in a task of its own: a lazy
 * component resolved in one microtask drew every chart on the page at once (60–110 ms). A chunk
 * that failed to load is thrown, for the error boundary.
 */
function useLoadedPlot(): PlotComponent | null {
  const [, setLoaded] = useState(loadedPlot !== null);
  useEffect(() => {
    if (!loadedPlot && !plotLoadFailure) void plotLoading.then(() => setLoaded(true));
  }, []);
  if (plotLoadFailure) throw plotLoadFailure;
  return loadedPlot;
}

/**
 * Queues `draw` (see queueRedraw) once the plotly trace modules `data` needs are registered, so
 * that the drawing never suspends: a chart that suspended was drawn when its module came, in a
 * microtask beside whatever else ran (the loss landscape's contour, 55 ms on a million rows).
 * Returns a function that cancels it.
 */
function queueWithTraceModules(data: readonly Data[], draw: () => void): () => void {
  const missing = missingTraceTypes(data);
  if (missing.length === 0) return queueRedraw(draw);
  let cancelled = false;
  let cancelQueued = () => {};
  // a module that fails to load is queued anyway: the chart then reports it (PlotWithModules)
  const queue = () => {
    if (!cancelled) cancelQueued = queueRedraw(draw);
  };
  void preloadTraceTypes(missing).then(queue, queue);
  return () => {
    cancelled = true;
    cancelQueued();
  };
}

/** How far outside the screen a chart is still drawn, so it is ready when scrolled to. */
const NEAR_SCREEN_MARGIN = '400px';

/**
 * True while a lesson's chart is within {@link NEAR_SCREEN_MARGIN} of the screen; false until
 * the first report, so a chart that mounts far below is not drawn at all. Always true for the
 * lab's charts (the lab stays beside the lessons, its few charts are the ones a student watches,
 * and the lab's own scrolling would hide them from the observer's margin) and where
 * IntersectionObserver is missing.
 */
function useNearScreen(box: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined' || element.closest('#lab')) {
      setNear(true);
      return;
    }
    // several entries can arrive in one callback (it left and came back between two frames); the last is its state now
    const observer = new IntersectionObserver((entries) => setNear(entries.at(-1)?.isIntersecting ?? true), {
      rootMargin: NEAR_SCREEN_MARGIN,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return near;
}

type PlotlyGraphDiv = HTMLElement & {
  on?: (event: string, handler: () => void) => void;
  removeAllListeners?: (event: string) => void;
};

/**
 * A plotly chart for what is slow to draw and rarely changes (data markers, axes, contours),
 * with an SVG layer on top for what changes on every step (fitted lines, loss curves, markers).
 * Redrawing a plotly chart costs ~15 ms; updating the overlay costs well under a millisecond,
 * which is what keeps slider drags and playback within one animation frame.
 */
export const OverlaidPlot = memo(function OverlaidPlot({
  data,
  layout,
  config,
  overlay,
  onGraphClick,
  underlay,
}: OverlaidPlotProps) {
  const clipId = `overlay-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const graph = useRef<PlotlyGraphDiv | null>(null);
  const box = useRef<HTMLDivElement | null>(null);
  const [size, setSize] = useState<ChartSize | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measureBox = () => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      setSize((previous) =>
        width > 0 && height > 0
          ? previous?.width === width && previous.height === height
            ? previous
            : { width, height }
          : previous,
      );
    };
    // No measuring here: reading the size now would force a layout of the whole page in the task
    // that commits new widgets. The observer reports the box once laid out, before it is painted.
    const observer = new ResizeObserver(measureBox);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const sizedLayout = useMemo(() => {
    if (!size) return null;
    const resolved = typeof layout === 'function' ? layout(size) : layout;
    return {
      ...resolved,
      // plotly's default ('hide past div') measures every tick label again after placing each one:
      // n² bounding boxes per axis, tens of milliseconds a redraw. The top and bottom margins leave
      // room for every y label, so that axis skips the check; an x label that passes the box's
      // edge is hidden after the drawing instead (tickLabelOverflow.ts).
      xaxis: { ticklabeloverflow: 'allow', ...resolved.xaxis },
      yaxis: { ticklabeloverflow: 'allow', ...resolved.yaxis },
      width: size.width,
      height: size.height,
      autosize: false,
    } satisfies Partial<Layout>;
  }, [layout, size]);
  // The figure plotly draws follows the one asked for one task later, each chart in a task of its
  // own (redrawQueue.ts), and only while the chart is near the screen: a chart scrolled far away
  // keeps its last drawing until it comes back, so new data never redraws a dozen unseen charts.
  const stacked = underlay !== undefined;
  const figure = useMemo(
    () => (sizedLayout ? { data, layout: stacked ? layoutOverUnderlay(sizedLayout) : sizedLayout } : null),
    [data, sizedLayout, stacked],
  );
  const underFigure = useMemo(
    () => (sizedLayout && underlay ? { data: underlay, layout: underlayLayout(sizedLayout) } : null),
    [underlay, sizedLayout],
  );
  const [drawn, setDrawn] = useState<typeof figure>(null);
  const [drawnUnder, setDrawnUnder] = useState<typeof underFigure>(null);
  const near = useNearScreen(box);
  const Plot = useLoadedPlot();
  useEffect(
    () => (figure && near && Plot ? queueWithTraceModules(figure.data, () => setDrawn(figure)) : undefined),
    [figure, near, Plot],
  );
  useEffect(
    () =>
      underFigure && near && Plot
        ? queueWithTraceModules(underFigure.data, () => setDrawnUnder(underFigure))
        : undefined,
    [underFigure, near, Plot],
  );
  const drawnState =
    drawn === null
      ? 'none'
      : drawn === figure && (underFigure === null || drawnUnder === underFigure)
        ? 'current'
        : 'earlier';
  const [geometry, setGeometry] = useState<PlotGeometry | null>(null);
  // The labels are measured in the next animation frame, where the browser lays the page out
  // anyway: measured at once, the layout of everything plotly just drew (and of a page that new
  // data has just re-rendered) was forced inside the drawing's task, 5–20 ms of it.
  const labelFrame = useRef(0);
  const measure = useCallback(() => {
    cancelAnimationFrame(labelFrame.current);
    labelFrame.current = requestAnimationFrame(() => graph.current && hideTickLabelsPastBox(graph.current));
    const next = graph.current ? readPlotGeometry(graph.current) : null;
    setGeometry((previous) => (sameGeometry(previous, next) ? previous : next));
  }, []);
  const attach = useCallback(
    (_figure: unknown, graphDiv: HTMLElement) => {
      graph.current = graphDiv as PlotlyGraphDiv;
      graph.current.on?.('plotly_afterplot', measure);
      // a pan redraws the ticks as it goes, without an afterplot
      graph.current.on?.('plotly_relayouting', () => graph.current && hideTickLabelsPastBox(graph.current));
      measure();
    },
    [measure],
  );
  useEffect(
    () => () => {
      cancelAnimationFrame(labelFrame.current);
      graph.current?.removeAllListeners?.('plotly_afterplot');
      graph.current?.removeAllListeners?.('plotly_relayouting');
    },
    [],
  );
  const click =
    onGraphClick && geometry
      ? (event: React.MouseEvent<HTMLDivElement>) => {
          const bounds = event.currentTarget.getBoundingClientRect();
          const point = fromPixels(geometry, event.clientX - bounds.left, event.clientY - bounds.top);
          if (point) onGraphClick(point[0], point[1]);
        }
      : undefined;
  return (
    <div
      ref={box}
      className={onGraphClick ? 'overlaid-plot clickable' : 'overlaid-plot'}
      onClick={click}
      data-drawn={drawnState}
    >
      {Plot && stacked && drawnUnder && (
        <Suspense fallback={null}>
          <Plot
            className="plot-underlay"
            data={drawnUnder.data}
            layout={drawnUnder.layout}
            config={UNDERLAY_CONFIG}
            style={{ width: '100%', height: '100%' }}
          />
        </Suspense>
      )}
      {Plot && drawn && (
        <Suspense fallback={<div className="plot-loading" />}>
          <Plot
            data={drawn.data}
            layout={drawn.layout}
            className="plot-main"
            config={config}
            style={{ width: '100%', height: '100%' }}
            onInitialized={attach}
            onUpdate={measure}
          />
        </Suspense>
      )}
      {geometry && drawn && (
        <svg className="plot-overlay" aria-hidden="true">
          <defs>
            <clipPath id={clipId}>
              <rect x={geometry.left} y={geometry.top} width={geometry.width} height={geometry.height} />
            </clipPath>
          </defs>
          <g clipPath={`url(#${clipId})`}>{overlay(geometry)}</g>
        </svg>
      )}
    </div>
  );
});
