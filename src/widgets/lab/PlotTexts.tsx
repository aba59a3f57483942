import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import { formatNumber } from '../../format/formatNumber';
import { describeLoss, describeScatter } from '../../format/plotSummaries';
import { workingRows } from '../../model/scaledColumnsOnDemand';
import { selectActiveProblem, selectActiveRun } from '../../store/activeRun';
import { useNotebook } from '../../store/notebookStore';
import { PlotTextAlternative } from './PlotTextAlternative';

/** Rows shown in a plot's table: the first points of the data, and evenly spaced epochs of the run. */
const TABLE_ROWS = 50;

const cell = (value: number) => (Number.isFinite(value) ? formatNumber(value, 6) : 'overflowed');

/** The scatter plot's text alternative: its points and both lines, in numbers. */
export function ScatterPlotText() {
  const problem = useNotebook((state) => state.problem);
  const trajectory = useNotebook((state) => state.trajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  if (!problem) return null;
  const descent = trajectory ? lineAtEpoch(trajectory, epoch) : null;
  const summary = describeScatter({
    pointCount: problem.rowCount,
    featureName: problem.featureName,
    responseName: problem.responseName,
    scaled: problem.scaled,
    leastSquares: problem.ols,
    descent,
    epoch,
  });
  const table = () => {
    const count = Math.min(TABLE_ROWS, problem.rowCount);
    const first = workingRows(problem, 1, count);
    const rows = Array.from({ length: count }, (_, i) => [
      String(i + 1),
      cell(first.feature[i]!),
      cell(first.response[i]!),
    ]);
    const shown =
      count < problem.rowCount
        ? `the first ${count} of ${problem.rowCount.toLocaleString('en')} points`
        : `all ${count} points`;
    return {
      caption: `Data on the scatter plot: ${shown}`,
      columns: ['Point', problem.featureName, problem.responseName],
      rows,
    };
  };
  return <PlotTextAlternative testId="scatter" summary={summary} table={table} />;
}

/** The loss plot's text alternative: the loss from the first epoch to the one on screen, and the minimum. */
export function LossPlotText() {
  const problem = useNotebook(selectActiveProblem);
  const trajectory = useNotebook(selectActiveRun);
  const epoch = useNotebook((state) => state.currentEpoch);
  if (!problem || !trajectory) return null;
  const shown = Math.min(epoch, trajectory.lastEpoch);
  const summary = describeLoss({
    firstLoss: trajectory.losses[0]!,
    epoch: shown,
    lossAtEpoch: trajectory.losses[shown]!,
    minimum: problem.olsLoss,
  });
  const table = () => {
    const step = Math.max(1, Math.ceil(trajectory.lastEpoch / TABLE_ROWS));
    const epochs = new Set<number>();
    for (let e = 0; e <= trajectory.lastEpoch; e += step) epochs.add(e);
    epochs.add(trajectory.lastEpoch);
    epochs.add(shown);
    const rows = [...epochs]
      .sort((a, b) => a - b)
      .map((e) => [e.toLocaleString('en') + (e === shown ? ' (on screen)' : ''), cell(trajectory.losses[e]!)]);
    return {
      caption: `Loss (mean squared error) by epoch; least-squares minimum ${cell(problem.olsLoss)}`,
      columns: ['Epoch', 'Loss'],
      rows,
    };
  };
  return <PlotTextAlternative testId="loss" summary={summary} table={table} />;
}
