// biome-ignore-all lint/suspicious/noArrayIndexKey: path segments are identified by their epoch, which is their position
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
import { LossSlicePlot } from './LossSlicePlot';

/** Up to this many epochs the path is drawn with a dot at every step. */
const DOTTED_PATH_LIMIT = 150;
/** Paths longer than this are thinned for drawing. */
const MAX_DRAWN_EPOCHS = 5000;

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
      const bounds = levelSetWindow({ feature: problem.feature, response: problem.response, start });
      return [
        landscapeTrace(
          lossSurface({ feature: problem.feature, response: problem.response, ...bounds, resolution: 80 }),
        ),
      ];
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
      // Long paths are thinned for drawing (every stride-th epoch plus the last); up to
      // MAX_DRAWN_EPOCHS every epoch is a vertex of the path.
      const stride = Math.max(1, Math.ceil((shown + 1) / MAX_DRAWN_EPOCHS));
      const points: string[] = [];
      for (let k = 0; k <= shown; k = k === shown ? k + 1 : Math.min(shown, k + stride)) {
        const [x, y] = toPixels(geometry, trajectory.intercepts[k]!, trajectory.slopes[k]!);
        points.push(`${x.toFixed(1)},${Math.max(-1e5, Math.min(1e5, y)).toFixed(1)}`);
      }
      const [startX, startY] = toPixels(geometry, trajectory.intercepts[0]!, trajectory.slopes[0]!);
      const [nowX, nowY] = toPixels(geometry, trajectory.intercepts[shown]!, trajectory.slopes[shown]!);
      const [bestX, bestY] = toPixels(geometry, problem.ols.intercept, problem.ols.slope);
      return (
        <>
          <polyline
            data-testid="descent-path"
            data-points={points.length}
            data-epochs={shown + 1}
            points={points.join(' ')}
            fill="none"
            stroke={PALETTE.gradientDescent}
            strokeWidth={2}
            strokeLinejoin="round"
          />
          {shown <= DOTTED_PATH_LIMIT &&
            points.map((point, k) => {
              const [x, y] = point.split(',');
              return <circle key={k} cx={x} cy={y} r={2.5} fill={PALETTE.gradientDescent} />;
            })}
          <circle cx={startX} cy={startY} r={6} fill="white" stroke={PALETTE.gradientDescent} strokeWidth={2} />
          <path
            d={`M${bestX - 7},${bestY - 7}L${bestX + 7},${bestY + 7}M${bestX - 7},${bestY + 7}L${bestX + 7},${bestY - 7}`}
            stroke={PALETTE.leastSquares}
            strokeWidth={3}
          />
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
          { label: `Path to epoch ${shown.toLocaleString('en')}`, color: PALETTE.gradientDescent, kind: 'line' },
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
