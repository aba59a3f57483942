import type { AxisGeometry, PlotGeometry } from './plotGeometry';

// The one place that reads plotly's private layout. Plotly has no public call that returns
// where the plotting area ended up after automargin and autorange, and the overlays must sit
// exactly there. If a plotly release renames these fields, this adapter reports it on the
// console (every browser test fails on a console error) and the overlays are left out rather
// than drawn in the wrong place.

interface FullAxis {
  range?: unknown;
  type?: unknown;
}
interface FullLayout {
  _size?: { l?: unknown; t?: unknown; w?: unknown; h?: unknown };
  xaxis?: FullAxis;
  yaxis?: FullAxis;
}

/** What this adapter needs from `graphDiv._fullLayout`, for the message when it is missing. */
export const PRIVATE_FIELDS = '_fullLayout._size.{l,t,w,h} and _fullLayout.{xaxis,yaxis}.{range,type}';

let reported = false;

/**
 * Reads the plotting area and the axis ranges of a drawn plotly chart from its graph div.
 * Returns null before the first draw; reports once on the console, and returns null, when the
 * layout no longer has the shape this code was written against.
 */
export function readPlotGeometry(graphDiv: HTMLElement): PlotGeometry | null {
  const layout = (graphDiv as unknown as { _fullLayout?: FullLayout })._fullLayout;
  if (!layout) return null;
  const size = layout._size;
  const x = readAxis(layout.xaxis);
  const y = readAxis(layout.yaxis);
  const box = size && [size.l, size.t, size.w, size.h];
  if (!box?.every((value) => typeof value === 'number' && Number.isFinite(value)) || !x || !y) {
    if (!reported)
      console.error(`Downhill cannot place its plot overlays: plotly no longer provides ${PRIVATE_FIELDS}.`);
    reported = true;
    return null;
  }
  const [left, top, width, height] = box as number[];
  return { left: left!, top: top!, width: width!, height: height!, x, y };
}

function readAxis(axis: FullAxis | undefined): AxisGeometry | null {
  if (!axis || !Array.isArray(axis.range) || axis.range.length !== 2) return null;
  const [a, b] = axis.range.map(Number) as [number, number];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const log = axis.type === 'log';
  return log ? { min: 10 ** a, max: 10 ** b, log } : { min: a, max: b, log };
}
