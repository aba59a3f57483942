import { useMemo } from 'react';
import { lineAtEpoch } from '../core/gradientDescent/trajectory';
import { PALETTE } from '../plots/palette';
import { Plot } from '../plots/Plot';
import { dataTrace, lineTrace, offFrameNote, scatterFrame, scatterLayout } from '../plots/scatterFigure';
import { useNotebook } from '../store/notebookStore';
import { PLOT_CONFIG } from './plotConfig';

/** The data, the exact least-squares line and the gradient-descent line at the epoch on screen. */
export function ScatterPlot() {
  const problem = useNotebook((state) => state.problem);
  const trajectory = useNotebook((state) => state.trajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  const frame = useMemo(() => (problem ? scatterFrame(problem) : null), [problem]);
  const points = useMemo(() => (problem ? dataTrace(problem) : null), [problem]);
  const leastSquares = useMemo(
    () => (problem && frame ? lineTrace(problem.ols, frame, { name: 'Least squares', color: PALETTE.leastSquares, dash: 'dash' }) : null),
    [problem, frame],
  );
  const descentLine = useMemo(() => (trajectory ? lineAtEpoch(trajectory, epoch) : null), [trajectory, epoch]);
  const descent = useMemo(
    () => (descentLine && frame ? lineTrace(descentLine, frame, { name: `Descent, epoch ${epoch}`, color: PALETTE.gradientDescent }) : null),
    [descentLine, frame, epoch],
  );
  const note = useMemo(() => (descentLine && frame ? offFrameNote(descentLine, frame) : undefined), [descentLine, frame]);
  const layout = useMemo(() => (problem && frame ? scatterLayout(problem, frame, note) : null), [problem, frame, note]);
  const data = useMemo(() => (points && leastSquares && descent ? [points, leastSquares, descent] : []), [points, leastSquares, descent]);
  if (!layout) return <div className="plot-placeholder" data-testid="scatter-plot">No line can be fitted to these columns.</div>;
  return (
    <figure className="plot" data-testid="scatter-plot" aria-label="Scatter plot of the data with the gradient-descent line and the least-squares line">
      <Plot data={data} layout={layout} config={PLOT_CONFIG} useResizeHandler style={{ width: '100%', height: '100%' }} />
    </figure>
  );
}
