import type { Line } from '../core/line';

/** The visible frame of the scatter plot in data units. */
export interface Frame {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** A point in data units. */
export interface DataPoint {
  readonly x: number;
  readonly y: number;
}

/** Where the two handles sit along the frame's width: a fifth in from each side. */
export const HANDLE_POSITIONS = [0.2, 0.8] as const;

/** The share of the frame's height one key press shifts the line by (ten times that with Shift). */
export const KEY_SHIFT_SHARE = 0.02;

/** The line a student starts from: flat, at the middle of the frame's height. Complexity O(1). */
export function initialHandLine(frame: Frame): Line {
  return { intercept: (frame.yMin + frame.yMax) / 2, slope: 0 };
}

/** The two handle points of a line: on the line, at {@link HANDLE_POSITIONS} of the frame's width. */
export function handlePoints(line: Line, frame: Frame): [DataPoint, DataPoint] {
  const at = (share: number): DataPoint => {
    const x = frame.xMin + share * (frame.xMax - frame.xMin);
    return { x, y: line.intercept + line.slope * x };
  };
  return [at(HANDLE_POSITIONS[0]), at(HANDLE_POSITIONS[1])];
}

/**
 * The line moved by a drag of its body from `from` to `to`: every point of it moves by the same
 * offset (Δx, Δy), so `intercept' = intercept + Δy − slope·Δx` and the slope stays. Complexity O(1).
 */
export function shiftLine(line: Line, from: DataPoint, to: DataPoint): Line {
  return { intercept: line.intercept + (to.y - from.y) - line.slope * (to.x - from.x), slope: line.slope };
}

/**
 * The line turned by dragging one handle to `to` while the other handle, `pivot`, stays:
 * the line through the two points, `slope = (to.y − pivot.y)/(to.x − pivot.x)`. A drag onto the
 * pivot's own x would need an infinite slope, so the line is then left as it was. Complexity O(1).
 */
export function turnLine(line: Line, pivot: DataPoint, to: DataPoint): Line {
  const run = to.x - pivot.x;
  if (!(Math.abs(run) > 0)) return line;
  const slope = (to.y - pivot.y) / run;
  if (!Number.isFinite(slope)) return line;
  return { intercept: pivot.y - slope * pivot.x, slope };
}

/** A key press's move: up or down by a share of the frame's height. Complexity O(1). */
export function nudgeLine(line: Line, frame: Frame, direction: 1 | -1, large = false): Line {
  const step = (large ? 10 : 1) * KEY_SHIFT_SHARE * (frame.yMax - frame.yMin);
  return { intercept: line.intercept + direction * step, slope: line.slope };
}

/**
 * A key press's turn about the frame's middle: the slope changes by a share of the frame's
 * height over its width, and the line keeps its height at the middle. Complexity O(1).
 */
export function turnLineByKey(line: Line, frame: Frame, direction: 1 | -1, large = false): Line {
  const middle = (frame.xMin + frame.xMax) / 2;
  const step = ((large ? 10 : 1) * KEY_SHIFT_SHARE * (frame.yMax - frame.yMin)) / (frame.xMax - frame.xMin);
  const slope = line.slope + direction * step;
  const heightAtMiddle = line.intercept + line.slope * middle;
  return { intercept: heightAtMiddle - slope * middle, slope };
}

/** How a hand-made line compares with least squares. */
export interface HandFitScore {
  /** How far the hand line's MSE is above the minimum, as a share of the minimum (0 = as good). */
  readonly excess: number;
  /** A sentence for the student. */
  readonly verdict: string;
}

/**
 * Scores a hand fit against least squares: `excess = (handMse − olsMse) / olsMse`. No line can
 * beat least squares (it is the minimum), so "beating" it means coming within a hair of it; the
 * verdict names the band. When the minimum is 0 (points exactly on a line) the excess is taken
 * relative to the response's variance instead. Complexity O(1).
 */
export function scoreHandFit(handMse: number, olsMse: number, responseVariance: number): HandFitScore {
  const scale = olsMse > 0 ? olsMse : Math.max(responseVariance, Number.MIN_VALUE);
  const excess = Math.max(0, handMse - olsMse) / scale;
  const percent = formatPercent(excess);
  if (excess <= 1e-9)
    return {
      excess,
      verdict: 'Within a billionth of the minimum: as far as any plot can tell, your line is the least-squares line.',
    };
  if (excess < 0.01)
    return {
      excess,
      verdict: `Within ${percent} of the minimum: as close as a hand gets. Least squares still wins, by a hair; no line can go lower.`,
    };
  if (excess < 0.1)
    return {
      excess,
      verdict: `${percent} above the minimum: close. Nudge the slope a little and watch the squares shrink.`,
    };
  if (excess < 1)
    return { excess, verdict: `${percent} above the minimum. Look at the biggest squares: they pull hardest.` };
  return {
    excess,
    verdict: `${formatTimes(1 + excess)} the minimum. Drag the line through the middle of the cloud first, then turn it.`,
  };
}

function formatPercent(share: number): string {
  const percent = share * 100;
  return `${percent < 0.1 ? percent.toPrecision(1) : percent < 10 ? percent.toFixed(1) : percent.toFixed(0)}%`;
}

function formatTimes(ratio: number): string {
  return `${ratio < 10 ? ratio.toFixed(1) : ratio.toPrecision(2)} times`;
}
