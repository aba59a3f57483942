import { formatNumber } from '../../format/formatNumber';
import type { FitErrors } from '../../model/evaluation/fitErrors';
import { useNotebook } from '../../store/notebookStore';
import { useFitErrors } from './useFitErrors';
import './evaluation.css';

/** A number cell with its full double in `data-value` (or a word when there is no number). */
function ErrorCell({ testId, value }: { testId: string; value: number | null }) {
  return (
    <td data-testid={testId} data-value={value === null ? 'none' : String(value)}>
      {value === null ? 'no test rows' : formatNumber(value, 6)}
    </td>
  );
}

function Rows({ errors, label, suffix }: { errors: FitErrors; label: string; suffix: string }) {
  return (
    <>
      <tr>
        <th scope="row">{label}: RMSE</th>
        <ErrorCell testId={`rmse-train${suffix}`} value={errors.training.rmse} />
        <ErrorCell testId={`rmse-test${suffix}`} value={errors.test?.rmse ?? null} />
      </tr>
      <tr>
        <th scope="row">{label}: MSE</th>
        <ErrorCell testId={`mse-train${suffix}`} value={errors.training.mse} />
        <ErrorCell testId={`mse-test${suffix}`} value={errors.test?.mse ?? null} />
      </tr>
    </>
  );
}

/**
 * MSE and RMSE in the response's own units on the training rows and on the held-out rows, for
 * gradient descent at the epoch on screen (`rmse-train`, `rmse-test`, `mse-train`, `mse-test`)
 * and for least squares (the same ids ending in `-ls`).
 */
export function HeldOutErrors() {
  const errors = useFitErrors();
  const responseName = useNotebook((state) => state.responseName);
  const origin = useNotebook((state) => state.heldOut?.origin ?? null);
  if (!errors) return null;
  const { descent, leastSquares, epoch } = errors;
  return (
    <div className="held-out-errors card" data-testid="held-out-errors">
      <table>
        <caption>
          Errors in {responseName}’s own units
          {origin === 'recipe' ? ' (test rows: the generated test points)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">training ({descent.training.count.toLocaleString('en')} rows)</th>
            <th scope="col">test ({descent.test ? descent.test.count.toLocaleString('en') : 0} rows)</th>
          </tr>
        </thead>
        <tbody>
          <Rows errors={descent} label={`Gradient descent, epoch ${epoch.toLocaleString('en')}`} suffix="" />
          <Rows errors={leastSquares} label="Least squares" suffix="-ls" />
        </tbody>
      </table>
      {!descent.test && (
        <p className="held-out-note">
          Nothing is held out: set a test fraction above to see how the fit does on rows it never saw.
        </p>
      )}
    </div>
  );
}
