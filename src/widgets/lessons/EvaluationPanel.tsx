import { useMemo } from 'react';
import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import { meanSquaredError, rootMeanSquaredError } from '../../core/metrics';
import { lineInOriginalUnits } from '../../core/scaling';
import { formatNumber } from '../../format/formatNumber';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { selectLineTestRows } from '../../store/heldOutSelectors';

/**
 * RMSE of the gradient-descent line (at the epoch on screen) and of the least-squares line,
 * on the training points and on held-out test points, in the response's own units.
 */
export function EvaluationPanel() {
  const [ref, { problem, trajectory, epoch, testSet }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
    testSet: selectLineTestRows(state),
  }));
  const onTest =
    testSet && problem && testSet.featureName === problem.featureName && testSet.responseName === problem.responseName
      ? testSet
      : null;
  // The least-squares line's errors do not change with the epoch: computed once per problem.
  const exact = useMemo(() => {
    if (!problem) return null;
    const line = lineInOriginalUnits(problem.ols, problem.featureScaler, problem.responseScaler);
    return {
      training: rootMeanSquaredError(line, problem.rawFeature, problem.rawResponse),
      test: onTest ? rootMeanSquaredError(line, onTest.feature, onTest.response) : null,
    };
  }, [problem, onTest]);
  // The descent's: one pass over each set an epoch (on a million rows each pass is felt on the scrubber).
  const descent = useMemo(() => {
    if (!problem || !trajectory) return null;
    const line = lineInOriginalUnits(lineAtEpoch(trajectory, epoch), problem.featureScaler, problem.responseScaler);
    return {
      training: meanSquaredError(line, problem.rawFeature, problem.rawResponse),
      test: onTest ? meanSquaredError(line, onTest.feature, onTest.response) : null,
    };
  }, [problem, trajectory, epoch, onTest]);
  const scores =
    exact && descent
      ? {
          // the second lesson's own "RMSE": √(Σ(p−y)²/(2N)), the square root of half the MSE
          source: {
            training: Math.sqrt(descent.training / 2),
            test: descent.test === null ? null : Math.sqrt(descent.test / 2),
          },
          training: { descent: Math.sqrt(descent.training), exact: exact.training },
          test:
            descent.test !== null && exact.test !== null && onTest
              ? { descent: Math.sqrt(descent.test), exact: exact.test, count: onTest.feature.length }
              : null,
        }
      : null;
  if (!scores || !problem) return <div ref={ref} />;
  return (
    <div ref={ref}>
      <table className="evaluation" data-testid="evaluation">
        <caption>Root mean squared error, in {problem.responseName}’s own units</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">training ({problem.rowCount.toLocaleString('en')} points)</th>
            <th scope="col">test{scores.test ? ` (${scores.test.count.toLocaleString('en')} points)` : ''}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Gradient descent, epoch {epoch.toLocaleString('en')}</th>
            <td data-testid="rmse-train-descent" data-value={String(scores.training.descent)}>
              {formatNumber(scores.training.descent, 6)}
            </td>
            <td data-testid="rmse-test-descent" data-value={scores.test ? String(scores.test.descent) : ''}>
              {scores.test ? formatNumber(scores.test.descent, 6) : 'no test set'}
            </td>
          </tr>
          <tr>
            <th scope="row">Gradient descent, the second lesson’s own variant √(Σ(p−y)²/(2N))</th>
            <td data-testid="rmse-train-source" data-value={String(scores.source.training)}>
              {formatNumber(scores.source.training, 6)}
            </td>
            <td
              data-testid="rmse-test-source"
              data-value={scores.source.test === null ? 'none' : String(scores.source.test)}
            >
              {scores.source.test === null ? 'no test set' : formatNumber(scores.source.test, 6)}
            </td>
          </tr>
          <tr>
            <th scope="row">Least squares</th>
            <td data-testid="rmse-train-exact" data-value={String(scores.training.exact)}>
              {formatNumber(scores.training.exact, 6)}
            </td>
            <td data-testid="rmse-test-exact" data-value={scores.test ? String(scores.test.exact) : ''}>
              {scores.test ? formatNumber(scores.test.exact, 6) : 'no test set'}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
