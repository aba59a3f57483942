import type { Line } from '../core/line';

export interface Box {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/**
 * The part of a line that lies inside a box, as two end points, or null if it misses the box.
 * Plotting only this segment keeps a diverging line (slope 1e150) from producing absurd
 * coordinates: the plot stays framed on the data and the line simply leaves the frame.
 */
export function clipLineToBox(line: Line, box: Box): { x: [number, number]; y: [number, number] } | null {
  const { intercept, slope } = line;
  if (!Number.isFinite(intercept) || !Number.isFinite(slope)) return null;
  let from = box.xMin;
  let to = box.xMax;
  if (slope !== 0) {
    // x where the line crosses the box's bottom and top edges
    const atBottom = (box.yMin - intercept) / slope;
    const atTop = (box.yMax - intercept) / slope;
    from = Math.max(from, Math.min(atBottom, atTop));
    to = Math.min(to, Math.max(atBottom, atTop));
  } else if (intercept < box.yMin || intercept > box.yMax) {
    return null;
  }
  if (!(from <= to)) return null;
  const yAt = (x: number) => Math.min(box.yMax, Math.max(box.yMin, slope * x + intercept));
  return { x: [from, to], y: [yAt(from), yAt(to)] };
}
