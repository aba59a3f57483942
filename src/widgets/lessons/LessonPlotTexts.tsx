import { useMemo } from 'react';
import { DataError } from '../../core/dataError';
import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import { logSpacedRates } from '../../core/learningRateSweep/logSpacedRates';
import { lossForecastOf } from '../../core/learningRateSweep/lossForecast';
import { lossesAfter } from '../../core/learningRateSweep/sweepLearningRates';
import type { Line } from '../../core/line';
import { levelSetWindow } from '../../core/lossSurface/levelSetWindow';
import { rootMeanSquaredError } from '../../core/metrics';
import { lineInOriginalUnits } from '../../core/scaling';
import { formatNumber } from '../../format/formatNumber';
import { describeLandscape, describePredictions, describeSweep } from '../../format/lessonPlotSummaries';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { originalRootMeanSquaredError } from '../../model/lineLoss';
import { SWEEP_RATE_COUNT, SWEEP_RATE_RANGE } from '../../plots/sweepFigure';
import { selectLineTestRows } from '../../store/heldOutSelectors';
import { PlotTextAlternative } from '../lab/PlotTextAlternative';

// Text alternatives for the lessons' plots: a sentence in numbers from the store, kept current
// (announced politely), and the plot's data as a table on request.

/** Rows shown in a plot's table: evenly spaced epochs, or the first points of the data. */
const TABLE_ROWS = 50;
const RATES = logSpacedRates(SWEEP_RATE_RANGE[0], SWEEP_RATE_RANGE[1], SWEEP_RATE_COUNT);

const cell = (value: number) => (Number.isFinite(value) ? formatNumber(value, 6) : 'overflowed');

/** Evenly spaced epochs from 0 to `last`, always with `last` and `shown`. */
function sampledEpochs(last: number, shown: number): number[] {
  const step = Math.max(1, Math.ceil(last / TABLE_ROWS));
  const epochs = new Set<number>([last, shown]);
  for (let e = 0; e <= last; e += step) epochs.add(e);
  return [...epochs].sort((a, b) => a - b);
}

/** The loss landscape in numbers: the window, the minimum, the start and the path to the epoch on screen. */
export function LandscapePlotText() {
  const [ref, { problem, trajectory, epoch, start }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
    start: state.start,
  }));
  const window = useMemo(() => {
    if (!problem) return null;
    try {
      const { interceptRange, slopeRange } = levelSetWindow({
        feature: problem.feature,
        response: problem.response,
        statistics: problem.statistics,
        start,
      });
      return {
        interceptFrom: interceptRange[0],
        interceptTo: interceptRange[1],
        slopeFrom: slopeRange[0],
        slopeTo: slopeRange[1],
      };
    } catch (error) {
      // the same cases in which the plot draws no map (see LossLandscapePlot)
      if (error instanceof RangeError || error instanceof DataError) return null;
      throw error;
    }
  }, [problem, start]);
  if (!problem || !trajectory) return <div ref={ref} />;
  const shown = Math.min(epoch, trajectory.lastEpoch);
  const at = (k: number) => ({
    intercept: trajectory.intercepts.at(k)!,
    slope: trajectory.slopes.at(k)!,
    loss: trajectory.losses[k]!,
  });
  const summary = describeLandscape({
    window,
    minimum: { ...problem.ols, loss: problem.olsLoss },
    start: at(0),
    now: at(shown),
    epoch: shown,
    diverged: trajectory.divergence !== null && shown === trajectory.lastEpoch,
  });
  const table = () => ({
    caption: `The descent path across the loss landscape; least-squares minimum at intercept ${cell(problem.ols.intercept)}, slope ${cell(problem.ols.slope)}`,
    columns: ['Epoch', 'Intercept', 'Slope', 'Loss'],
    rows: sampledEpochs(shown, shown).map((k) => [
      k.toLocaleString('en') + (k === shown ? ' (on screen)' : ''),
      cell(trajectory.intercepts.at(k)!),
      cell(trajectory.slopes.at(k)!),
      cell(trajectory.losses[k]!),
    ]),
  });
  return (
    <div ref={ref}>
      <PlotTextAlternative testId="landscape" summary={summary} table={table} />
    </div>
  );
}

/** The learning-rate sweep in numbers: the best rate, where divergence starts, and the rate chosen now. */
export function SweepPlotText() {
  const [ref, { problem, start, epochBudget, learningRate }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    start: state.start,
    epochBudget: state.epochBudget,
    learningRate: state.learningRate,
  }));
  const forecast = useMemo(() => {
    if (!problem) return null;
    try {
      return lossForecastOf(problem.statistics, start);
    } catch (error) {
      if (error instanceof RangeError || error instanceof DataError) return null;
      throw error;
    }
  }, [problem, start]);
  const losses = useMemo(() => (forecast ? lossesAfter(forecast, RATES, epochBudget) : null), [forecast, epochBudget]);
  if (!problem || !forecast || !losses) return <div ref={ref} />;
  const summary = describeSweep({
    rates: RATES,
    losses,
    epochBudget,
    stableRate: problem.stableLearningRate,
    currentRate: learningRate,
    currentLoss: forecast.lossAfter(learningRate, epochBudget),
    minimum: forecast.minimumLoss,
  });
  const table = () => ({
    caption: `Loss after ${epochBudget.toLocaleString('en')} epochs at each learning rate; largest stable rate ${cell(problem.stableLearningRate)}`,
    columns: ['Learning rate', 'Loss'],
    rows: Array.from(RATES, (rate, i) => [
      formatNumber(rate, 4),
      Number.isFinite(losses[i]!) ? cell(losses[i]!) : 'diverges',
    ]),
  });
  return (
    <div ref={ref}>
      <PlotTextAlternative testId="sweep" summary={summary} table={table} />
    </div>
  );
}

/** The predictions plot in numbers: the RMSE on training and test points, each point's prediction on request. */
export function PredictionPlotText() {
  const [ref, { problem, trajectory, epoch, testSet }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
    testSet: selectLineTestRows(state),
  }));
  const line = useMemo<Line | null>(
    () =>
      problem && trajectory
        ? lineInOriginalUnits(lineAtEpoch(trajectory, epoch), problem.featureScaler, problem.responseScaler)
        : null,
    [problem, trajectory, epoch],
  );
  if (!problem || !trajectory || !line) return <div ref={ref} />;
  const test =
    testSet && testSet.featureName === problem.featureName && testSet.responseName === problem.responseName
      ? testSet
      : null;
  const shown = Math.min(epoch, trajectory.lastEpoch);
  const summary = describePredictions({
    responseName: problem.responseName,
    epoch: shown,
    training: {
      count: problem.rawFeature.length,
      rmse: originalRootMeanSquaredError(problem, lineAtEpoch(trajectory, epoch)),
    },
    test: test ? { count: test.feature.length, rmse: rootMeanSquaredError(line, test.feature, test.response) } : null,
  });
  const table = () => {
    const rows: string[][] = [];
    const add = (group: string, x: Float64Array, y: Float64Array) => {
      for (let i = 0; i < Math.min(TABLE_ROWS, x.length); i++)
        rows.push([`${group} ${i + 1}`, cell(y[i]!), cell(line.intercept + line.slope * x[i]!)]);
    };
    add('training', problem.rawFeature, problem.rawResponse);
    if (test) add('test', test.feature, test.response);
    return {
      caption: `Actual and predicted ${problem.responseName} at epoch ${shown.toLocaleString('en')} (up to the first ${TABLE_ROWS} points of each set)`,
      columns: ['Point', `Actual ${problem.responseName}`, `Predicted ${problem.responseName}`],
      rows,
    };
  };
  return (
    <div ref={ref}>
      <PlotTextAlternative testId="predictions" summary={summary} table={table} />
    </div>
  );
}
