// biome-ignore-all lint/suspicious/noArrayIndexKey: tick marks are identified by their position on a fixed scale
import { useCallback, useMemo } from 'react';
import { logSpacedRates } from '../../core/learningRateSweep/logSpacedRates';
import { lossForecastOf } from '../../core/learningRateSweep/lossForecast';
import { lossesAfter } from '../../core/learningRateSweep/sweepLearningRates';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { CURRENT_RATE_DASH, crossPath, STABLE_RATE_DASH } from '../../plots/marks';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';
import { problemRevision } from '../../plots/plotRevision';
import {
  minimumLossLine,
  SWEEP_RATE_COUNT,
  SWEEP_RATE_RANGE,
  sweepLayout,
  sweepLossRange,
} from '../../plots/sweepFigure';

const RATES = logSpacedRates(SWEEP_RATE_RANGE[0], SWEEP_RATE_RANGE[1], SWEEP_RATE_COUNT);

/**
 * The loss that batch descent reaches after the epoch budget, for 121 learning rates at once
 * (a closed-form forecast, so it follows the epoch slider live), with the stable limit 2/λmax
 * and the current rate marked. Diverging rates are marked along the top edge.
 */
export function LearningRateSweepPlot() {
  const [ref, { problem, start, epochBudget, learningRate }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    start: state.start,
    epochBudget: state.epochBudget,
    learningRate: state.learningRate,
  }));
  const forecast = useMemo(() => (problem ? lossForecastOf(problem.statistics, start) : null), [problem, start]);
  const losses = useMemo(() => (forecast ? lossesAfter(forecast, RATES, epochBudget) : null), [forecast, epochBudget]);
  const minimumLoss = forecast?.minimumLoss ?? 1;
  const startingLoss = forecast?.startingLoss ?? 1;
  const revision = problemRevision(problem);
  const layout = useMemo(
    () => sweepLayout(sweepLossRange(minimumLoss, startingLoss), revision),
    [minimumLoss, startingLoss, revision],
  );
  const data = useMemo(() => [minimumLossLine(minimumLoss)], [minimumLoss]);
  const stableRate = problem?.stableLearningRate ?? 1;
  const overlay = useCallback(
    (geometry: PlotGeometry) => {
      if (!losses) return null;
      let path = '';
      const diverged: [number, number][] = [];
      RATES.forEach((rate, i) => {
        const loss = losses[i]!;
        if (!Number.isFinite(loss)) {
          diverged.push(toPixels(geometry, rate, geometry.y.max));
          return;
        }
        const [x, y] = toPixels(geometry, rate, Math.max(loss, geometry.y.min));
        path += `${path ? 'L' : 'M'}${x.toFixed(1)},${Math.min(y, 1e5).toFixed(1)}`;
      });
      const [stableX] = toPixels(geometry, stableRate, geometry.y.min);
      const [currentX] = toPixels(geometry, learningRate, geometry.y.min);
      const top = geometry.top,
        bottom = geometry.top + geometry.height;
      return (
        <>
          <path
            data-testid="sweep-curve"
            data-rates={RATES.length}
            d={path}
            fill="none"
            stroke={PALETTE.gradientDescent}
            strokeWidth={2}
          />
          {diverged.map(([x, y], i) => (
            <path key={i} d={crossPath(x, y + 8, 4)} stroke="#b3261e" strokeWidth={1.6} />
          ))}
          <line
            x1={stableX}
            x2={stableX}
            y1={top}
            y2={bottom}
            stroke={PALETTE.leastSquares}
            strokeWidth={2}
            strokeDasharray={STABLE_RATE_DASH}
          />
          <text x={stableX - 6} y={top + 34} textAnchor="end" className="overlay-note" fill="#a3420a">
            2/λmax = {formatNumber(stableRate, 3)}
          </text>
          <line
            x1={currentX}
            x2={currentX}
            y1={top}
            y2={bottom}
            stroke={PALETTE.gradientDescent}
            strokeWidth={2}
            strokeDasharray={CURRENT_RATE_DASH}
          />
          <text x={currentX + 6} y={bottom - 8} className="overlay-note" fill={PALETTE.gradientDescent}>
            now {formatNumber(learningRate, 3)}
          </text>
        </>
      );
    },
    [losses, stableRate, learningRate],
  );
  if (!problem || !losses)
    return (
      <div className="plot-placeholder" data-testid="learning-rate-sweep" ref={ref}>
        No sweep without a fittable pair of columns.
      </div>
    );
  return (
    <figure
      className="plot"
      data-testid="learning-rate-sweep"
      ref={ref}
      aria-label={`Loss after ${epochBudget} epochs of batch gradient descent against the learning rate`}
    >
      <PlotLegend
        entries={[
          {
            label: `Loss after ${epochBudget.toLocaleString('en')} epochs`,
            color: PALETTE.gradientDescent,
            kind: 'line',
          },
          { label: 'Least-squares minimum', color: PALETTE.leastSquares, kind: 'dashed' },
          { label: 'Largest stable rate 2/λmax', color: PALETTE.leastSquares, kind: 'line', dash: STABLE_RATE_DASH },
          { label: 'Current rate', color: PALETTE.gradientDescent, kind: 'line', dash: CURRENT_RATE_DASH },
          { label: 'Diverges (×)', color: '#b3261e', kind: 'cross' },
        ]}
      />
      <OverlaidPlot data={data} layout={layout} config={PLOT_CONFIG} overlay={overlay} />
    </figure>
  );
}
