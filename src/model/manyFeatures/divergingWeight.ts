import type { LinearTrajectory } from '../../core/linearModel/recordLinearEpochs';
import { formatNumber } from '../../format/formatNumber';
import type { ManyFeatureProblem } from './manyFeatureProblem';

/**
 * For a run that diverged, which coefficient had swung furthest from its least-squares value at
 * the last finite epoch (in working units), in one sentence; null when the run did not diverge.
 * With several features a rate can be too large for one direction of the loss only, and this
 * names the weight that direction mostly moves. O(p).
 */
export function describeDivergingWeight(problem: ManyFeatureProblem, trajectory: LinearTrajectory): string | null {
  if (!trajectory.divergence) return null;
  const last = trajectory.lastEpoch;
  const candidates = [
    ...(problem.working.fitIntercept
      ? [{ name: 'the intercept', value: trajectory.intercepts[last]!, exact: problem.olsModel.intercept }]
      : []),
    ...problem.termNames.map((name, j) => ({
      name: `the weight of ${name}`,
      value: trajectory.weights[j]![last]!,
      exact: problem.olsModel.weights[j]!,
    })),
  ];
  let worst = candidates[0]!;
  for (const candidate of candidates)
    if (Math.abs(candidate.value - candidate.exact) > Math.abs(worst.value - worst.exact)) worst = candidate;
  return `At epoch ${last}, ${worst.name} had swung furthest from its answer (${formatNumber(worst.value, 3)} against ${formatNumber(worst.exact, 3)}): the loss is steepest along it, so that is where the steps overshoot first.`;
}
