import type { Line } from '../core/line';
import {
  type EstimateContext,
  estimateOutcome,
  estimatePrompt,
  LOSS_ESTIMATE_EPOCH,
} from '../model/predictions/lossEstimate';
import type { PredictionContext } from '../model/predictions/predictionContext';
import { type PredictionId, predictionQuestion } from '../model/predictions/questions';
import type { RegressionProblem } from '../model/regressionProblem';
import { useNotebook } from './notebookStore';

/** The numbers a question's answer depends on, from the state on screen; null without a fittable problem. */
export function predictionContextOf(state: {
  problem: RegressionProblem | null;
  learningRate: number;
  epochBudget: number;
  shuffleSeed: number;
}): PredictionContext | null {
  const { problem } = state;
  if (!problem) return null;
  return {
    // read from the problem when asked: a large scaled problem makes these on read, and a context
    // kept by a lesson must not keep them alive (see withScaledColumnsOnDemand)
    get feature() {
      return problem.feature;
    },
    get response() {
      return problem.response;
    },
    rawFeature: problem.rawFeature,
    rawResponse: problem.rawResponse,
    scaled: problem.scaled,
    statistics: problem.statistics,
    olsLoss: problem.olsLoss,
    responseVariance: problem.responseVariance,
    stableLearningRate: problem.stableLearningRate,
    learningRate: state.learningRate,
    epochBudget: state.epochBudget,
    shuffleSeed: state.shuffleSeed,
  };
}

/**
 * Records the student's choice with the answer worked out from the data on screen, then
 * changes the lab so that the run shows it happen (a new learning rate, scaling switched, a
 * kept curve and another flavour).
 */
export function answerPrediction(id: PredictionId, choice: string): void {
  const state = useNotebook.getState();
  const context = predictionContextOf(state);
  if (!context) return;
  const question = predictionQuestion(id);
  const outcome = question.outcome(context);
  const step = question.reveal(context);
  state.recordPrediction(id, {
    prompt: question.prompt(context),
    choice,
    answer: outcome.answer,
    explanation: outcome.explanation,
  });
  if (step.scaling !== undefined && step.scaling !== state.scaling) state.setScaling(step.scaling);
  if (step.learningRate !== undefined) state.setLearningRate(step.learningRate);
  if (step.keepAs) {
    state.setFlavourKind(step.keepAs.flavourKind);
    state.setOptimiserKind(step.keepAs.optimiserKind);
    useNotebook.getState().runToEnd();
    useNotebook.getState().keepCurrentRun();
  }
  if (step.flavourKind) useNotebook.getState().setFlavourKind(step.flavourKind);
  if (step.optimiserKind) useNotebook.getState().setOptimiserKind(step.optimiserKind);
  useNotebook.getState().runToEnd();
}

/** The context of the loss estimate: the prediction context and the start on screen. */
export function estimateContextOf(
  state: Parameters<typeof predictionContextOf>[0] & { start: Line },
): EstimateContext | null {
  const context = predictionContextOf(state);
  return context ? { ...context, start: state.start } : null;
}

/**
 * Records the student's guess of the loss after 100 epochs with the real loss, then shows that
 * run: the run on screen is kept on the loss plot (as batch descent with plain steps, the run the
 * explanation compares with), the rate becomes the question's, the budget reaches epoch 100 and
 * the tolerance stop is switched off so the curve gets there, and the run goes to its end.
 */
export function answerLossEstimate(guess: number): void {
  const state = useNotebook.getState();
  const context = estimateContextOf(state);
  if (!context || !(guess > 0) || !Number.isFinite(guess)) return;
  const outcome = estimateOutcome(context, guess);
  state.recordEstimate({
    prompt: estimatePrompt(context),
    guess,
    actual: outcome.actual,
    learningRate: outcome.learningRate,
    explanation: outcome.explanation,
  });
  const { setFlavourKind, setOptimiserKind, setStopOnTolerance, setEpochBudget, setLearningRate } = state;
  setFlavourKind('batch');
  setOptimiserKind('plain');
  if (state.stopOnTolerance) setStopOnTolerance(false);
  if (state.epochBudget < LOSS_ESTIMATE_EPOCH) setEpochBudget(LOSS_ESTIMATE_EPOCH);
  useNotebook.getState().runToEnd();
  if (!useNotebook.getState().trajectory?.divergence) useNotebook.getState().keepCurrentRun();
  setLearningRate(outcome.learningRate);
  useNotebook.getState().runToEnd();
}
