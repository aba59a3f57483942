import type { FitBasis, RunTrajectory } from '../model/activeFit';
import { runsOffPage } from '../model/runBudget';
import type { NotebookState } from './notebookState';

/** The run on screen, whichever model made it: the one-feature line's or the weight vector's. O(1). */
export function selectActiveRun(state: Pick<NotebookState, 'trajectory' | 'manyTrajectory'>): RunTrajectory | null {
  return state.trajectory ?? state.manyTrajectory;
}

/** The problem on screen as far as judging a run goes, whichever model it is. O(1). */
export function selectActiveProblem(state: Pick<NotebookState, 'problem' | 'manyProblem'>): FitBasis | null {
  return state.problem ?? state.manyProblem;
}

/** True while the weight-vector model (several features, powers, or no intercept) is on screen. O(1). */
export function selectIsManyFeatureModel(state: Pick<NotebookState, 'manyProblem'>): boolean {
  return state.manyProblem !== null;
}

/** The problem on screen with its own type (the line's or the weight vector's), for views that need more than `FitBasis`. O(1). */
export function selectActiveRegressionProblem(
  state: Pick<NotebookState, 'problem' | 'manyProblem'>,
): NotebookState['problem'] | NotebookState['manyProblem'] {
  return state.problem ?? state.manyProblem;
}

/** The points of the problem on screen (0 when there is none). O(1). */
export function pointsOf(state: NotebookState): number {
  return state.problem?.rowCount ?? state.manyProblem?.rowCount ?? 0;
}

/** True while the problem on screen waits for its run from the worker (a shuffled run on large data). O(1). */
export function awaitsBackgroundRun(state: NotebookState): boolean {
  return (
    state.problemError === null &&
    (state.problem !== null || state.manyProblem !== null) &&
    selectActiveRun(state) === null &&
    runsOffPage(state, pointsOf(state))
  );
}
