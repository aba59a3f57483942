import { describeDivergingWeight } from '../model/manyFeatures/divergingWeight';
import { describeTraining, type StatusReport } from '../model/trainingStatus';
import { awaitsBackgroundRun, pointsOf, selectActiveProblem, selectActiveRun } from './activeRun';
import type { NotebookState } from './notebookState';

const NO_RUN: StatusReport = { status: 'ready', message: '' };

/** The inputs a status depends on; the report is recomputed only when one of them changes. */
type StatusInputs = readonly unknown[];

function inputsOf(state: NotebookState): StatusInputs {
  return [
    state.problem,
    state.problemError,
    state.trajectory,
    state.manyProblem,
    state.manyTrajectory,
    state.runSummary,
    state.currentEpoch,
    state.playing,
    state.learningRate,
    state.epochBudget,
    state.flavourKind,
    state.optimiserKind,
    state.tolerance,
  ];
}

let last: { inputs: StatusInputs; report: StatusReport } | null = null;

/**
 * The status word and message for the epoch on screen, derived from the run's summary: O(1) a
 * call, and the same object for the same inputs (so components may select it directly).
 */
export function selectStatusReport(state: NotebookState): StatusReport {
  const inputs = inputsOf(state);
  if (last?.inputs.every((value, index) => Object.is(value, inputs[index]))) return last.report;
  const report = describeStatus(state);
  last = { inputs, report };
  return report;
}

function describeStatus(state: NotebookState): StatusReport {
  const { runSummary, problemError } = state;
  const problem = selectActiveProblem(state);
  const trajectory = selectActiveRun(state);
  if (problemError) return { status: 'ready', message: problemError };
  if (!problem) return NO_RUN;
  if (awaitsBackgroundRun(state))
    return {
      status: 'ready',
      message: `Running ${state.flavourKind} descent on ${pointsOf(state).toLocaleString('en')} points in the background (a shuffled run has no shortcut, so it is computed off the page)…`,
    };
  if (!trajectory || !runSummary) return { status: 'ready', message: 'Running gradient descent on the new data…' };
  const detail =
    state.manyProblem && state.manyTrajectory ? describeDivergingWeight(state.manyProblem, state.manyTrajectory) : null;
  return describeTraining(problem, trajectory, runSummary, state.currentEpoch, state, state.playing, detail);
}
