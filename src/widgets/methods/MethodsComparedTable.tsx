// biome-ignore-all lint/a11y/noNoninteractiveTabindex: a scrolling region must be a tab stop so keyboard users can scroll it
// biome-ignore-all lint/a11y/useSemanticElements: the scrolling wrapper is a labelled region around a real table
import { useState } from 'react';
import { callWorker } from '../../adapters/worker/callWorker';
import { formatNumber } from '../../format/formatNumber';
import { type MethodRow, methodsInputOf } from '../../model/methodsCompared/compareMethods';
import { selectActiveRegressionProblem } from '../../store/activeRun';
import { useNotebook } from '../../store/notebookStore';
import type { CompareMethodsApi } from '../../workers/compareMethods.worker';
import './methodsCompared.css';

type Result =
  | { readonly state: 'running'; readonly problem: unknown }
  | { readonly state: 'done'; readonly problem: unknown; readonly rows: MethodRow[]; readonly settings: string }
  | { readonly state: 'failed'; readonly problem: unknown; readonly message: string };

function NumberCell({ testId, value, digits }: { testId?: string; value: number; digits: number }) {
  return (
    <td className="number" data-testid={testId} data-value={String(value)} title={String(value)}>
      {formatNumber(value, digits)}
    </td>
  );
}

/**
 * The libraries lesson's live table: every method (closed form for one feature, QR, the normal
 * equations, batch, mini-batch and stochastic descent, momentum, Adam) on the data on screen,
 * with the page's learning rate and epoch budget, computed in a worker when asked. Each row:
 * the coefficients (in the units descent works in), the MSE, the largest gap to QR, the digits
 * that agree with QR, the epochs and the time in this browser (`method-<id>-…` test ids).
 */
export function MethodsComparedTable() {
  const problem = useNotebook(selectActiveRegressionProblem);
  const [result, setResult] = useState<Result | null>(null);
  const current = result && result.problem === problem ? result : null;
  const names = problem
    ? problem.kind === 'many'
      ? [...(problem.working.fitIntercept ? ['intercept'] : []), ...problem.termNames]
      : ['intercept', problem.featureName]
    : [];

  const run = () => {
    if (!problem) return;
    // the settings as they are when asked, read here so that a slider drag does not re-render the table
    const { learningRate, epochBudget: epochs, batchSize, shuffleSeed: seed } = useNotebook.getState();
    const input = methodsInputOf(problem, { learningRate, epochs, batchSize, seed });
    const settings = `learning rate ${formatNumber(learningRate, 4)}, ${epochs.toLocaleString('en')} epochs, batches of ${batchSize}, seed ${seed}`;
    setResult({ state: 'running', problem });
    const call = callWorker<CompareMethodsApi, MethodRow[]>(
      () => new Worker(new URL('../../workers/compareMethods.worker.ts', import.meta.url), { type: 'module' }),
      (api) => api.compare(input),
    );
    call.promise.then(
      (rows) => setResult({ state: 'done', problem, rows, settings }),
      (error: unknown) =>
        setResult({
          state: 'failed',
          problem,
          message: `The methods could not be run (${error instanceof Error ? error.message : String(error)}).`,
        }),
    );
  };

  return (
    <div className="methods-compared" data-testid="methods-compared">
      <p>
        <button
          type="button"
          onClick={run}
          disabled={!problem || current?.state === 'running'}
          data-testid="run-methods"
        >
          Run every method on the data on screen
        </button>{' '}
        {current?.state === 'running' && (
          <span role="status">Running {problem?.rowCount.toLocaleString('en')} rows through eight methods…</span>
        )}
      </p>
      {current?.state === 'failed' && <p role="alert">{current.message}</p>}
      {current?.state === 'done' && (
        <>
          <p className="results-heading" id="methods-heading">
            What each method found on the data on screen ({current.settings}; descent from zero
            {problem?.scaled ? ', scaled units' : ''})
          </p>
          <div className="results-wrap" tabIndex={0} role="region" aria-labelledby="methods-heading">
            <table className="results methods-table" data-testid="methods-table" aria-labelledby="methods-heading">
              <thead>
                <tr>
                  <th scope="col">method</th>
                  {names.map((name) => (
                    <th scope="col" key={name}>
                      {name}
                    </th>
                  ))}
                  <th scope="col">MSE</th>
                </tr>
              </thead>
              <tbody>
                {current.rows.map((row) => (
                  <tr key={row.id} data-testid={`method-${row.id}`}>
                    <th scope="row">{row.label}</th>
                    {row.failure ? (
                      <td colSpan={names.length + 1} data-testid={`method-${row.id}-failure`}>
                        {row.failure}
                      </td>
                    ) : (
                      <>
                        {row.coefficients.map((value, k) => (
                          <NumberCell key={names[k]} testId={`method-${row.id}-${names[k]}`} value={value} digits={6} />
                        ))}
                        <NumberCell testId={`method-${row.id}-mse`} value={row.mse!} digits={6} />
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="results-heading" id="methods-cost-heading">
            How close each one came to QR, and what it cost
          </p>
          <div className="results-wrap" tabIndex={0} role="region" aria-labelledby="methods-cost-heading">
            <table
              className="results methods-table"
              data-testid="methods-cost-table"
              aria-labelledby="methods-cost-heading"
            >
              <thead>
                <tr>
                  <th scope="col">method</th>
                  <th scope="col" title="The largest difference from QR's coefficients">
                    gap to QR
                  </th>
                  <th scope="col" title="Significant digits that agree with QR">
                    digits like QR
                  </th>
                  <th scope="col">epochs</th>
                  <th scope="col">time (ms)</th>
                </tr>
              </thead>
              <tbody>
                {current.rows.map((row) => (
                  <tr key={row.id} data-testid={`method-${row.id}-cost`}>
                    <th scope="row">{row.label}</th>
                    {row.failure ? (
                      <td colSpan={2}>no coefficients</td>
                    ) : (
                      <>
                        <NumberCell testId={`method-${row.id}-gap`} value={row.gapToQr!} digits={2} />
                        <NumberCell testId={`method-${row.id}-digits`} value={row.digitsAgreeing!} digits={3} />
                      </>
                    )}
                    {row.epochs === null ? (
                      <td className="number">—</td>
                    ) : (
                      <NumberCell testId={`method-${row.id}-epochs`} value={row.epochs} digits={15} />
                    )}
                    <NumberCell testId={`method-${row.id}-time`} value={row.milliseconds} digits={3} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
