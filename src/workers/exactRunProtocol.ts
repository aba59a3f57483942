import type { Divergence } from '../core/gradientDescent/divergence';
import type { Line } from '../core/line';

/** A batch run to redo with the per-point loop. */
export interface ExactRunRequest {
  readonly feature: Float64Array;
  readonly response: Float64Array;
  readonly learningRate: number;
  readonly epochs: number;
  readonly start: Line;
}

/** The per-point trajectory, its arrays transferred rather than copied. */
export interface ExactRunReply {
  readonly intercepts: Float64Array;
  readonly slopes: Float64Array;
  readonly losses: Float64Array;
  readonly lastEpoch: number;
  readonly divergence: Divergence | null;
}
