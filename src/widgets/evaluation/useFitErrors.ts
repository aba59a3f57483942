import { useMemo } from 'react';
import {
  descentCoefficients,
  type FitErrors,
  fitErrors,
  leastSquaresCoefficients,
} from '../../model/evaluation/fitErrors';
import { useNotebook } from '../../store/notebookStore';

/**
 * Train and test errors of gradient descent at the epoch on screen and of least squares, on
 * whichever model is on screen; null while there is no run. Recomputed when the run, the epoch
 * or the held-out rows change: O((N + M)·p).
 */
export function useFitErrors(): { descent: FitErrors; leastSquares: FitErrors } | null {
  const problem = useNotebook((state) => state.problem ?? state.manyProblem);
  const trajectory = useNotebook((state) => state.trajectory ?? state.manyTrajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  const heldOut = useNotebook((state) => state.heldOut);
  const leastSquares = useMemo(
    () => (problem ? fitErrors(problem, heldOut, leastSquaresCoefficients(problem)) : null),
    [problem, heldOut],
  );
  return useMemo(() => {
    if (!problem || !trajectory || !leastSquares) return null;
    // a run and a problem of different models can meet for one render while a new model is set up
    if ((problem.kind === 'line') !== 'slopes' in trajectory) return null;
    return { descent: fitErrors(problem, heldOut, descentCoefficients(problem, trajectory, epoch)), leastSquares };
  }, [problem, trajectory, epoch, heldOut, leastSquares]);
}
