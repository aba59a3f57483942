import { formatNumber } from '../../format/formatNumber';
import { modelAtEpoch } from '../../model/manyFeatures/modelAtEpoch';
import { drawnRows, predictionsInOriginalUnits, predictOriginal } from '../../model/manyFeatures/predictions';
import { PlotTextAlternative } from '../lab/PlotTextAlternative';
import { useShownModel } from './useShownModel';

/** Rows listed by "Show as table". */
const TABLE_ROWS = 30;

/** √(mean of squared differences) between two equally long columns. O(n). */
function rootMeanSquareGap(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(sum / Math.max(1, a.length));
}

/** The predicted-against-actual plot's text alternative: how far the predictions sit from the actual values, in numbers. */
export function PredictedActualPlotText() {
  const { problem, trajectory, epoch } = useShownModel();
  if (!problem || !trajectory) return null;
  const shown = Math.min(epoch, trajectory.lastEpoch);
  const rows = drawnRows(problem.rowCount, TABLE_ROWS);
  const all = drawnRows(problem.rowCount);
  const actual = Float64Array.from(all, (i) => problem.original.response[i]!);
  const descent = predictionsInOriginalUnits(
    problem,
    modelAtEpoch(trajectory, shown, problem.working.fitIntercept),
    all,
  );
  const exact = predictOriginal(problem, problem.leastSquares.model, all);
  const response = problem.choice.responseName;
  const summary = `Predicted against actual ${response} for ${problem.rowCount.toLocaleString('en')} rows: at epoch ${shown.toLocaleString('en')} gradient descent's predictions are off by ${formatNumber(rootMeanSquareGap(descent, actual), 3)} on average (root mean square), least squares' by ${formatNumber(rootMeanSquareGap(exact, actual), 3)}; a perfect model would put every point on the diagonal.`;
  const table = () => {
    const descentRows = predictionsInOriginalUnits(
      problem,
      modelAtEpoch(trajectory, shown, problem.working.fitIntercept),
      rows,
    );
    const exactRows = predictOriginal(problem, problem.leastSquares.model, rows);
    return {
      caption: `Actual and predicted ${response}${rows.length < problem.rowCount ? `, ${rows.length} rows spread through the data` : ''}`,
      columns: ['Row', `actual ${response}`, `descent, epoch ${shown}`, 'least squares'],
      rows: Array.from(rows, (row, k) => [
        String(row + 1),
        formatNumber(problem.original.response[row]!, 6),
        formatNumber(descentRows[k]!, 6),
        formatNumber(exactRows[k]!, 6),
      ]),
    };
  };
  return <PlotTextAlternative testId="predicted-actual" summary={summary} table={table} />;
}

/** The coefficient plot's text alternative: each coefficient at the epoch on screen against its least-squares value. */
export function CoefficientPlotText() {
  const { problem, trajectory, epoch } = useShownModel();
  if (!problem || !trajectory) return null;
  const shown = Math.min(epoch, trajectory.lastEpoch);
  const model = modelAtEpoch(trajectory, shown, problem.working.fitIntercept);
  const entries = [
    ...(problem.working.fitIntercept
      ? [{ name: 'intercept', now: model.intercept, exact: problem.olsModel.intercept }]
      : []),
    ...problem.termNames.map((name, j) => ({ name, now: model.weights[j]!, exact: problem.olsModel.weights[j]! })),
  ];
  let furthest = entries[0]!;
  for (const entry of entries)
    if (Math.abs(entry.now - entry.exact) > Math.abs(furthest.now - furthest.exact)) furthest = entry;
  const units = problem.scaled ? ' (scaled units)' : '';
  const summary = `Coefficients at epoch ${shown.toLocaleString('en')}${units}: ${entries
    .map((entry) => `${entry.name} ${formatNumber(entry.now, 4)} (least squares ${formatNumber(entry.exact, 4)})`)
    .join('; ')}. Furthest from its answer: ${furthest.name}.`;
  const table = () => ({
    caption: `Each coefficient at epoch ${shown} and its least-squares value${units}`,
    columns: ['Coefficient', `descent, epoch ${shown}`, 'least squares', 'gap'],
    rows: entries.map((entry) => [
      entry.name,
      formatNumber(entry.now, 8),
      formatNumber(entry.exact, 8),
      formatNumber(entry.now - entry.exact, 3),
    ]),
  });
  return <PlotTextAlternative testId="coefficients" summary={summary} table={table} />;
}
