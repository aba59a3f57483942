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
    feature: problem.feature,
    response: problem.response,
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
