import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  descentCoefficients,
  type FitErrors,
  fitErrors,
  leastSquaresCoefficients,
} from '../../model/evaluation/fitErrors';
import type { HeldOut } from '../../model/evaluation/heldOut';
import type { ManyFeatureProblem } from '../../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../../model/regressionProblem';
import { useNotebook } from '../../store/notebookStore';

/** The errors of both fits, and the epoch gradient descent's were taken at. */
export interface ShownFitErrors {
  readonly descent: FitErrors;
  readonly leastSquares: FitErrors;
  readonly epoch: number;
}

/** From this many rows (training plus held out) the errors are computed in a deferred render. */
export const DEFERRED_FROM_ROWS = 150_000;

/**
 * Train and test errors of gradient descent at the epoch on screen and of least squares, on
 * whichever model is on screen; null while there is no run. Recomputed when the run, the epoch
 * or the held-out rows change: O((N + M)·p). On large data the inputs are deferred (React's
 * `useDeferredValue`): after new data or a new model the rest of the page renders first, and
 * these scans over every row run in a render of their own, so they never lengthen that task.
 * Below {@link DEFERRED_FROM_ROWS} rows the scan (about 1 ms per 100,000 rows) runs in the same
 * render, so a slider drag or an epoch move is painted whole in one frame.
 */
export function useFitErrors(): ShownFitErrors | null {
  const inputs = useNotebook(
    useShallow((state) => ({
      problem: state.problem ?? state.manyProblem,
      trajectory: state.trajectory ?? state.manyTrajectory,
      epoch: state.currentEpoch,
      heldOut: state.heldOut,
    })),
  );
  const deferred = useDeferredValue(inputs);
  const { problem, trajectory, epoch, heldOut } = rowsScanned(inputs) < DEFERRED_FROM_ROWS ? inputs : deferred;
  const leastSquares = useMemo(
    () => (problem ? fitErrors(problem, heldOut, leastSquaresCoefficients(problem)) : null),
    [problem, heldOut],
  );
  return useMemo(() => {
    if (!problem || !trajectory || !leastSquares) return null;
    // a run and a problem of different models can meet for one render while a new model is set up
    if ((problem.kind === 'line') !== 'slopes' in trajectory) return null;
    return {
      descent: fitErrors(problem, heldOut, descentCoefficients(problem, trajectory, epoch)),
      leastSquares,
      epoch,
    };
  }, [problem, trajectory, epoch, heldOut, leastSquares]);
}

function rowsScanned({
  problem,
  heldOut,
}: {
  problem: RegressionProblem | ManyFeatureProblem | null;
  heldOut: HeldOut | null;
}): number {
  if (!problem) return 0;
  const training = problem.kind === 'line' ? problem.rawFeature.length : problem.rowCount;
  return training + (heldOut?.count ?? 0);
}
