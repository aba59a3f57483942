// biome-ignore-all lint/a11y/noNoninteractiveTabindex: a scrolling region must be a tab stop so keyboard users can scroll it
// biome-ignore-all lint/a11y/useSemanticElements: the scrolling wrapper is a labelled region around a real table
import { memo, useDeferredValue } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { explainModel, explainTerm, formatPValue } from '../../format/summaryExplanations';
import { useRegressionSummary } from '../../hooks/useRegressionSummary';
import { selectActiveRegressionProblem } from '../../store/activeRun';
import { useNotebook } from '../../store/notebookStore';
import { SummaryNumber } from './SummaryNumber';
import './regressionSummary.css';

type SummaryOutcome = Extract<ReturnType<typeof useRegressionSummary>, { ok: true }>;

/** Columns of the coefficient table by test id suffix (the interval's two ends share one column). */
const COLUMNS = ['coef', 'se', 't', 'p'] as const;

/**
 * statsmodels' OLS summary for the least-squares fit of the model on screen (the line or the
 * weight vector) on the rows it was fitted on, in original units: per term the coefficient,
 * standard error, t, P>|t| and the 95 % interval (`summary-<term>-<coef|se|t|p|ci-low|ci-high>`),
 * then R², adjusted R², F and its p-value, the residual standard error, the rows, the degrees of
 * freedom and the condition number, each with its full double in `data-value` and a sentence on
 * hover or focus. Large data are summarised in a worker.
 */
export function RegressionSummaryTable() {
  // Not held while off screen: the summary changes only with the problem (new data or model),
  // never while a slider moves, it is memoised per problem, and large data go to a worker.
  // Deferred: after new data the rest of the page renders and paints first, and the summary (its
  // p-values from the incomplete beta function can take tens of milliseconds) in a render of its own.
  const shownProblem = useDeferredValue(useNotebook(selectActiveRegressionProblem));
  const outcome = useRegressionSummary(shownProblem);
  return (
    <div className="regression-summary" data-testid="regression-summary-panel">
      {shownProblem === null ? (
        <p className="note">Choose data that can be fitted to see its regression summary.</p>
      ) : outcome === null ? (
        <p className="note" role="status">
          Computing the summary of {shownProblem.rowCount.toLocaleString('en')} rows in the background…
        </p>
      ) : !outcome.ok ? (
        <p role="alert" className="summary-message" data-testid="summary-message">
          {outcome.message}
        </p>
      ) : (
        <SummaryTables
          outcome={outcome}
          hasIntercept={shownProblem.kind === 'line' || !shownProblem.choice.throughOrigin}
        />
      )}
    </div>
  );
}

/**
 * Memoised: the urgent render that brings new data re-renders the table's parent with the
 * deferred (old) problem, whose summary is the same object, so the hundred-odd cells are skipped
 * there and rendered once, in the deferred render.
 */
const SummaryTables = memo(function SummaryTables({
  outcome,
  hasIntercept,
}: {
  outcome: SummaryOutcome;
  hasIntercept: boolean;
}) {
  const { summary, responseName, conditionNumber } = outcome;
  const level = `${Math.round(summary.confidenceLevel * 100)} %`;
  const model = explainModel(summary, responseName, hasIntercept, conditionNumber);
  return (
    <>
      <p className="results-heading" id="summary-heading">
        Least squares of {responseName} on {summary.observations.toLocaleString('en')} rows, as statsmodels prints it
      </p>
      <div className="results-wrap" tabIndex={0} role="region" aria-labelledby="summary-heading">
        <table className="results summary-table" data-testid="regression-summary" aria-labelledby="summary-heading">
          <thead>
            <tr>
              <th scope="col">term</th>
              <th scope="col">coefficient</th>
              <th scope="col">std. error</th>
              <th scope="col">t</th>
              <th scope="col">P&gt;|t|</th>
              <th scope="col">{level} interval</th>
            </tr>
          </thead>
          <tbody>
            {summary.terms.map((term) => {
              const words = explainTerm(term, responseName, summary.confidenceLevel);
              const cells = {
                coef: [term.coefficient, formatNumber(term.coefficient, 5), words.coef],
                se: [term.standardError, formatNumber(term.standardError, 4), words.se],
                t: [term.tStatistic, formatNumber(term.tStatistic, 4), words.t],
                p: [term.pValue, formatPValue(term.pValue), words.p],
              } as const;
              return (
                <tr key={term.name}>
                  <th scope="row">{term.name}</th>
                  {COLUMNS.map((column) => (
                    <td key={column} className="number">
                      <SummaryNumber
                        testId={`summary-${term.name}-${column}`}
                        value={cells[column][0]}
                        text={cells[column][1]}
                        explanation={cells[column][2]}
                      />
                    </td>
                  ))}
                  <td className="number summary-interval">
                    <SummaryNumber
                      testId={`summary-${term.name}-ci-low`}
                      value={term.confidenceLow}
                      text={formatNumber(term.confidenceLow, 4)}
                      explanation={words.ci}
                    />
                    <span className="visually-hidden"> to </span>
                    <SummaryNumber
                      testId={`summary-${term.name}-ci-high`}
                      value={term.confidenceHigh}
                      text={formatNumber(term.confidenceHigh, 4)}
                      explanation={words.ci}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <dl className="summary-statistics">
        {statisticsOf(outcome, model).map((statistic) => (
          <div key={statistic.testId}>
            <dt>{statistic.label}</dt>
            <dd>
              <SummaryNumber
                testId={statistic.testId}
                value={statistic.value}
                text={statistic.text}
                explanation={statistic.explanation}
              />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
});

interface ModelStatistic {
  label: string;
  testId: string;
  value: number;
  text: string;
  explanation: string;
}

/** The model-level lines under the coefficient table, in statsmodels' order, each with its words. */
function statisticsOf(
  { summary, conditionNumber }: SummaryOutcome,
  model: ReturnType<typeof explainModel>,
): ModelStatistic[] {
  const shown = (label: string, testId: string, value: number, digits: number, explanation: string) => ({
    label,
    testId,
    value,
    text: formatNumber(value, digits),
    explanation,
  });
  return [
    shown('R²', 'summary-r-squared', summary.rSquared, 6, model.rSquared),
    shown('adjusted R²', 'summary-adj-r-squared', summary.adjustedRSquared, 6, model.adjustedRSquared),
    shown('F', 'summary-f', summary.fStatistic, 6, model.f),
    {
      label: 'P(F)',
      testId: 'summary-f-p',
      value: summary.fPValue,
      text: formatPValue(summary.fPValue),
      explanation: model.fP,
    },
    shown('residual std. error', 'summary-residual-se', summary.residualStandardError, 6, model.residualSe),
    shown('observations', 'summary-observations', summary.observations, 15, model.observations),
    shown(
      'residual degrees of freedom',
      'summary-df-residual',
      summary.residualDegreesOfFreedom,
      15,
      model.residualDegrees,
    ),
    shown('model degrees of freedom', 'summary-df-model', summary.modelDegreesOfFreedom, 15, model.modelDegrees),
    {
      label: 'condition number',
      testId: 'summary-condition-number',
      value: conditionNumber,
      text: Number.isFinite(conditionNumber) ? formatNumber(conditionNumber, 3) : 'beyond doubles',
      explanation: model.conditionNumber,
    },
  ];
}
