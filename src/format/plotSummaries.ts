import { formatNumber } from './formatNumber';

// Text alternatives for the lab's plots: what each shows, in numbers, in one or two sentences
// a screen reader can read out (three significant digits, as a person would say them).

/**
 * The loss plot in words: where the loss starts, where it is at the epoch on screen, and the
 * least-squares minimum. A diverged run says so instead of printing Infinity.
 * @example describeLoss({ firstLoss: 0.2814, epoch: 1000, lossAtEpoch: 0.016294, minimum: 0.016294 })
 *   // "Loss falls from 0.281 at epoch 0 to 0.0163 at epoch 1,000; the least-squares minimum is 0.0163."
 */
export function describeLoss(run: { firstLoss: number; epoch: number; lossAtEpoch: number; minimum: number }): string {
  const { firstLoss, epoch, lossAtEpoch, minimum } = run;
  const floor = `the least-squares minimum is ${formatNumber(minimum, 3)}`;
  if (epoch === 0) return `Loss is ${formatNumber(firstLoss, 3)} at epoch 0, before any step; ${floor}.`;
  if (!Number.isFinite(lossAtEpoch))
    return `Loss grows without bound from ${formatNumber(firstLoss, 3)} at epoch 0: the run diverged; ${floor}.`;
  const direction = lossAtEpoch < firstLoss ? 'falls' : lossAtEpoch > firstLoss ? 'rises' : 'stays';
  return `Loss ${direction} from ${formatNumber(firstLoss, 3)} at epoch 0 to ${formatNumber(lossAtEpoch, 3)} at epoch ${epoch.toLocaleString('en')}; ${floor}.`;
}

interface LineInWords {
  readonly intercept: number;
  readonly slope: number;
}

/**
 * The scatter plot in words: how many points of which columns, the least-squares line and the
 * gradient-descent line at the epoch on screen.
 */
export function describeScatter(plot: {
  pointCount: number;
  featureName: string;
  responseName: string;
  scaled: boolean;
  leastSquares: LineInWords;
  descent: LineInWords | null;
  epoch: number;
}): string {
  const line = ({ intercept, slope }: LineInWords) =>
    `${plot.responseName} = ${formatNumber(intercept, 3)} + ${formatNumber(slope, 3)} × ${plot.featureName}`;
  const units = plot.scaled ? ', both scaled to 0–1' : '';
  const descent = plot.descent
    ? ` Gradient descent at epoch ${plot.epoch.toLocaleString('en')}: ${line(plot.descent)}.`
    : '';
  return `${plot.pointCount.toLocaleString('en')} points of ${plot.responseName} against ${plot.featureName}${units}. Least-squares line: ${line(plot.leastSquares)}.${descent}`;
}
