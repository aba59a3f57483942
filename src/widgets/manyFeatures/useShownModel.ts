import { useDeferredValue, useMemo } from 'react';
import type { LinearTrajectory } from '../../core/linearModel/recordLinearEpochs';
import type { ManyFeatureProblem } from '../../model/manyFeatures/manyFeatureProblem';
import { useNotebook } from '../../store/notebookStore';

/** The weight-vector model a chart draws: the problem, its run and the epoch on screen. */
export interface ShownModel {
  readonly problem: ManyFeatureProblem | null;
  readonly trajectory: LinearTrajectory | null;
  readonly epoch: number;
  /** True while a newer model than this one waits to be drawn (its render comes next). */
  readonly pending: boolean;
}

const NOTHING_YET = { problem: null, trajectory: null, epoch: 0 };

/**
 * The model a weight-vector chart draws. When the problem or its run changes (a feature ticked,
 * the degree, the scaling or the learning rate changed, a long run refined) and when the chart
 * first appears, the task that shows the change renders the previous model (or nothing) and
 * React renders the new one in a deferred render it splits between tasks (`useDeferredValue`):
 * drawing every chart of a new model in one task held the page for over 50 ms on a million rows.
 * An epoch step of the same run is drawn at once.
 */
export function useShownModel(): ShownModel {
  const problem = useNotebook((state) => state.manyProblem);
  const trajectory = useNotebook((state) => state.manyTrajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  const current = useMemo(() => ({ problem, trajectory, epoch }), [problem, trajectory, epoch]);
  const deferred = useDeferredValue<typeof NOTHING_YET | typeof current>(current, NOTHING_YET);
  return useMemo(
    () =>
      deferred.problem === problem && deferred.trajectory === trajectory
        ? { ...current, pending: false }
        : { ...deferred, pending: true },
    [deferred, current, problem, trajectory],
  );
}
