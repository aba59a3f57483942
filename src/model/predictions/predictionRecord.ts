import { ESTIMATE_TOLERANCE_FACTOR, isEstimateRight, LOSS_ESTIMATE_ID } from './lossEstimate';
import { PREDICTION_QUESTIONS, type PredictionId } from './questions';

/** One answered question: what the student chose, what the run showed, and why. */
export interface PredictionRecord {
  /** The question as it was asked, with the numbers on screen then. */
  readonly prompt: string;
  readonly choice: string;
  readonly answer: string;
  readonly explanation: string;
}

/** The answered loss estimate: the loss the student drew at epoch 100 and the loss the run had there. */
export interface EstimateRecord {
  readonly prompt: string;
  readonly guess: number;
  readonly actual: number;
  /** The learning rate of the run that was predicted (its curve is the one the guess sits beside). */
  readonly learningRate: number;
  readonly explanation: string;
}

export type PredictionAnswers = Partial<Record<PredictionId, PredictionRecord>> & {
  readonly [LOSS_ESTIMATE_ID]?: EstimateRecord;
};

/** Every question in the lessons: the choice questions and the loss estimate. */
export const QUESTION_COUNT = PREDICTION_QUESTIONS.length + 1;

/**
 * How many answers were right, out of how many, in words ("4 of 6 predicted right"). A choice
 * is right when it is the answer the run showed; the loss estimate when it is within a factor of
 * {@link ESTIMATE_TOLERANCE_FACTOR} of the real loss.
 */
export function summarisePredictions(answers: PredictionAnswers): { right: number; answered: number; text: string } {
  const records = PREDICTION_QUESTIONS.map((question) => answers[question.id]).filter(
    (record): record is PredictionRecord => record !== undefined,
  );
  const estimate = answers[LOSS_ESTIMATE_ID];
  const right =
    records.filter((record) => record.choice === record.answer).length +
    (estimate && isEstimateRight(estimate.guess, estimate.actual) ? 1 : 0);
  const answered = records.length + (estimate ? 1 : 0);
  const text =
    answered === 0
      ? `No predictions yet: ${QUESTION_COUNT} questions wait in the lessons.`
      : `${right} of ${answered} predicted right${answered < QUESTION_COUNT ? ` (${QUESTION_COUNT - answered} still to answer)` : ''}.`;
  return { right, answered, text };
}

/**
 * Saved answers read back from storage, keeping only well-formed records for known questions
 * whose choice and answer are among the question's choices, and a loss estimate whose guess and
 * real loss are finite, non-negative numbers. Anything else is dropped, never trusted.
 * Complexity O(questions).
 */
export function readPredictionAnswers(stored: unknown): PredictionAnswers {
  if (typeof stored !== 'object' || stored === null) return {};
  const answers: { -readonly [K in keyof PredictionAnswers]: PredictionAnswers[K] } = {};
  for (const question of PREDICTION_QUESTIONS) {
    const record = (stored as Record<string, unknown>)[question.id];
    if (typeof record !== 'object' || record === null) continue;
    const { prompt, choice, answer, explanation } = record as Record<string, unknown>;
    const valid = (value: unknown) => question.choices.some((option) => option.value === value);
    if (valid(choice) && valid(answer) && typeof explanation === 'string' && typeof prompt === 'string') {
      answers[question.id] = { prompt, choice: choice as string, answer: answer as string, explanation };
    }
  }
  const estimate = readEstimateRecord((stored as Record<string, unknown>)[LOSS_ESTIMATE_ID]);
  if (estimate) answers[LOSS_ESTIMATE_ID] = estimate;
  return answers;
}

function readEstimateRecord(stored: unknown): EstimateRecord | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { prompt, guess, actual, learningRate, explanation } = stored as Record<string, unknown>;
  const amount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!amount(guess) || !amount(actual) || !amount(learningRate) || !(learningRate > 0)) return null;
  if (typeof prompt !== 'string' || typeof explanation !== 'string') return null;
  return { prompt, guess, actual, learningRate, explanation };
}
