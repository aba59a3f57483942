import { useMemo, useState } from 'react';
import { currentEpochTrace, lossCurveTrace, lossLayout, minimumLossTrace } from '../plots/lossFigure';
import { Plot } from '../plots/Plot';
import { useNotebook } from '../store/notebookStore';
import { PLOT_CONFIG } from './plotConfig';

/** The loss after every epoch, the least-squares minimum for reference, and a dot at the epoch on screen. */
export function LossPlot() {
  const problem = useNotebook((state) => state.problem);
  const trajectory = useNotebook((state) => state.trajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  const [logScale, setLogScale] = useState(false);
  const curve = useMemo(() => (trajectory ? lossCurveTrace(trajectory) : null), [trajectory]);
  const minimum = useMemo(
    () => (problem && trajectory ? minimumLossTrace(problem.olsLoss, trajectory.lastEpoch) : null),
    [problem, trajectory],
  );
  const marker = useMemo(() => (trajectory ? currentEpochTrace(trajectory, epoch) : null), [trajectory, epoch]);
  const revision = problem ? `${problem.featureName}|${problem.responseName}|${problem.scaled}|${logScale}` : '';
  const layout = useMemo(() => lossLayout(logScale, trajectory?.lastEpoch ?? 1, revision), [logScale, trajectory?.lastEpoch, revision]);
  const data = useMemo(() => (curve && minimum && marker ? [curve, minimum, marker] : []), [curve, minimum, marker]);
  if (!trajectory) return <div className="plot-placeholder" data-testid="loss-plot">No run to show.</div>;
  return (
    <figure className="plot" data-testid="loss-plot" aria-label="Loss per epoch">
      <label className="toggle plot-toggle">
        <input type="checkbox" checked={logScale} data-testid="loss-log-scale" onChange={(event) => setLogScale(event.target.checked)} />
        Logarithmic loss axis
      </label>
      {trajectory.divergence && !logScale && (
        <p className="plot-hint">The loss explodes, so early epochs look flat here: tick the logarithmic axis to see them.</p>
      )}
      <Plot data={data} layout={layout} config={PLOT_CONFIG} useResizeHandler style={{ width: '100%', height: '100%' }} />
    </figure>
  );
}
