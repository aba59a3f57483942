import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../model/regressionProblem';

/**
 * The key plotly's `uirevision` compares to decide whether a student's zoom and pan survive a
 * redraw: the same columns in the same units keep the view; other data, columns or units
 * reset it. Empty when nothing is fitted.
 */
export function problemRevision(
  problem: RegressionProblem | ManyFeatureProblem | null,
  ...extra: readonly unknown[]
): string {
  if (!problem) return '';
  const columns =
    problem.kind === 'line'
      ? [problem.featureName, problem.responseName]
      : [...problem.termNames, problem.choice.responseName, problem.choice.throughOrigin];
  return [...columns, problem.scaled, ...extra].join('|');
}
