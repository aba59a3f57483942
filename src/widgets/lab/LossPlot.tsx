import { useCallback, useMemo, useRef, useState } from 'react';
import { type ThinnedSeries, thinSeries } from '../../core/downsample';
import { PALETTE } from '../../format/palette';
import { LOSS_ESTIMATE_EPOCH, LOSS_ESTIMATE_ID } from '../../model/predictions/lossEstimate';
import { describeRunSettings } from '../../model/userSettings';
import type { ChartSize } from '../../plots/axisTicks';
import { lossLayout, lossWindow, minimumLossTrace } from '../../plots/lossFigure';
import { HELD_OUT_DASH } from '../../plots/marks';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { type PlotGeometry, storedPolylinePath, toPixels } from '../../plots/plotGeometry';
import { problemRevision } from '../../plots/plotRevision';
import { presentationLayout } from '../../plots/presentationLayout';
import { selectActiveRun } from '../../store/activeRun';
import { controlAccess } from '../../store/classroomSlice';
import { useNotebook } from '../../store/notebookStore';
import { LossGuessOverlay } from './LossGuessOverlay';

/** Each kept run has its own dash pattern, so curves stay apart without colour (colour-blind viewers, greyscale projectors). */
const KEPT_RUN_DASHES = ['2 3', '9 3', '9 3 2 3', '1 4', '14 4', '5 2 1 2'];

/** The loss after every epoch (overlay), the least-squares minimum for reference (plotly), and a dot at the epoch on screen. */
export function LossPlot() {
  const problem = useNotebook((state) => state.problem ?? state.manyProblem);
  const trajectory = useNotebook(selectActiveRun);
  const epoch = useNotebook((state) => state.currentEpoch);
  const [logScale, setLogScale] = useState(false);
  const runLabel = useNotebook((state) => describeRunSettings(state));
  const keptRuns = useNotebook((state) => state.keptRuns);
  // the loss on the held-out rows along the same run, when rows are held out
  const heldOutCurve = useNotebook((state) => (state.heldOut?.origin === 'split' ? state.heldOutCurve : null));
  const { keepCurrentRun, clearKeptRuns, setLossGuess } = useNotebook.getState();
  // The "loss after 100 epochs" question draws its guess here; the window then reaches epoch 100.
  const questionAccess = useNotebook((state) => controlAccess(state, 'predictions'));
  const lossGuess = useNotebook((state) => (questionAccess === 'hidden' ? null : state.lossGuess));
  const estimate = useNotebook((state) => (questionAccess === 'hidden' ? null : state.predictions[LOSS_ESTIMATE_ID]));
  const view = useMemo(
    () =>
      trajectory && problem
        ? lossWindow(
            [trajectory.losses, ...keptRuns.map((run) => run.losses), ...(heldOutCurve ? [heldOutCurve.losses] : [])],
            lossGuess === null ? trajectory.lastEpoch : Math.max(trajectory.lastEpoch, LOSS_ESTIMATE_EPOCH),
            keptRuns,
            problem.olsLoss,
            logScale,
          )
        : null,
    [trajectory, keptRuns, problem, logScale, lossGuess, heldOutCurve],
  );
  const revision = problemRevision(problem, logScale);
  const olsLoss = problem?.olsLoss ?? 0;
  const { lastEpoch = 1, lowest = 1, highest = 1 } = view ?? {};
  const presentation = useNotebook((state) => state.presentation);
  const layout = useCallback(
    (size: ChartSize) =>
      presentationLayout(lossLayout({ lastEpoch, lowest, highest, logScale }, revision, size), presentation),
    [lastEpoch, lowest, highest, logScale, revision, presentation],
  );
  const data = useMemo(() => [minimumLossTrace(olsLoss, lastEpoch)], [olsLoss, lastEpoch]);
  // The curve is thinned to about one bucket per pixel of the plotting area (each bucket keeps
  // its first, lowest and highest loss, so spikes survive): a 200 000-epoch run draws ≤ 3 points
  // a pixel instead of 200 001. Recomputed only when the run or the width changes.
  const curveCache = useRef<{ losses: Float64Array; buckets: number; curve: ThinnedSeries }>(null);
  const curveFor = (losses: Float64Array, width: number) => {
    const buckets = Math.max(1, Math.round(width));
    const cached = curveCache.current;
    if (cached?.losses === losses && cached.buckets === buckets) return cached.curve;
    const curve = thinSeries(losses, buckets);
    curveCache.current = { losses, buckets, curve };
    return curve;
  };
  // The chart stays mounted while there is no run (a new data set is being fitted), so the run's
  // arrival only redraws the overlay instead of building a new plotly chart.
  const current = trajectory ? Math.min(epoch, trajectory.lastEpoch) : 0;
  const overlay = (geometry: PlotGeometry) => {
    if (!trajectory) return null;
    const curve = curveFor(trajectory.losses, geometry.width);
    const [markerX, markerY] = toPixels(geometry, current, trajectory.losses[current]!);
    return (
      <>
        {keptRuns.map((run, index) => (
          <path
            key={run.id}
            data-testid="kept-run-curve"
            d={storedPolylinePath(geometry, run.epochs, run.losses)}
            fill="none"
            stroke={run.colour}
            strokeWidth={2}
            strokeDasharray={KEPT_RUN_DASHES[index % KEPT_RUN_DASHES.length]}
          />
        ))}
        {heldOutCurve && (
          <path
            data-testid="test-loss-curve"
            d={storedPolylinePath(geometry, heldOutCurve.epochs, heldOutCurve.losses)}
            fill="none"
            stroke={PALETTE.accent}
            strokeWidth={2}
            strokeDasharray={HELD_OUT_DASH}
          />
        )}
        <path
          data-testid="loss-curve"
          d={storedPolylinePath(geometry, curve.epochs, curve.values)}
          fill="none"
          stroke={PALETTE.gradientDescent}
          strokeWidth={2}
          strokeLinejoin="round"
        />
        {Number.isFinite(markerY) && (
          <circle cx={markerX} cy={markerY} r={6} fill={PALETTE.gradientDescent} stroke="white" strokeWidth={2} />
        )}
        {(lossGuess !== null || estimate) && (
          <LossGuessOverlay
            geometry={geometry}
            guess={lossGuess}
            record={estimate ?? null}
            trajectory={trajectory}
            movable={questionAccess === 'open'}
            onGuess={setLossGuess}
          />
        )}
      </>
    );
  };
  return (
    <figure className="plot" data-testid="loss-plot" aria-label="Loss per epoch">
      <div className="plot-header">
        <PlotLegend
          entries={[
            {
              label: keptRuns.length > 0 ? `This run (${runLabel})` : 'Gradient descent',
              color: PALETTE.gradientDescent,
              kind: 'line',
            },
            { label: 'Least-squares minimum', color: PALETTE.leastSquares, kind: 'dashed' },
            ...(heldOutCurve
              ? [
                  {
                    label: 'Held-out rows (test loss)',
                    color: PALETTE.accent,
                    kind: 'dashed' as const,
                    dash: HELD_OUT_DASH,
                  },
                ]
              : []),
            ...keptRuns.map((run, index) => ({
              label: run.label,
              color: run.colour,
              kind: 'dashed' as const,
              dash: KEPT_RUN_DASHES[index % KEPT_RUN_DASHES.length],
            })),
          ]}
        />
        <div className="plot-actions">
          <button
            type="button"
            className="small"
            data-testid="keep-run"
            onClick={keepCurrentRun}
            title="Keep this loss curve on the plot to compare with the next run"
          >
            Keep run
          </button>
          {keptRuns.length > 0 && (
            <button type="button" className="small" data-testid="clear-runs" onClick={clearKeptRuns}>
              Clear kept
            </button>
          )}
          <label className="toggle plot-toggle">
            <input
              type="checkbox"
              checked={logScale}
              data-testid="loss-log-scale"
              onChange={(event) => setLogScale(event.target.checked)}
            />
            Log scale
          </label>
        </div>
      </div>
      {trajectory?.divergence && trajectory.lastEpoch > 1 && !logScale && (
        <p className="plot-hint">The loss explodes, so early epochs look flat here: tick Log scale to see them.</p>
      )}
      <OverlaidPlot data={data} layout={layout} config={PLOT_CONFIG} overlay={overlay} />
    </figure>
  );
}
