import { epochValuesArray } from '../core/gradientDescent/epochValues';
import type { SufficientStatistics } from '../core/gradientDescent/sufficientStatistics';
import type { Line } from '../core/line';
import type { GramStatistics } from '../core/linearModel/gramStatistics';
import type { LinearTrajectory } from '../core/linearModel/recordLinearEpochs';
import { runLinearOptimiser } from '../core/linearModel/runLinearOptimiser';
import { runOptimiser } from '../core/optimisers/runOptimiser';
import type { Flavour, Optimiser, OptimiserTrajectory } from '../core/optimisers/settings';
import { joinSlices, type SlicedColumn } from './prepareSummaryProtocol';

/** The settings of one run, as the page would pass them to the optimiser. */
interface RunSettings {
  readonly learningRate: number;
  readonly epochs: number;
  readonly flavour: Flavour;
  readonly optimiser: Optimiser;
  readonly tolerance?: number;
}

/** A one-feature run: the problem's working columns (sliced) and its statistics. */
export interface LineRunRequest extends RunSettings {
  readonly kind: 'line';
  readonly feature: SlicedColumn;
  readonly response: SlicedColumn;
  readonly start: Line;
  readonly statistics: SufficientStatistics;
}

/** A weight-vector run: the working problem's columns (sliced) and its statistics. */
export interface ManyRunRequest extends RunSettings {
  readonly kind: 'many';
  readonly features: readonly {
    readonly name: string;
    readonly values: SlicedColumn;
    readonly residue?: SlicedColumn;
  }[];
  readonly response: SlicedColumn;
  readonly fitIntercept: boolean;
  readonly statistics: GramStatistics;
}

/** A shuffled (mini-batch or stochastic) run to compute off the page. */
export type ShuffledRunRequest = LineRunRequest | ManyRunRequest;

/** The run, its arrays to be transferred (every epoch value a Float64Array). */
export type ShuffledRunReply =
  | { readonly kind: 'line'; readonly trajectory: OptimiserTrajectory }
  | { readonly kind: 'many'; readonly trajectory: LinearTrajectory };

/**
 * Joins the request's columns and runs the optimiser exactly as the page would have, on the same
 * numbers (the same columns, statistics and settings, so the same run to the last bit).
 * O(N·columns) to join, plus the run.
 */
export function runShuffled(request: ShuffledRunRequest): ShuffledRunReply {
  const { learningRate, epochs, flavour, optimiser, tolerance } = request;
  if (request.kind === 'line') {
    const trajectory = runOptimiser({
      feature: joinSlices(request.feature),
      response: joinSlices(request.response),
      learningRate,
      epochs,
      start: request.start,
      flavour,
      optimiser,
      tolerance,
      statistics: request.statistics,
    });
    // a shuffled run stores its line, so these are its own arrays (no copy); any other form is read once
    const intercepts = epochValuesArray(trajectory.intercepts);
    const slopes = epochValuesArray(trajectory.slopes);
    return { kind: 'line', trajectory: { ...trajectory, intercepts, slopes } };
  }
  const features = request.features.map(({ name, values, residue }) =>
    residue ? { name, values: joinSlices(values), residue: joinSlices(residue) } : { name, values: joinSlices(values) },
  );
  const problem = { features, response: joinSlices(request.response), fitIntercept: request.fitIntercept };
  const trajectory = runLinearOptimiser({
    problem,
    learningRate,
    epochs,
    flavour,
    optimiser,
    tolerance,
    statistics: request.statistics,
  });
  return { kind: 'many', trajectory };
}

/** The buffers of the reply's arrays, to be transferred rather than copied. */
export function replyBuffers(reply: ShuffledRunReply): ArrayBuffer[] {
  const arrays: unknown[] =
    reply.kind === 'line'
      ? [reply.trajectory.intercepts, reply.trajectory.slopes, reply.trajectory.losses]
      : [reply.trajectory.intercepts, ...reply.trajectory.weights, reply.trajectory.losses];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array instanceof Float64Array) buffers.add(array.buffer as ArrayBuffer);
  return [...buffers];
}
