import { useMemo, useState } from 'react';
import { downsampleSeries } from '../plots/downsample';
import { lossLayout, lossWindow, minimumLossTrace } from '../plots/lossFigure';
import { OverlaidPlot } from '../plots/OverlaidPlot';
import { PALETTE } from '../plots/palette';
import { PlotLegend } from '../plots/PlotLegend';
import { polylinePath, toPixels, type PlotGeometry } from '../plots/plotGeometry';
import { useNotebook } from '../store/notebookStore';
import { PLOT_CONFIG } from './plotConfig';

/** The loss after every epoch (overlay), the least-squares minimum for reference (plotly), and a dot at the epoch on screen. */
export function LossPlot() {
  const problem = useNotebook((state) => state.problem);
  const trajectory = useNotebook((state) => state.trajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  const [logScale, setLogScale] = useState(false);
  const view = useMemo(() => (trajectory && problem ? lossWindow([trajectory], problem.olsLoss, logScale) : null), [trajectory, problem, logScale]);
  const revision = problem ? `${problem.featureName}|${problem.responseName}|${problem.scaled}|${logScale}` : '';
  const olsLoss = problem?.olsLoss ?? 0;
  const { lastEpoch = 1, lowest = 1, highest = 1 } = view ?? {};
  const layout = useMemo(() => lossLayout({ lastEpoch, lowest, highest, logScale }, revision), [lastEpoch, lowest, highest, logScale, revision]);
  const data = useMemo(() => [minimumLossTrace(olsLoss, lastEpoch)], [olsLoss, lastEpoch]);
  const curve = useMemo(() => (trajectory ? downsampleSeries(trajectory.losses) : null), [trajectory]);
  if (!trajectory || !curve) return <div className="plot-placeholder" data-testid="loss-plot">No run to show.</div>;
  const current = Math.min(epoch, trajectory.lastEpoch);
  const overlay = (geometry: PlotGeometry) => {
    const [markerX, markerY] = toPixels(geometry, current, trajectory.losses[current]!);
    return (
      <>
        <path data-testid="loss-curve" d={polylinePath(geometry, curve.epochs, curve.values)} fill="none" stroke={PALETTE.gradientDescent} strokeWidth={2} strokeLinejoin="round" />
        {Number.isFinite(markerY) && <circle cx={markerX} cy={markerY} r={6} fill={PALETTE.gradientDescent} stroke="white" strokeWidth={2} />}
      </>
    );
  };
  return (
    <figure className="plot" data-testid="loss-plot" aria-label="Loss per epoch">
      <div className="plot-header">
        <PlotLegend entries={[
          { label: 'Gradient descent', color: PALETTE.gradientDescent, kind: 'line' },
          { label: 'Least-squares minimum', color: PALETTE.leastSquares, kind: 'dashed' },
        ]} />
        <label className="toggle plot-toggle">
          <input type="checkbox" checked={logScale} data-testid="loss-log-scale" onChange={(event) => setLogScale(event.target.checked)} />
          Log scale
        </label>
      </div>
      {trajectory.divergence && !logScale && (
        <p className="plot-hint">The loss explodes, so early epochs look flat here: tick Log scale to see them.</p>
      )}
      <OverlaidPlot data={data} layout={layout} config={PLOT_CONFIG} overlay={overlay} />
    </figure>
  );
}
