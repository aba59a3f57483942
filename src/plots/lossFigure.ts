import type { Data, Layout } from 'plotly.js';
import { PALETTE } from '../format/palette';
import { type ChartSize, readableXAxis } from './axisTicks';
import { PLOT_FONT_SIZE } from './plotConfig';

/** The visible window of the loss chart, fixed by the runs shown so that it changes rarely. */
export interface LossWindow {
  readonly lastEpoch: number;
  readonly lowest: number;
  readonly highest: number;
  readonly logScale: boolean;
}

/**
 * The window that shows every loss of the given runs and the least-squares minimum. Converging
 * runs from the same start share their highest loss (epoch 0), so dragging the learning rate
 * leaves the window, and the plotly chart under the overlay, untouched.
 */
export function lossWindow(
  curves: readonly ArrayLike<number>[],
  currentLastEpoch: number,
  keptRuns: readonly { epochs: readonly number[] }[],
  minimumLoss: number,
  logScale: boolean,
): LossWindow {
  let lowest = minimumLoss > 0 ? minimumLoss : Infinity;
  let highest = minimumLoss;
  const lastEpoch = Math.max(1, currentLastEpoch, ...keptRuns.map((run) => run.epochs[run.epochs.length - 1] ?? 0));
  for (const losses of curves) {
    for (let i = 0; i < losses.length; i++) {
      const loss = losses[i]!;
      if (loss > highest) highest = loss;
      if (loss > 0 && loss < lowest) lowest = loss;
    }
  }
  if (!Number.isFinite(lowest)) lowest = highest > 0 ? highest / 10 : 1;
  // Rounded outwards to 3 significant digits: a loss one rounding error below the minimum
  // must not move the window (and force a plotly redraw) on every slider step.
  return {
    lastEpoch,
    lowest: roundOutwards(lowest, Math.floor),
    highest: highest > 0 ? roundOutwards(highest, Math.ceil) : 1,
    logScale,
  };
}

function roundOutwards(value: number, direction: (x: number) => number): number {
  const unit = 10 ** (Math.floor(Math.log10(value)) - 2);
  return direction(value / unit) * unit;
}

/** The least-squares loss as a dashed horizontal reference across the run. */
export function minimumLossTrace(olsLoss: number, lastEpoch: number): Data {
  return {
    type: 'scatter',
    mode: 'lines',
    x: [0, lastEpoch],
    y: [olsLoss, olsLoss],
    name: 'Least-squares minimum',
    line: { color: PALETTE.leastSquares, width: 2, dash: 'dash' },
    hovertemplate: 'least-squares minimum %{y:.6g}<extra></extra>',
  };
}

/**
 * The loss plot's layout for a chart of this size. The x axis always has a tick at the last
 * epoch, so the run's length can be read off the axis, and whole epochs only.
 */
export function lossLayout(window: LossWindow, revision: string, size: ChartSize): Partial<Layout> {
  const { lowest, highest, logScale, lastEpoch } = window;
  const x = readableXAxis([0, lastEpoch], size.width, { l: 64, r: 12 }, PLOT_FONT_SIZE, { endTick: true });
  // whole epochs only: short runs would otherwise get ticks at 0.5, 1.5, …
  const wholeEpochs = {
    ...x.axis,
    tickvals: x.axis.tickvals.filter((value) => Number.isInteger(value)),
    ticktext: x.axis.ticktext.filter((_, index) => Number.isInteger(x.axis.tickvals[index])),
  };
  const yRange = logScale
    ? [
        Math.log10(lowest) - 0.05 * Math.max(1, Math.log10(highest / lowest)),
        Math.log10(highest) + 0.05 * Math.max(1, Math.log10(highest / lowest)),
      ]
    : [0, highest * 1.05];
  return {
    margin: { ...x.margin, t: 8, b: 48 },
    showlegend: false,
    xaxis: { title: { text: 'epoch' }, range: [0, lastEpoch], zeroline: false, ...wholeEpochs },
    yaxis: {
      title: { text: 'loss (mean squared error)' },
      type: logScale ? 'log' : 'linear',
      range: yRange,
      exponentformat: 'power',
    },
    uirevision: revision,
    font: { family: 'inherit', size: PLOT_FONT_SIZE },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
  };
}
