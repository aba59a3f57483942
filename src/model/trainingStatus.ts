import { DEFAULT_MOMENTUM } from '../core/optimisers/settings';
import { formatNumber } from '../format/formatNumber';
import type { FitBasis, RunTrajectory } from './activeFit';
import { MAX_SHUFFLED_POINT_UPDATES } from './runBudget';
import { isConvergedLoss, type RunSummary } from './runSummary';
import type { OptimisationSettings } from './userSettings';

/**
 * What the run is doing at the epoch on screen: `ready` at epoch 0, `running` while playing,
 * `paused` part-way, `oscillating` once a batch run's loss has gone up (overshooting steps),
 * `converged` at the least-squares minimum, `stopped` at the end of a run that did not get
 * there (the epoch budget, the tolerance or the shuffled-run cap), `diverged` when it blew up.
 */
export type TrainingStatus = 'ready' | 'running' | 'paused' | 'oscillating' | 'converged' | 'stopped' | 'diverged';

export interface StatusReport {
  readonly status: TrainingStatus;
  readonly message: string;
}

/** The settings a status message may mention. */
export type RunSettings = Pick<OptimisationSettings, 'flavourKind' | 'optimiserKind' | 'tolerance'> & {
  learningRate: number;
  epochBudget: number;
};

/** Which learning rates are safe for these settings, in one sentence. */
export function safeRangeSentence(problem: FitBasis, settings: RunSettings): string {
  const limit = formatNumber(problem.stableLearningRate, 3);
  if (settings.flavourKind !== 'batch') {
    return `For batch gradient descent the limit on this data is ${limit} (2/λmax); updates from single points or small batches are noisier and can blow up below it.`;
  }
  if (settings.optimiserKind === 'momentum') {
    return `With momentum ${DEFAULT_MOMENTUM} the steps stay stable below ${formatNumber((1 + DEFAULT_MOMENTUM) * problem.stableLearningRate, 3)} (2(1+β)/λmax); plain batch descent below ${limit}.`;
  }
  if (settings.optimiserKind === 'adam') {
    return `Adam scales each step by its own running statistics, so 2/λmax = ${limit} is no longer an exact limit, but rates far above it still overshoot.`;
  }
  return `Batch gradient descent is stable on this data only for learning rates below ${limit} (that is 2/λmax, from the curvature of the loss).`;
}

/**
 * Status and a plain-words explanation for the epoch on screen. Divergence is described with
 * the epoch it happened at and the range of learning rates that would have been safe.
 */
export function describeTraining(
  problem: FitBasis,
  trajectory: RunTrajectory,
  summary: RunSummary,
  epoch: number,
  settings: RunSettings,
  playing: boolean,
  /** A sentence added to the divergence message (which weight blew up, for several features). */
  divergenceDetail: string | null = null,
): StatusReport {
  const learningRate = settings.learningRate;
  const safe = safeRangeSentence(problem, settings);
  if (trajectory.divergence && epoch >= trajectory.lastEpoch) {
    const blewUp = Number.isFinite(trajectory.divergence.loss)
      ? 'grew to over a million times its starting value'
      : 'overflowed past the largest number a computer can hold';
    return {
      status: 'diverged',
      message: `Diverged at epoch ${trajectory.divergence.epoch}: the loss ${blewUp}, so the run was stopped there and its last good epoch, ${trajectory.lastEpoch}, is shown. Each step overshoots the minimum by more than the last, because a learning rate of ${formatNumber(learningRate, 3)} is too large for this data.${divergenceDetail ? ` ${divergenceDetail}` : ''} ${safe}`,
    };
  }
  if (playing) return { status: 'running', message: `Running: epoch ${epoch} of ${trajectory.lastEpoch}.` };
  const reached = summary.firstConvergedEpoch;
  if (reached !== null && isConvergedLoss(problem, trajectory.losses[Math.min(epoch, trajectory.lastEpoch)]!)) {
    const stoppedEarly =
      epoch >= trajectory.lastEpoch && trajectory.stop.reason === 'tolerance'
        ? ` The run stopped at epoch ${trajectory.lastEpoch}, when the loss changed by less than ${formatNumber(settings.tolerance, 2)} of itself in one epoch.`
        : '';
    return {
      status: 'converged',
      message: `Converged: the loss equals the least-squares minimum to within one part in a million. It first got there at epoch ${reached}.${stoppedEarly}`,
    };
  }
  const rise = summary.firstRise;
  if (rise !== null && rise <= epoch) {
    const ahead = trajectory.divergence ? ` Carry on and it diverges at epoch ${trajectory.divergence.epoch}.` : '';
    return {
      status: 'oscillating',
      message: `The loss went up at epoch ${rise}: the steps overshoot and the line swings from side to side.${ahead} ${safe}`,
    };
  }
  if (epoch === 0) {
    const warning = trajectory.divergence
      ? ` Warning: at this learning rate the run diverges at epoch ${trajectory.divergence.epoch}.`
      : '';
    const slopes = trajectory.slopes;
    const line = !slopes
      ? 'every weight starts at zero'
      : trajectory.intercepts.at(0) === 0 && slopes.at(0) === 0
        ? 'the line starts flat at zero'
        : `the line starts at intercept ${formatNumber(trajectory.intercepts.at(0)!, 4)}, slope ${formatNumber(slopes.at(0)!, 4)}`;
    return { status: 'ready', message: `Epoch 0: ${line}. Press Step or Play to take gradient steps.${warning}` };
  }
  const gapShare = (trajectory.losses[epoch]! - problem.olsLoss) / Math.max(problem.olsLoss, Number.MIN_VALUE);
  const atEnd = epoch >= trajectory.lastEpoch;
  const where = !atEnd
    ? `Epoch ${epoch} of ${trajectory.lastEpoch}`
    : trajectory.stop.reason === 'tolerance'
      ? `Stopped at epoch ${epoch}: the loss changed by less than ${formatNumber(settings.tolerance, 2)} of itself in one epoch`
      : epoch < settings.epochBudget
        ? `Stopped at epoch ${epoch} of the ${settings.epochBudget.toLocaleString('en')} asked for: shuffled descent updates after every batch, and on ${problem.rowCount.toLocaleString('en')} points runs are capped at ${formatNumber(MAX_SHUFFLED_POINT_UPDATES, 2)} point updates so that a run takes well under a second`
        : `Stopped at the epoch budget (${epoch})`;
  const status = atEnd ? 'stopped' : 'paused';
  if (atEnd && settings.flavourKind !== 'batch' && problem.olsLoss > 0 && gapShare < 0.05) {
    return {
      status,
      message: `${where}. Shuffled updates keep jittering around the minimum instead of settling on it: the loss is ${formatPercent(gapShare)} above it. A smaller learning rate, or batch descent, lands closer.`,
    };
  }
  const advice =
    atEnd && trajectory.stop.reason === 'budget'
      ? ` More epochs, or a larger learning rate within the stable range, would get closer.${stallSentence(problem)}`
      : '';
  const gapText =
    problem.olsLoss > 0
      ? `${formatPercent(gapShare)} above the minimum`
      : `${formatNumber(trajectory.losses[epoch]!, 3)} above the minimum of 0`;
  return { status, message: `${where}: the loss is still ${gapText}.${advice}` };
}

/** Above this Hessian condition number a stalled run is explained by it. */
export const CONDITION_TO_EXPLAIN = 100;

/** Why descent crawls on badly conditioned data, with the number; empty when the conditioning is mild or unknown. */
function stallSentence(problem: FitBasis): string {
  const condition = problem.hessianConditionNumber;
  if (condition === undefined || !(condition > CONDITION_TO_EXPLAIN)) return '';
  const shown = Number.isFinite(condition) ? formatNumber(condition, 3) : 'unbounded';
  return ` The loss's Hessian has condition number ${shown} (λmax/λmin): even at the largest stable rate its flattest direction shrinks by only about 2/${shown} of itself per epoch, so descent needs on the order of ${shown} epochs there. Scaling the columns, or fewer polynomial terms, lowers it.`;
}

export function formatPercent(share: number): string {
  const percent = share * 100;
  return percent >= 0.1 ? `${formatNumber(percent, 3)}%` : `${formatNumber(percent, 2)}%`;
}
