import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  descentCoefficients,
  type FitErrors,
  fitErrors,
  leastSquaresCoefficients,
} from '../../model/evaluation/fitErrors';
import { useNotebook } from '../../store/notebookStore';

/** The errors of both fits, and the epoch gradient descent's were taken at. */
export interface ShownFitErrors {
  readonly descent: FitErrors;
  readonly leastSquares: FitErrors;
  readonly epoch: number;
}

/**
 * Train and test errors of gradient descent at the epoch on screen and of least squares, on
 * whichever model is on screen; null while there is no run. Recomputed when the run, the epoch
 * or the held-out rows change: O((N + M)·p). The inputs are deferred (React's
 * `useDeferredValue`): after new data or a new model the rest of the page renders first, and
 * these scans over every row run in a render of their own, so they never lengthen that task.
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
  const { problem, trajectory, epoch, heldOut } = useDeferredValue(inputs);
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
