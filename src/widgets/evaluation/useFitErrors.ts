import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  descentCoefficients,
  type FitErrors,
  fitErrors,
  leastSquaresCoefficients,
} from '../../model/evaluation/fitErrors';
import { fitErrorsInSteps } from '../../model/evaluation/fitErrorsInSteps';
import type { HeldOut } from '../../model/evaluation/heldOut';
import type { ManyFeatureProblem } from '../../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../../model/regressionProblem';
import type { NotebookState } from '../../store/notebookState';
import { useNotebook } from '../../store/notebookStore';

/** The errors of both fits, and the epoch gradient descent's were taken at. */
export interface ShownFitErrors {
  readonly descent: FitErrors;
  readonly leastSquares: FitErrors;
  readonly epoch: number;
}

/** From this many rows (training plus held out) the errors are computed in slices, outside render. */
export const DEFERRED_FROM_ROWS = 150_000;
/** How long one slice of the scan may hold the page's thread. */
const SLICE_MS = 8;

type Inputs = ReturnType<typeof selectInputs>;

function selectInputs(state: NotebookState) {
  return {
    problem: state.problem ?? state.manyProblem,
    trajectory: state.trajectory ?? state.manyTrajectory,
    epoch: state.currentEpoch,
    heldOut: state.heldOut,
  };
}

/**
 * Train and test errors of gradient descent at the epoch on screen and of least squares, on
 * whichever model is on screen; null while there is no run. Recomputed when the run, the epoch
 * or the held-out rows change: O((N + M)·p). Below {@link DEFERRED_FROM_ROWS} rows the scan
 * (about 1 ms per 100,000 rows) runs in the render, so a slider drag or an epoch move is
 * painted whole in one frame. On larger data it never runs in a render: it is spread over tasks of about
 * {@link SLICE_MS} ms (5,000,000 rows in one render held the page for a quarter of a second),
 * the errors last shown stay until the new ones are complete, and a newer request cancels an
 * older one. The doubles are the same either way (the sliced sum keeps the pairwise order).
 */
export function useFitErrors(): ShownFitErrors | null {
  const inputs = useNotebook(useShallow(selectInputs));
  const large = rowsScanned(inputs) >= DEFERRED_FROM_ROWS;
  const small = large ? null : inputs;
  const leastSquares = useMemo(
    () => (small?.problem ? fitErrors(small.problem, small.heldOut, leastSquaresCoefficients(small.problem)) : null),
    [small?.problem, small?.heldOut],
  );
  const now = useMemo(() => {
    if (!small || !leastSquares) return null;
    const { problem, trajectory, epoch, heldOut } = small;
    if (!problem || !trajectory || !matches(problem, trajectory)) return null;
    return {
      descent: fitErrors(problem, heldOut, descentCoefficients(problem, trajectory, epoch)),
      leastSquares,
      epoch,
    };
  }, [small, leastSquares]);
  const sliced = useFitErrorsInSlices(large ? inputs : null);
  return large ? sliced : now;
}

/** A run and a problem of different models can meet for one render while a new model is set up. */
function matches(problem: NonNullable<Inputs['problem']>, trajectory: NonNullable<Inputs['trajectory']>): boolean {
  return (problem.kind === 'line') === 'slopes' in trajectory;
}

/** The errors for `inputs` (null: not asked), computed in slices after the render. */
function useFitErrorsInSlices(inputs: Inputs | null): ShownFitErrors | null {
  const [shown, setShown] = useState<ShownFitErrors | null>(null);
  // least squares' errors change only with the problem or the held-out rows, not with the epoch
  const leastSquaresFor = useRef<{ problem: unknown; heldOut: HeldOut | null; errors: FitErrors } | null>(null);
  useEffect(() => {
    if (!inputs) return;
    const { problem, trajectory, epoch, heldOut } = inputs;
    if (!problem || !trajectory) {
      setShown(null);
      return;
    }
    if (!matches(problem, trajectory)) return;
    const known = leastSquaresFor.current;
    const steps = (function* (): Generator<void, ShownFitErrors> {
      const leastSquares =
        known && known.problem === problem && known.heldOut === heldOut
          ? known.errors
          : yield* fitErrorsInSteps(problem, heldOut, leastSquaresCoefficients(problem));
      leastSquaresFor.current = { problem, heldOut, errors: leastSquares };
      const descent = yield* fitErrorsInSteps(problem, heldOut, descentCoefficients(problem, trajectory, epoch));
      return { descent, leastSquares, epoch };
    })();
    return runInSlices(steps, setShown);
  }, [inputs]);
  return inputs ? shown : null;
}

/** Runs the steps in tasks of about {@link SLICE_MS} ms each, then hands over the result; returns a cancel. */
function runInSlices<T>(steps: Generator<void, T>, done: (value: T) => void): () => void {
  let timer = 0;
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        done(next.value);
        return;
      }
      if (performance.now() >= until) break;
    }
    timer = window.setTimeout(slice, 0);
  };
  timer = window.setTimeout(slice, 0);
  return () => window.clearTimeout(timer);
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
