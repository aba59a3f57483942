import { DEFAULT_MOMENTUM } from '../../core/optimisers/settings';
import { formatNumber } from '../../format/formatNumber';
import { curvatureOf, epochOfArrival, type PredictionContext, toggledScaling, trialRun } from './predictionContext';

/** The questions, by id; the id is what a saved answer refers to. */
export type PredictionId =
  | 'rate-below-limit'
  | 'rate-above-limit'
  | 'scaling-switch'
  | 'flavour-race'
  | 'momentum-race';

/** The lesson a question belongs to. */
export type PredictionLesson = 'learning-rate' | 'scaling' | 'flavours';

export interface PredictionChoice {
  readonly value: string;
  readonly label: string;
}

/** What the run showed: the right choice and one sentence with the numbers behind it. */
export interface PredictionOutcome {
  readonly answer: string;
  readonly explanation: string;
}

/** The change to the lab that lets the student see the answer happen. */
export interface RevealStep {
  readonly learningRate?: number;
  readonly scaling?: boolean;
  /** Keep the current run's curve on the loss plot first (after switching to `keepAs`), to compare. */
  readonly keepAs?: { readonly flavourKind: 'batch'; readonly optimiserKind: 'plain' };
  readonly flavourKind?: 'batch' | 'stochastic';
  readonly optimiserKind?: 'plain' | 'momentum';
}

export interface PredictionQuestion {
  readonly id: PredictionId;
  readonly lesson: PredictionLesson;
  readonly choices: readonly PredictionChoice[];
  /** The question, with the numbers on screen. */
  prompt(context: PredictionContext): string;
  /** Works out the answer from the data on screen (by theory or by running it). */
  outcome(context: PredictionContext): PredictionOutcome;
  /** The button's label and what it changes. */
  readonly revealLabel: string;
  reveal(context: PredictionContext): RevealStep;
}

const fmt = (value: number, digits = 3) => formatNumber(value, digits);

const BEHAVIOUR_CHOICES: readonly PredictionChoice[] = [
  { value: 'smooth', label: 'It slides smoothly down to the minimum' },
  { value: 'oscillate', label: 'It zig-zags across the valley but still settles' },
  { value: 'diverge', label: 'It overshoots further every step and blows up' },
];

/** A rate at `share` of the limit 2/λmax, rounded to three significant digits as a student would type it. */
export function rateAtShare(context: PredictionContext, share: number): number {
  return Number((share * context.stableLearningRate).toPrecision(3));
}

/**
 * Batch descent on MSE multiplies the error along λmax's direction by `1 − rate·λmax` each
 * step: below 1/λmax the factor is positive (smooth), between 1/λmax and 2/λmax it is negative
 * but smaller than 1 in size (zig-zag that shrinks), above 2/λmax larger than 1 (blow-up).
 */
function behaviourAt(context: PredictionContext, rate: number): PredictionOutcome {
  const { largest, stableLearningRate } = curvatureOf(context.statistics);
  const factor = 1 - rate * largest;
  const answer = factor >= 0 ? 'smooth' : factor > -1 ? 'oscillate' : 'diverge';
  const where = `The limit is 2/λmax = ${fmt(stableLearningRate)} and 1/λmax = ${fmt(stableLearningRate / 2)}; at ${fmt(rate)} each step multiplies the error along the steepest direction by 1 − rate·λmax = ${fmt(factor)}`;
  const meaning =
    answer === 'smooth'
      ? ', a positive factor below 1, so the line slides straight in.'
      : answer === 'oscillate'
        ? ', negative but smaller than 1 in size, so the line swings from side to side while the swings shrink.'
        : ', larger than 1 in size, so every swing is wider than the last and the loss explodes.';
  return { answer, explanation: `${where}${meaning}` };
}

const rateBelowLimit: PredictionQuestion = {
  id: 'rate-below-limit',
  lesson: 'learning-rate',
  choices: BEHAVIOUR_CHOICES,
  prompt: (context) =>
    `Predict first: with the learning rate at ${fmt(rateAtShare(context, 0.75))} (three quarters of the limit), what will batch descent do?`,
  outcome: (context) => behaviourAt(context, rateAtShare(context, 0.75)),
  revealLabel: 'Set that rate and see',
  reveal: (context) => ({ learningRate: rateAtShare(context, 0.75), flavourKind: 'batch', optimiserKind: 'plain' }),
};

const rateAboveLimit: PredictionQuestion = {
  id: 'rate-above-limit',
  lesson: 'learning-rate',
  choices: BEHAVIOUR_CHOICES,
  prompt: (context) => `And at ${fmt(rateAtShare(context, 1.1))}, a tenth above the limit?`,
  outcome: (context) => behaviourAt(context, rateAtShare(context, 1.1)),
  revealLabel: 'Set that rate and see',
  reveal: (context) => ({ learningRate: rateAtShare(context, 1.1), flavourKind: 'batch', optimiserKind: 'plain' }),
};

const scalingSwitch: PredictionQuestion = {
  id: 'scaling-switch',
  lesson: 'scaling',
  choices: [
    { value: 'faster', label: 'It reaches the minimum in fewer epochs' },
    { value: 'slower', label: 'It still gets there, but needs more epochs (or runs out of them)' },
    { value: 'diverge', label: 'It blows up' },
  ],
  prompt: (context) =>
    `Predict first: if scaling is switched ${context.scaled ? 'off' : 'on'} and the learning rate stays at ${fmt(context.learningRate)}, what will batch descent do?`,
  outcome: (context) => {
    const toggled = toggledScaling(context);
    const now = curvatureOf(context.statistics);
    const then = curvatureOf(toggled.statistics);
    const numbers = `Scaling ${context.scaled ? 'off' : 'on'} moves the limit 2/λmax from ${fmt(now.stableLearningRate)} to ${fmt(then.stableLearningRate)} and the condition number λmax/λmin from ${fmt(now.conditionNumber)} to ${fmt(then.conditionNumber)}`;
    if (context.learningRate >= then.stableLearningRate) {
      return {
        answer: 'diverge',
        explanation: `${numbers}; ${fmt(context.learningRate)} is above the new limit, so the run blows up.`,
      };
    }
    const epochs = context.epochBudget;
    const before = epochOfArrival(
      trialRun(context, { learningRate: context.learningRate, epochs }),
      context.olsLoss,
      context.responseVariance,
    );
    const after = epochOfArrival(
      trialRun(toggled, { learningRate: context.learningRate, epochs }),
      toggled.olsLoss,
      context.responseVariance,
    );
    const faster = after !== null && (before === null || after < before);
    const count = (epoch: number | null) =>
      epoch === null
        ? `not within ${epochs.toLocaleString('en')} epochs`
        : `after ${epoch.toLocaleString('en')} epochs`;
    return {
      answer: faster ? 'faster' : 'slower',
      explanation: `${numbers}; the run arrives ${count(after)} instead of ${count(before)}: ${then.conditionNumber > now.conditionNumber ? 'a longer, narrower valley is slower to cross' : 'a rounder valley is quicker to cross'}.`,
    };
  },
  revealLabel: 'Switch scaling and see',
  reveal: (context) => ({
    scaling: !context.scaled,
    learningRate: context.learningRate,
    flavourKind: 'batch',
    optimiserKind: 'plain',
  }),
};

const FLAVOUR_EPOCHS = 10;

const flavourRace: PredictionQuestion = {
  id: 'flavour-race',
  lesson: 'flavours',
  choices: [
    { value: 'batch', label: 'Batch descent' },
    { value: 'stochastic', label: 'Stochastic descent' },
  ],
  prompt: (context) =>
    `Predict first: at learning rate ${fmt(context.learningRate)}, which loss will be lower after ${FLAVOUR_EPOCHS} epochs: batch descent or stochastic descent?`,
  outcome: (context) => {
    const batch = trialRun(context, { learningRate: context.learningRate, epochs: FLAVOUR_EPOCHS });
    const stochastic = trialRun(context, {
      learningRate: context.learningRate,
      epochs: FLAVOUR_EPOCHS,
      flavour: { kind: 'stochastic', seed: context.shuffleSeed },
    });
    const updates = `stochastic descent makes ${context.rawFeature.length.toLocaleString('en')} updates an epoch to batch's one`;
    if (stochastic.divergence && !batch.divergence)
      return {
        answer: 'batch',
        explanation: `Stochastic descent blew up: single points give steps far noisier than the full gradient, and at ${fmt(context.learningRate)} (limit for batch 2/λmax = ${fmt(context.stableLearningRate)}) they overshoot.`,
      };
    if (batch.divergence && !stochastic.divergence)
      return {
        answer: 'stochastic',
        explanation: `Batch descent blew up: ${fmt(context.learningRate)} is above its limit 2/λmax = ${fmt(context.stableLearningRate)}.`,
      };
    const batchLoss = batch.losses[batch.lastEpoch]!;
    const stochasticLoss = stochastic.losses[stochastic.lastEpoch]!;
    const answer = stochasticLoss < batchLoss ? 'stochastic' : 'batch';
    return {
      answer,
      explanation: `After ${FLAVOUR_EPOCHS} epochs batch descent is at MSE ${fmt(batchLoss, 4)} and stochastic at ${fmt(stochasticLoss, 4)}: ${updates}, ${answer === 'stochastic' ? 'so it travels further per epoch, if noisily' : 'yet its noisy steps got less far'}.`,
    };
  },
  revealLabel: 'Keep the batch curve, run stochastic',
  reveal: (context) => ({
    learningRate: context.learningRate,
    keepAs: { flavourKind: 'batch', optimiserKind: 'plain' },
    flavourKind: 'stochastic',
    optimiserKind: 'plain',
  }),
};

const momentumRace: PredictionQuestion = {
  id: 'momentum-race',
  lesson: 'flavours',
  choices: [
    { value: 'fewer', label: 'Momentum reaches the minimum in fewer epochs' },
    { value: 'more', label: 'Momentum needs more epochs' },
    { value: 'diverge', label: 'Momentum blows up' },
  ],
  prompt: (context) =>
    `Predict first: batch descent at learning rate ${fmt(context.learningRate)}, with momentum β = ${DEFAULT_MOMENTUM} instead of plain steps. What happens?`,
  outcome: (context) => {
    const epochs = context.epochBudget;
    const { conditionNumber, stableLearningRate } = curvatureOf(context.statistics);
    const momentumLimit = (1 + DEFAULT_MOMENTUM) * stableLearningRate;
    const limits = `with momentum the limit is 2(1 + β)/λmax = ${fmt(momentumLimit)}, and the condition number is ${fmt(conditionNumber)}`;
    const withMomentum = trialRun(context, {
      learningRate: context.learningRate,
      epochs,
      optimiser: { kind: 'momentum' },
    });
    if (withMomentum.divergence)
      return { answer: 'diverge', explanation: `${fmt(context.learningRate)} is above the limit: ${limits}.` };
    const plain = trialRun(context, { learningRate: context.learningRate, epochs });
    const plainArrival = plain.divergence ? null : epochOfArrival(plain, context.olsLoss, context.responseVariance);
    const momentumArrival = epochOfArrival(withMomentum, context.olsLoss, context.responseVariance);
    const fewer = momentumArrival !== null && (plainArrival === null || momentumArrival < plainArrival);
    const count = (epoch: number | null) =>
      epoch === null ? `not within ${epochs.toLocaleString('en')} epochs` : `in ${epoch.toLocaleString('en')} epochs`;
    return {
      answer: fewer ? 'fewer' : 'more',
      explanation: `Momentum arrives ${count(momentumArrival)}, plain steps ${count(plainArrival)}; ${limits}, ${fewer ? 'and velocity builds up along the long, shallow direction of the valley' : 'and here the velocity mostly overshoots and has to swing back'}.`,
    };
  },
  revealLabel: 'Keep the plain curve, run momentum',
  reveal: (context) => ({
    learningRate: context.learningRate,
    keepAs: { flavourKind: 'batch', optimiserKind: 'plain' },
    flavourKind: 'batch',
    optimiserKind: 'momentum',
  }),
};

/** Every question, in the order the lessons ask them. */
export const PREDICTION_QUESTIONS: readonly PredictionQuestion[] = [
  rateBelowLimit,
  rateAboveLimit,
  scalingSwitch,
  flavourRace,
  momentumRace,
];

export function predictionQuestion(id: PredictionId): PredictionQuestion {
  return PREDICTION_QUESTIONS.find((question) => question.id === id)!;
}
