import type { Data, Layout } from 'plotly.js';
import type { Trajectory } from '../core/gradientDescent/trajectory';
import { downsampleSeries } from './downsample';
import { PALETTE } from './palette';

/** The loss curve of one run, thinned to a drawable number of points. */
export function lossCurveTrace(trajectory: Trajectory, name = 'Gradient descent'): Data {
  const { epochs, values } = downsampleSeries(trajectory.losses);
  return {
    type: 'scatter', mode: 'lines', x: epochs, y: values, name,
    line: { color: PALETTE.gradientDescent, width: 2 },
    hovertemplate: 'epoch %{x}<br>loss %{y:.6g}<extra></extra>',
  };
}

/** The least-squares loss as a dashed horizontal reference across the run. */
export function minimumLossTrace(olsLoss: number, lastEpoch: number): Data {
  return {
    type: 'scatter', mode: 'lines', x: [0, Math.max(1, lastEpoch)], y: [olsLoss, olsLoss],
    name: 'Least-squares minimum', line: { color: PALETTE.leastSquares, width: 2, dash: 'dash' },
    hovertemplate: 'minimum %{y:.6g}<extra></extra>',
  };
}

/** A dot on the curve at the epoch on screen. */
export function currentEpochTrace(trajectory: Trajectory, epoch: number): Data {
  const index = Math.min(epoch, trajectory.lastEpoch);
  return {
    type: 'scatter', mode: 'markers', x: [index], y: [trajectory.losses[index]!], name: 'Current epoch',
    marker: { color: PALETTE.gradientDescent, size: 11, line: { color: 'white', width: 2 } },
    hovertemplate: 'epoch %{x}<br>loss %{y:.6g}<extra></extra>', showlegend: false,
  };
}

export function lossLayout(logScale: boolean, lastEpoch: number, revision: string): Partial<Layout> {
  return {
    margin: { l: 60, r: 12, t: 40, b: 48 },
    xaxis: { title: { text: 'epoch' }, range: [0, Math.max(1, lastEpoch)], zeroline: false },
    yaxis: { title: { text: 'loss (mean squared error)' }, type: logScale ? 'log' : 'linear', autorange: true, exponentformat: 'power' },
    legend: { orientation: 'h', x: 0, y: 1.0, yanchor: 'bottom', font: { size: 11 }, itemwidth: 30 },
    uirevision: revision,
    font: { family: 'inherit', size: 13 },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
  };
}
