import type { Line } from '../../core/line';
import { runOptimiser } from '../../core/optimisers/runOptimiser';
import { formatNumber } from '../../format/formatNumber';
import type { PredictionContext } from './predictionContext';

// "Where will the loss be after 100 epochs?": the one prediction the student draws instead of
// choosing. The guess is a loss value, placed on the loss plot at epoch 100 (or typed); the run
// then shows the real loss there, and the guess counts as right within a factor of 2.

/** The question's id, the key its saved answer is kept under. */
export const LOSS_ESTIMATE_ID = 'loss-at-100';

/** The epoch whose loss the student predicts. */
export const LOSS_ESTIMATE_EPOCH = 100;

/** A guess counts as right when it is within this factor of the real loss: between half and double. */
export const ESTIMATE_TOLERANCE_FACTOR = 2;

/** The tolerance, in words, as the question and the feedback state it. */
export const ESTIMATE_TOLERANCE_TEXT = `within a factor of ${ESTIMATE_TOLERANCE_FACTOR} (between half and double the real loss)`;

/** The context a loss estimate needs: the prediction context and where descent starts. */
export interface EstimateContext extends PredictionContext {
  readonly start: Line;
}

/** The rate the question asks about, and the run on screen it is compared with. */
export interface EstimateSetting {
  /** The learning rate of the run to predict: a tenth of a stable rate, three significant digits. */
  readonly learningRate: number;
  /** The rate it is a tenth of: the rate on screen when that converges, else the limit 2/λmax. */
  readonly baseRate: number;
  readonly basis: 'screen' | 'limit';
}

const fmt = (value: number, digits = 3) => formatNumber(value, digits);
const tenth = (rate: number) => Number((rate / 10).toPrecision(3));

/**
 * The run to predict: batch descent at a tenth of the rate on screen (when that rate is below
 * the limit 2/λmax), else at a tenth of the limit; either way a rate that converges smoothly.
 * Complexity O(1).
 */
export function estimateSetting(context: PredictionContext): EstimateSetting {
  const onScreenConverges = context.learningRate < context.stableLearningRate;
  const baseRate = onScreenConverges ? context.learningRate : context.stableLearningRate;
  return { learningRate: tenth(baseRate), baseRate, basis: onScreenConverges ? 'screen' : 'limit' };
}

/** The question, with the numbers on screen. */
export function estimatePrompt(context: PredictionContext): string {
  const setting = estimateSetting(context);
  const base =
    setting.basis === 'screen'
      ? `The run on screen uses learning rate ${fmt(setting.baseRate)}. With steps ten times shorter, ${fmt(setting.learningRate)}`
      : `The rate on screen is above the limit 2/λmax = ${fmt(setting.baseRate)}. At a tenth of that limit, ${fmt(setting.learningRate)}`;
  return `Predict first: ${base}, where will the loss be after ${LOSS_ESTIMATE_EPOCH} epochs of batch descent from the same start?`;
}

/** Whether a guess is within {@link ESTIMATE_TOLERANCE_FACTOR} of the real loss. Complexity O(1). */
export function isEstimateRight(guess: number, actual: number): boolean {
  if (!(guess > 0) || !(actual > 0)) return guess === actual;
  const ratio = guess / actual;
  return ratio >= 1 / ESTIMATE_TOLERANCE_FACTOR && ratio <= ESTIMATE_TOLERANCE_FACTOR;
}

/**
 * How far off a guess was, in words with both numbers: "your guess 0.05 is 1.4 times the real
 * loss 0.0357 (too high)". Complexity O(1).
 */
export function describeMiss(guess: number, actual: number): string {
  const ratio = guess / actual;
  if (Math.abs(ratio - 1) < 0.05) return `your guess ${fmt(guess)} is within 5% of the real loss ${fmt(actual)}`;
  if (ratio > 1) return `your guess ${fmt(guess)} is ${fmt(ratio, 3)} times the real loss ${fmt(actual)} (too high)`;
  return `the real loss ${fmt(actual)} is ${fmt(1 / ratio, 3)} times your guess ${fmt(guess)} (too low)`;
}

/** What the run showed for a guess. */
export interface EstimateOutcome {
  readonly learningRate: number;
  /** The real loss after {@link LOSS_ESTIMATE_EPOCH} epochs. */
  readonly actual: number;
  readonly right: boolean;
  /** One or two sentences tied to the numbers on screen. */
  readonly explanation: string;
}

/**
 * Runs the question's descent (batch, plain steps, from the start on screen, the epoch budget on
 * screen but at least {@link LOSS_ESTIMATE_EPOCH}, exactly as the lab will after the reveal) and
 * compares the guess with its loss at epoch 100; when the rate is a tenth of the rate on screen,
 * it also says by which epoch the run on screen had got as low. Complexity as `runOptimiser`.
 */
export function estimateOutcome(context: EstimateContext, guess: number): EstimateOutcome {
  const setting = estimateSetting(context);
  const epochs = Math.max(LOSS_ESTIMATE_EPOCH, context.epochBudget);
  const data = { feature: context.feature, response: context.response, statistics: context.statistics };
  const run = runOptimiser({ ...data, learningRate: setting.learningRate, epochs, start: context.start });
  const epoch = Math.min(LOSS_ESTIMATE_EPOCH, run.lastEpoch);
  const actual = run.losses[epoch]!;
  const right = isEstimateRight(guess, actual);
  const verdict = `${right ? 'Right' : 'Not this time'}: ${describeMiss(guess, actual)}; a guess counts as right ${ESTIMATE_TOLERANCE_TEXT}.`;
  const parts = [
    verdict,
    `After ${epoch} epochs at ${fmt(setting.learningRate)} the loss is ${fmt(actual)}, against a starting loss of ${fmt(run.losses[0]!)} and a least-squares minimum of ${fmt(context.olsLoss)}.`,
  ];
  if (setting.basis === 'screen') {
    const faster = runOptimiser({ ...data, learningRate: setting.baseRate, epochs, start: context.start });
    const reached = firstEpochAtOrBelow(faster.losses, faster.lastEpoch, actual);
    if (reached !== null && reached > 0)
      parts.push(
        `The run at ${fmt(setting.baseRate)} (kept on the plot) was that low by epoch ${reached}, so steps ten times shorter took ${fmt(epoch / reached, 2)} times as many epochs to get there.`,
      );
  }
  return { learningRate: setting.learningRate, actual, right, explanation: parts.join(' ') };
}

function firstEpochAtOrBelow(losses: ArrayLike<number>, lastEpoch: number, level: number): number | null {
  for (let epoch = 0; epoch <= lastEpoch; epoch++) if (losses[epoch]! <= level) return epoch;
  return null;
}

/** A first guess to drag from: half the starting loss, a value that gives nothing away. Complexity O(1). */
export function initialGuess(startingLoss: number): number {
  return startingLoss > 0 && Number.isFinite(startingLoss) ? startingLoss / 2 : 1;
}
