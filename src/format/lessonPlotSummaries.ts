import { formatNumber } from './formatNumber';

// Text alternatives for the lessons' plots (the loss landscape, the learning-rate sweep, the
// predictions plot): what each shows, in numbers, in sentences a screen reader can read out.
// Three significant digits, as a person would say them; never NaN or Infinity.

/** A point of the loss landscape: a line's intercept and slope, and its loss. */
export interface LandscapePoint {
  readonly intercept: number;
  readonly slope: number;
  readonly loss: number;
}

const point = ({ intercept, slope, loss }: LandscapePoint) =>
  `intercept ${formatNumber(intercept, 3)}, slope ${formatNumber(slope, 3)} (loss ${formatNumber(loss, 3)})`;

/**
 * The loss landscape in words: the window of the map, the least-squares minimum (×), where the
 * descent path starts and where it stands at the epoch on screen. A diverged run says so
 * (its last finite epoch, or that it left the map), never printing Infinity.
 * @example describeLandscape({ window: { interceptFrom: -0.5, interceptTo: 0.9, slopeFrom: -0.4, slopeTo: 1.5 },
 *   minimum: { intercept: 0.2152, slope: 0.5534, loss: 0.01629 }, start: { intercept: 0, slope: 0, loss: 0.2814 },
 *   now: { intercept: 0.2152, slope: 0.5534, loss: 0.01629 }, epoch: 1000 })
 *   // "Map of the loss for intercepts from −0.5 to 0.9 and slopes from −0.4 to 1.5. The least-squares minimum (×)
 *   //  is at intercept 0.215, slope 0.553 (loss 0.0163). The descent path starts at intercept 0, slope 0
 *   //  (loss 0.281) and at epoch 1,000 stands at intercept 0.215, slope 0.553 (loss 0.0163)."
 */
export function describeLandscape(map: {
  window: { interceptFrom: number; interceptTo: number; slopeFrom: number; slopeTo: number } | null;
  minimum: LandscapePoint;
  start: LandscapePoint;
  now: LandscapePoint;
  epoch: number;
  /** Whether the run diverged right after `epoch` (a diverged run keeps only its finite epochs). */
  diverged?: boolean;
}): string {
  const { window, minimum, start, now, epoch, diverged = false } = map;
  const extent = window
    ? `Map of the loss for intercepts from ${formatNumber(window.interceptFrom, 3)} to ${formatNumber(window.interceptTo, 3)} and slopes from ${formatNumber(window.slopeFrom, 3)} to ${formatNumber(window.slopeTo, 3)}. `
    : 'The start is so far out that no map of the loss can be drawn around it. ';
  const atMinimum = `The least-squares minimum (×) is at ${point(minimum)}.`;
  const from = `The descent path starts at ${point(start)}`;
  if (epoch === 0) return `${extent}${atMinimum} ${from}; no step is taken yet (epoch 0).`;
  const finite = [now.intercept, now.slope, now.loss].every(Number.isFinite);
  if (!finite)
    return `${extent}${atMinimum} ${from} and by epoch ${epoch.toLocaleString('en')} has left the map: the run diverged.`;
  const stands = `${extent}${atMinimum} ${from} and at epoch ${epoch.toLocaleString('en')} stands at ${point(now)}`;
  return diverged ? `${stands}, its last finite step: the run diverges after it.` : `${stands}.`;
}

/**
 * The learning-rate sweep in words: the range of rates tried, the lowest loss reached and at
 * which rate, from which rate runs diverge against the largest stable rate 2/λmax, and the
 * loss at the rate chosen now. `losses[i]` is the loss after `epochBudget` epochs at
 * `rates[i]` (rates ascending), Infinity where that run diverges.
 */
export function describeSweep(sweep: {
  rates: ArrayLike<number>;
  losses: ArrayLike<number>;
  epochBudget: number;
  stableRate: number;
  currentRate: number;
  currentLoss: number;
  minimum: number;
}): string {
  const { rates, losses, epochBudget, stableRate, currentRate, currentLoss, minimum } = sweep;
  let best = -1;
  let firstDiverging = -1;
  for (let i = 0; i < losses.length; i++) {
    const loss = losses[i]!;
    if (!Number.isFinite(loss)) {
      if (firstDiverging < 0) firstDiverging = i;
    } else if (best < 0 || loss < losses[best]!) best = i;
  }
  const epochs = `${epochBudget.toLocaleString('en')} epoch${epochBudget === 1 ? '' : 's'}`;
  const tried = `Loss after ${epochs} of batch descent for ${rates.length} learning rates from ${formatNumber(rates[0]!, 3)} to ${formatNumber(rates[rates.length - 1]!, 3)}`;
  const lowest =
    best >= 0
      ? `: the lowest, ${formatNumber(losses[best]!, 3)}, at rate ${formatNumber(rates[best]!, 3)}`
      : ': every one of them diverges';
  const limit = `the largest stable rate 2/λmax is ${formatNumber(stableRate, 3)}`;
  const diverging =
    firstDiverging < 0
      ? `; none diverges within the budget (${limit})`
      : best >= 0
        ? `; rates from ${formatNumber(rates[firstDiverging]!, 3)} up diverge (× along the top; ${limit})`
        : ` (${limit})`;
  const now = Number.isFinite(currentLoss)
    ? `At the current rate, ${formatNumber(currentRate, 3)}, the loss is ${formatNumber(currentLoss, 3)}`
    : `At the current rate, ${formatNumber(currentRate, 3)}, the run diverges`;
  return `${tried}${lowest}${diverging}. ${now}; the least-squares minimum is ${formatNumber(minimum, 3)}.`;
}

/** The prediction error of one group of points: how many, and the root mean squared error. */
export interface PredictionGroup {
  readonly count: number;
  readonly rmse: number;
}

/**
 * The predictions plot in words: which response, at which epoch, and how far the points lie
 * from the diagonal of perfect predictions (the RMSE, in the response's own units), for the
 * training points and, when there are any, the held-out test points.
 */
export function describePredictions(plot: {
  responseName: string;
  epoch: number;
  training: PredictionGroup;
  test: PredictionGroup | null;
}): string {
  const { responseName, epoch, training, test } = plot;
  const error = (group: PredictionGroup) =>
    Number.isFinite(group.rmse) ? `RMSE ${formatNumber(group.rmse, 3)}` : 'predictions overflowed, as the run diverged';
  const points = (count: number) => `${count.toLocaleString('en')} point${count === 1 ? '' : 's'}`;
  const groups = test
    ? `${points(training.count)} used for training (circles, ${error(training)}) and ${points(test.count)} held out for testing (triangles, ${error(test)})`
    : `${points(training.count)} used for training (${error(training)}); this data set has no held-out test points`;
  return `Predicted against actual ${responseName} for the line at epoch ${epoch.toLocaleString('en')}: ${groups}. Points on the dotted diagonal are predicted exactly.`;
}
