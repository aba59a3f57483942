import { useCallback, useMemo } from 'react';
import { DataError } from '../../core/dataError';
import { levelSetWindow } from '../../core/lossSurface/levelSetWindow';
import { lossSurface } from '../../core/lossSurface/lossSurface';
import { PALETTE } from '../../format/palette';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { landscapeLayout, landscapeTrace } from '../../plots/landscapeFigure';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';
import { problemRevision } from '../../plots/plotRevision';
import { selectIsManyFeatureModel } from '../../store/activeRun';
import { selectHandLine } from '../../store/handFitSlice';
import { useNotebook } from '../../store/notebookStore';
import { DescentPath, LeastSquaresCross } from './DescentPathMarks';
import { LossSlicePlot } from './LossSlicePlot';

/**
 * Contours of the loss over (intercept, slope), the descent path up to the epoch on screen,
 * the start and the least-squares minimum. Clicking the map moves the start there. With
 * several features, a slice over two parameters the student picks (`LossSlicePlot`).
 */
export function LossLandscapePlot() {
  const many = useNotebook(selectIsManyFeatureModel);
  return many ? <LossSlicePlot /> : <LineLossLandscapePlot />;
}

function LineLossLandscapePlot() {
  const [ref, { problem, trajectory, epoch, start }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
    start: state.start,
  }));
  const setStart = useNotebook((state) => state.setStart);
  const handLine = useNotebook(selectHandLine);
  const data = useMemo(() => {
    if (!problem) return [];
    try {
      // from the statistics the problem was prepared with: a million rows are not walked again
      const columns = { feature: problem.feature, response: problem.response, statistics: problem.statistics };
      const bounds = levelSetWindow({ ...columns, start });
      return [landscapeTrace(lossSurface({ ...columns, ...bounds, resolution: 80 }))];
    } catch (error) {
      // A start so far out that its loss overflows leaves no finite window to draw.
      if (error instanceof RangeError || error instanceof DataError) return [];
      throw error;
    }
  }, [problem, start]);
  const revision = problemRevision(problem);
  const layout = useMemo(() => landscapeLayout(revision), [revision]);
  const shown = trajectory ? Math.min(epoch, trajectory.lastEpoch) : 0;
  const overlay = useCallback(
    (geometry: PlotGeometry) => {
      if (!problem || !trajectory) return null;
      const [nowX, nowY] = toPixels(geometry, trajectory.intercepts.at(shown)!, trajectory.slopes.at(shown)!);
      const [bestX, bestY] = toPixels(geometry, problem.ols.intercept, problem.ols.slope);
      return (
        <>
          <DescentPath geometry={geometry} across={trajectory.intercepts} up={trajectory.slopes} shown={shown} />
          <LeastSquaresCross x={bestX} y={bestY} />
          <circle cx={nowX} cy={nowY} r={5.5} fill={PALETTE.gradientDescent} stroke="white" strokeWidth={2} />
          {handLine && <HandPoint geometry={geometry} intercept={handLine.intercept} slope={handLine.slope} />}
        </>
      );
    },
    [problem, trajectory, shown, handLine],
  );
  const moveStart = useCallback((intercept: number, slope: number) => setStart({ intercept, slope }), [setStart]);
  if (!problem || !trajectory)
    return (
      <div className="plot-placeholder" data-testid="loss-landscape" ref={ref}>
        No landscape without a fittable pair of columns.
      </div>
    );
  return (
    <figure
      className="plot"
      data-testid="loss-landscape"
      ref={ref}
      aria-label="Contours of the loss over intercept and slope, with the gradient-descent path"
    >
      <PlotLegend
        entries={[
          {
            id: 'path',
            label: `Path to epoch ${shown.toLocaleString('en')}`,
            color: PALETTE.gradientDescent,
            kind: 'line',
          },
          { label: 'Least-squares minimum (×)', color: PALETTE.leastSquares, kind: 'cross' },
          ...(handLine ? [{ label: 'Your line (◆)', color: PALETTE.accent, kind: 'diamond' as const }] : []),
        ]}
      />
      <OverlaidPlot data={data} layout={layout} config={PLOT_CONFIG} overlay={overlay} onGraphClick={moveStart} />
    </figure>
  );
}

/** The student's hand-made line as a point of the landscape: a diamond at (intercept, slope). */
function HandPoint({ geometry, intercept, slope }: { geometry: PlotGeometry; intercept: number; slope: number }) {
  const [x, y] = toPixels(geometry, intercept, slope);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return (
    <path
      data-testid="hand-point"
      data-intercept={intercept}
      data-slope={slope}
      d={`M${x},${y - 8}L${x + 8},${y}L${x},${y + 8}L${x - 8},${y}Z`}
      fill={PALETTE.accent}
      stroke="white"
      strokeWidth={1.5}
    />
  );
}
