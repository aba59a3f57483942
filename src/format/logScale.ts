/**
 * A slider track that moves through powers of ten evenly: `positionsPerDecade` positions for
 * each factor of ten between `min` and `max`.
 */
export interface LogScale {
  readonly min: number;
  readonly max: number;
  readonly positionsPerDecade: number;
  /** Significant digits kept when a slider position becomes a value (so 0.1 reads 0.1, not 0.10000000000000002). */
  readonly significantDigits: number;
  readonly integer?: boolean;
}

export const LEARNING_RATE_SCALE: LogScale = { min: 1e-5, max: 10, positionsPerDecade: 100, significantDigits: 3 };
export const EPOCH_BUDGET_SCALE: LogScale = {
  min: 1,
  max: 100_000,
  positionsPerDecade: 100,
  significantDigits: 2,
  integer: true,
};

/** The number of the last slider position. */
export function lastPosition(scale: LogScale): number {
  return Math.round(Math.log10(scale.max / scale.min) * scale.positionsPerDecade);
}

/** The slider position nearest a value; values outside the track pin to its ends. */
export function positionOf(scale: LogScale, value: number): number {
  if (!(value > 0)) return 0;
  const position = Math.round(Math.log10(value / scale.min) * scale.positionsPerDecade);
  return Math.max(0, Math.min(lastPosition(scale), position));
}

/** The value at a slider position, rounded to the scale's significant digits. */
export function valueAt(scale: LogScale, position: number): number {
  const exact = scale.min * 10 ** (position / scale.positionsPerDecade);
  const rounded = Number(exact.toPrecision(scale.significantDigits));
  const value = scale.integer ? Math.max(1, Math.round(rounded)) : rounded;
  return Math.min(scale.max, Math.max(scale.min, value));
}
