import { formatNumber, formatPowerOfTen } from '../../format/formatNumber';
import { type DegreeResult, MEASURABLE_CONDITION, SWEEP_EPOCHS } from '../../model/evaluation/degreeSweep';

/** A condition number as text; past what doubles resolve, says so. */
export function conditionText(condition: number | null): string {
  if (condition === null) return `over ${formatPowerOfTen(MEASURABLE_CONDITION, 1)}`;
  return condition < 1e5 ? formatNumber(condition, 3) : formatPowerOfTen(condition, 3);
}

/** Gradient descent against least squares at each degree, with the condition number that explains the gap. */
export function DegreeTable({ results, best }: { results: readonly DegreeResult[]; best: number | null }) {
  // With nothing held out the test column would say so fifteen times; the caption says it once.
  const heldOut = results.some((result) => result.ok && result.testRmse !== null);
  return (
    <div className="held-out-errors degree-table">
      <table data-testid="degree-results">
        <caption>
          At each degree: least squares (QR) on the training{heldOut ? ' and test' : ''} rows, and batch gradient
          descent after {SWEEP_EPOCHS.toLocaleString('en')} epochs on the same training rows.
          {heldOut ? '' : ' Nothing is held out, so there is no test RMSE: hold rows out to see one.'} A condition
          number over {formatPowerOfTen(MEASURABLE_CONDITION, 1)} is beyond what double precision can measure.
        </caption>
        <thead>
          <tr>
            <th scope="col">degree</th>
            <th scope="col">training RMSE</th>
            {heldOut && <th scope="col">test RMSE</th>}
            <th scope="col">condition number κ</th>
            <th scope="col">descent training RMSE</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) =>
            result.ok ? (
              <tr key={result.degree} className={result.degree === best ? 'sweet-spot' : undefined}>
                <th scope="row">
                  {result.degree}
                  {result.degree === best ? ' (lowest test error)' : ''}
                </th>
                <td data-testid={`degree-train-rmse-${result.degree}`} data-value={String(result.trainingRmse)}>
                  {formatNumber(result.trainingRmse, 6)}
                </td>
                {heldOut && (
                  <td
                    data-testid={`degree-test-rmse-${result.degree}`}
                    data-value={result.testRmse === null ? 'none' : String(result.testRmse)}
                  >
                    {result.testRmse === null ? 'none held out' : formatNumber(result.testRmse, 6)}
                  </td>
                )}
                <td
                  data-testid={`degree-condition-${result.degree}`}
                  data-value={
                    result.conditionNumber === null ? 'beyond-double-precision' : String(result.conditionNumber)
                  }
                >
                  {conditionText(result.conditionNumber)}
                </td>
                <td
                  data-testid={`degree-descent-rmse-${result.degree}`}
                  data-value={String(result.descentTrainingRmse)}
                >
                  {formatNumber(result.descentTrainingRmse, 6)}
                </td>
              </tr>
            ) : (
              <tr key={result.degree}>
                <th scope="row">{result.degree}</th>
                <td colSpan={heldOut ? 4 : 3}>refused: {result.reason}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
