import { PREDICTION_QUESTIONS, type PredictionId } from './questions';

/** One answered question: what the student chose, what the run showed, and why. */
export interface PredictionRecord {
  /** The question as it was asked, with the numbers on screen then. */
  readonly prompt: string;
  readonly choice: string;
  readonly answer: string;
  readonly explanation: string;
}

export type PredictionAnswers = Partial<Record<PredictionId, PredictionRecord>>;

/** How many answers were right, out of how many, in words ("4 of 5 predicted right"). */
export function summarisePredictions(answers: PredictionAnswers): { right: number; answered: number; text: string } {
  const records = Object.values(answers).filter((record): record is PredictionRecord => record !== undefined);
  const right = records.filter((record) => record.choice === record.answer).length;
  const answered = records.length;
  const text =
    answered === 0
      ? `No predictions yet: ${PREDICTION_QUESTIONS.length} questions wait in the lessons.`
      : `${right} of ${answered} predicted right${answered < PREDICTION_QUESTIONS.length ? ` (${PREDICTION_QUESTIONS.length - answered} still to answer)` : ''}.`;
  return { right, answered, text };
}

/**
 * Saved answers read back from storage, keeping only well-formed records for known questions
 * whose choice and answer are among the question's choices. Anything else is dropped, never
 * trusted. Complexity O(questions).
 */
export function readPredictionAnswers(stored: unknown): PredictionAnswers {
  if (typeof stored !== 'object' || stored === null) return {};
  const answers: PredictionAnswers = {};
  for (const question of PREDICTION_QUESTIONS) {
    const record = (stored as Record<string, unknown>)[question.id];
    if (typeof record !== 'object' || record === null) continue;
    const { prompt, choice, answer, explanation } = record as Record<string, unknown>;
    const valid = (value: unknown) => question.choices.some((option) => option.value === value);
    if (valid(choice) && valid(answer) && typeof explanation === 'string' && typeof prompt === 'string') {
      answers[question.id] = { prompt, choice: choice as string, answer: answer as string, explanation };
    }
  }
  return answers;
}
