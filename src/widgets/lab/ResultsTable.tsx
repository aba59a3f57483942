// biome-ignore-all lint/a11y/noNoninteractiveTabindex: a scrolling region must be a tab stop so keyboard users can scroll it
// biome-ignore-all lint/a11y/useSemanticElements: the scrolling wrapper is a labelled region around a real table
import { useMemo } from 'react';
import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import type { Line } from '../../core/line';
import { lineInOriginalUnits } from '../../core/scaling';
import { formatNumber } from '../../format/formatNumber';
import { useNotebook } from '../../store/notebookStore';

function Cell({ testId, value, digits = 10 }: { testId?: string; value: number; digits?: number }) {
  return (
    <td className="number" data-testid={testId} data-value={String(value)} title={String(value)}>
      {formatNumber(value, digits)}
    </td>
  );
}

function GapCell({ value, reference }: { value: number; reference: number }) {
  const tiny = Math.abs(value) <= 4 * Number.EPSILON * Math.max(Math.abs(reference), Number.MIN_VALUE);
  return (
    <td className="number gap" data-value={String(value)} title={String(value)}>
      {tiny ? '0 (to machine precision)' : formatNumber(value, 3)}
    </td>
  );
}

/** Gradient descent at the epoch on screen against the exact least-squares answer, side by side. */
export function ResultsTable() {
  const problem = useNotebook((state) => state.problem);
  const trajectory = useNotebook((state) => state.trajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  const descent = useMemo(() => (trajectory ? lineAtEpoch(trajectory, epoch) : null), [trajectory, epoch]);
  // The run recorded every epoch's loss, so no pass over the data is needed here.
  const descentLoss = trajectory ? trajectory.losses[Math.min(epoch, trajectory.lastEpoch)]! : null;
  if (!problem || !descent || descentLoss === null) return null;
  const original = (line: Line) => lineInOriginalUnits(line, problem.featureScaler, problem.responseScaler);
  const units = problem.scaled ? ' (scaled units)' : '';
  // The heading stays outside the scrolling box: on a phone the table may scroll sideways, but
  // its title is never cut at the screen's edge.
  return (
    <div className="results-panel">
      <p className="results-heading" id="results-heading" data-testid="results-heading">
        Gradient descent against the exact answer{units}
        {trajectory?.method === 'sufficient-statistics' && (
          <span
            className="method-note"
            title="Long runs are computed from a few sums first (agreeing to about 1e−15); when the settings rest, the textbook per-point loop recomputes them exactly."
          >
            {' '}
            · fast sums
          </span>
        )}
      </p>
      <div className="results-wrap" tabIndex={0} role="region" aria-labelledby="results-heading">
        <table
          className="results"
          data-testid="results-table"
          data-method={trajectory?.method}
          aria-labelledby="results-heading"
        >
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">intercept</th>
              <th scope="col">slope</th>
              <th scope="col">MSE</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Gradient descent, epoch {epoch.toLocaleString('en')}</th>
              <Cell testId="gd-intercept" value={descent.intercept} />
              <Cell testId="gd-slope" value={descent.slope} />
              <Cell testId="gd-mse" value={descentLoss} />
            </tr>
            <tr>
              <th scope="row">Least squares (exact)</th>
              <Cell testId="ols-intercept" value={problem.ols.intercept} />
              <Cell testId="ols-slope" value={problem.ols.slope} />
              <Cell testId="ols-mse" value={problem.olsLoss} />
            </tr>
            <tr className="gap-row">
              <th scope="row">Gap (descent − exact)</th>
              <GapCell value={descent.intercept - problem.ols.intercept} reference={problem.ols.intercept} />
              <GapCell value={descent.slope - problem.ols.slope} reference={problem.ols.slope} />
              <GapCell value={descentLoss - problem.olsLoss} reference={problem.olsLoss} />
            </tr>
            {problem.scaled && (
              <>
                <tr className="subhead">
                  <th scope="rowgroup" colSpan={4}>
                    The same lines in original units ({problem.responseName} per {problem.featureName})
                  </th>
                </tr>
                <tr>
                  <th scope="row">Gradient descent</th>
                  <Cell testId="gd-intercept-original" value={original(descent).intercept} digits={6} />
                  <Cell testId="gd-slope-original" value={original(descent).slope} digits={6} />
                  <td />
                </tr>
                <tr>
                  <th scope="row">Least squares</th>
                  <Cell testId="ols-intercept-original" value={original(problem.ols).intercept} digits={6} />
                  <Cell testId="ols-slope-original" value={original(problem.ols).slope} digits={6} />
                  <td />
                </tr>
              </>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
