import type { LossSlice } from './lossSlice';
import type { ParameterRange } from './lossSurface';

/** What a slice plot must show: the whole path of the two parameters and some marked points. */
export interface SliceWindowRequest {
  /** The slice's curvature sets how wide the ranges must be to show the bowl's shape. */
  readonly slice: Pick<LossSlice, 'curvature'>;
  /** The path's values of the across parameter, one per epoch (all of them, so axes stay still). */
  readonly acrossPath: ArrayLike<number>;
  readonly upPath: ArrayLike<number>;
  /** Further points to keep inside, such as the least-squares answer: [across, up]. */
  readonly marks?: readonly (readonly [number, number])[];
  /**
   * The rise of the loss the ranges should span along each axis alone: the start's excess over
   * the minimum, or the minimum itself when larger. Must be positive and finite.
   */
  readonly levelRise: number;
  /** Extra room on each side as a fraction of the width; default 0.1. */
  readonly margin?: number;
}

/** Ranges for `lossSliceGrid`: across, then up. */
export interface SliceWindow {
  readonly acrossRange: ParameterRange;
  readonly upRange: ParameterRange;
}

/**
 * Ranges for a slice plot that hold every point of the path and every mark, widened so that
 * each axis spans at least the distance over which moving that parameter alone raises the
 * loss by `levelRise`, `±√(2·levelRise/Hᵢᵢ)` about the middle of the points (so a short path
 * still shows the bowl around it), then `margin × width` on each side. A width below a
 * billionth of the values' size is widened to that, so the ranges always suit the grid.
 * Complexity O(epochs). Throws a RangeError for a rise that is not positive and finite, a
 * negative margin, or points that are not finite.
 */
export function sliceWindow(request: SliceWindowRequest): SliceWindow {
  const { slice, acrossPath, upPath, marks = [], levelRise, margin = 0.1 } = request;
  if (!(levelRise > 0 && Number.isFinite(levelRise)))
    throw new RangeError('The rise of the loss the slice’s ranges span must be positive and finite.');
  if (!(margin >= 0 && Number.isFinite(margin)))
    throw new RangeError('The margin must be a finite number, zero or more.');
  const across = [...Array.from(acrossPath), ...marks.map((mark) => mark[0])];
  const up = [...Array.from(upPath), ...marks.map((mark) => mark[1])];
  return {
    acrossRange: axisRange(across, Math.sqrt((2 * levelRise) / slice.curvature.acrossAcross), margin),
    upRange: axisRange(up, Math.sqrt((2 * levelRise) / slice.curvature.upUp), margin),
  };
}

function axisRange(values: readonly number[], reach: number, margin: number): ParameterRange {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError('Every point the slice’s ranges hold must be finite.');
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (values.length === 0) throw new RangeError('The slice’s ranges need at least one point to hold.');
  const middle = low / 2 + high / 2;
  const half = Math.max(
    (high - low) / 2,
    Number.isFinite(reach) ? reach : 0,
    1e-9 * Math.max(Math.abs(low), Math.abs(high), 1e-290),
  );
  const room = 2 * half * margin;
  const range: ParameterRange = [Math.min(low, middle - half) - room, Math.max(high, middle + half) + room];
  if (!(Number.isFinite(range[0]) && Number.isFinite(range[1]) && range[0] < range[1]))
    throw new RangeError('The points of this slice are too far apart to draw.');
  return range;
}
