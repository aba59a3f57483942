// biome-ignore-all lint/a11y/noNoninteractiveTabindex: a scrolling region must be a tab stop so keyboard users can scroll it
// biome-ignore-all lint/a11y/useSemanticElements: the scrolling wrapper is a labelled region around a real table
import { useMemo } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { modelAtEpoch } from '../../model/manyFeatures/modelAtEpoch';
import { modelInOriginalUnits } from '../../model/manyFeatures/modelUnits';
import { useNotebook } from '../../store/notebookStore';

function Cell({ testId, value, digits = 10 }: { testId?: string; value: number; digits?: number }) {
  return (
    <td className="number" data-testid={testId} data-value={String(value)} title={String(value)}>
      {formatNumber(value, digits)}
    </td>
  );
}

/**
 * Every coefficient of the weight-vector model: gradient descent at the epoch on screen beside
 * least squares by QR, in working units and (when scaled) in original units, one row per term.
 */
export function WeightsTable() {
  const problem = useNotebook((state) => state.manyProblem);
  const trajectory = useNotebook((state) => state.manyTrajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  const hasIntercept = !(problem?.choice.throughOrigin ?? false);
  const descent = useMemo(
    () => (trajectory ? modelAtEpoch(trajectory, epoch, hasIntercept) : null),
    [trajectory, epoch, hasIntercept],
  );
  if (!problem || !trajectory || !descent) return null;
  const shown = Math.min(epoch, trajectory.lastEpoch);
  const descentOriginal = modelInOriginalUnits(descent, problem.termScalers, problem.responseScaler);
  const exact = problem.olsModel;
  const exactOriginal = problem.leastSquares.model;
  const rows: { name: string; key: string; gd: number; ols: number; gdOriginal: number; olsOriginal: number }[] = [];
  if (hasIntercept)
    rows.push({
      name: 'intercept',
      key: 'intercept',
      gd: descent.intercept,
      ols: exact.intercept,
      gdOriginal: descentOriginal.intercept,
      olsOriginal: exactOriginal.intercept,
    });
  problem.termNames.forEach((name, j) => {
    rows.push({
      name,
      key: `weight-${name}`,
      gd: descent.weights[j]!,
      ols: exact.weights[j]!,
      gdOriginal: descentOriginal.weights[j]!,
      olsOriginal: exactOriginal.weights[j]!,
    });
  });
  const { leastSquares } = problem;
  const units = problem.scaled ? ' (scaled units)' : '';
  return (
    <div className="results-panel">
      <p className="results-heading" id="weights-heading" data-testid="results-heading">
        Every coefficient: gradient descent against least squares{units}
      </p>
      <div className="results-wrap" tabIndex={0} role="region" aria-labelledby="weights-heading">
        <table className="results weights" data-testid="weights-table" aria-labelledby="weights-heading">
          <thead>
            <tr>
              <th scope="col">term</th>
              <th scope="col">Gradient descent, epoch {shown.toLocaleString('en')}</th>
              <th scope="col">Least squares (QR)</th>
              <th scope="col">Gap</th>
              {problem.scaled && <th scope="col">Descent, original units</th>}
              {problem.scaled && <th scope="col">Least squares, original units</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <Cell testId={`gd-${row.key}`} value={row.gd} />
                <Cell testId={`ols-${row.key}`} value={row.ols} />
                <Cell value={row.gd - row.ols} digits={3} />
                {problem.scaled && <Cell testId={`gd-${row.key}-original`} value={row.gdOriginal} digits={6} />}
                {problem.scaled && <Cell testId={`ols-${row.key}-original`} value={row.olsOriginal} digits={6} />}
              </tr>
            ))}
            <tr className="gap-row">
              <th scope="row">MSE</th>
              <Cell testId="gd-mse" value={trajectory.losses[shown]!} />
              <Cell testId="ols-mse" value={problem.olsLoss} />
              <Cell value={trajectory.losses[shown]! - problem.olsLoss} digits={3} />
              {problem.scaled && <td />}
              {problem.scaled && <td />}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="method-note" data-testid="qr-summary">
        Least squares by Householder QR of the centred, column-scaled design
        {leastSquares.method === 'refined' ? ', refined in double-double arithmetic' : ''}: rank {leastSquares.rank} of{' '}
        {leastSquares.rank}, condition number{' '}
        <span data-testid="qr-condition" data-value={String(leastSquares.conditionNumber)}>
          {formatNumber(leastSquares.conditionNumber, 3)}
        </span>
        , about {Math.floor(leastSquares.trustworthyDigits)} correct digits; R²{' '}
        <span data-testid="ols-r-squared" data-value={String(leastSquares.rSquared)}>
          {formatNumber(leastSquares.rSquared, 6)}
        </span>
        {problem.choice.throughOrigin ? ' (about zero, as for a model through the origin)' : ''}. The Hessian&apos;s
        condition number is {formatNumber(problem.spectrum.conditionNumber, 3)}: the slowest direction of gradient
        descent shrinks that many times slower than the fastest.
      </p>
    </div>
  );
}
