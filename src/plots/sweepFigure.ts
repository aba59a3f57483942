import type { Data, Layout } from 'plotly.js';
import { PALETTE } from '../format/palette';

/** The slider's learning-rate range, which the sweep covers. */
export const SWEEP_RATE_RANGE = [1e-5, 10] as const;
/** Rates in the sweep: 20 a decade across the slider's range. */
export const SWEEP_RATE_COUNT = 121;

/** The vertical span of the sweep chart: from just under the minimum loss to well above the start. */
export function sweepLossRange(minimumLoss: number, startingLoss: number): [number, number] {
  const floor = minimumLoss > 0 ? minimumLoss : startingLoss * 1e-12;
  return [floor / 1.5, Math.max(startingLoss, floor * 10) * 30];
}

export function minimumLossLine(minimumLoss: number): Data {
  return {
    type: 'scatter',
    mode: 'lines',
    x: [...SWEEP_RATE_RANGE],
    y: [minimumLoss, minimumLoss],
    name: 'Least-squares minimum',
    line: { color: PALETTE.leastSquares, dash: 'dash', width: 2 },
    hovertemplate: 'minimum %{y:.6g}<extra></extra>',
  };
}

export function sweepLayout(lossRange: [number, number], revision: string): Partial<Layout> {
  return {
    margin: { l: 64, r: 12, t: 8, b: 48 },
    showlegend: false,
    xaxis: {
      title: { text: 'learning rate' },
      type: 'log',
      range: SWEEP_RATE_RANGE.map(Math.log10),
      exponentformat: 'power',
      fixedrange: true,
    },
    yaxis: {
      title: { text: 'loss after the epoch budget' },
      type: 'log',
      range: lossRange.map(Math.log10),
      exponentformat: 'power',
      fixedrange: true,
    },
    uirevision: revision,
    font: { family: 'inherit', size: 13 },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
  };
}
