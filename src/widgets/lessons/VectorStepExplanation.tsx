// biome-ignore-all lint/suspicious/noArrayIndexKey: the written-out rows and terms have a fixed order and no other identity
import { useDeferredValue, useMemo } from 'react';
import { Equation } from '../../components/Equation';
import { explainLinearStep, type LinearStepExplanation } from '../../core/linearModel/explainLinearStep';
import { parameterVector } from '../../core/linearModel/model';
import { formatNumber } from '../../format/formatNumber';
import { texNumber } from '../../format/texNumber';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import type { ManyFeatureProblem } from '../../model/manyFeatures/manyFeatureProblem';
import { modelAtEpoch } from '../../model/manyFeatures/modelAtEpoch';
import type { NotebookState } from '../../store/notebookState';
import { StepRowsTable } from './StepRowsTable';

const ROWS_SHOWN = 5;
/** Up to this many weights every component is written out as an equation; beyond it, a summary. */
export const TERMS_WRITTEN_OUT = 3;

const t = (value: number) => texNumber(value, 6);
const signed = (value: number) => (value < 0 ? `(${t(value)})` : t(value));

/** A number with its full double in `data-value`, for reading and for tests. */
function Value({ testId, value, digits = 8 }: { testId: string; value: number; digits?: number }) {
  return (
    <strong data-testid={testId} data-value={String(value)}>
      {formatNumber(value, digits)}
    </strong>
  );
}

/** What a written-out step (line or weight vector) shows before its first deferred render: nothing. */
export const NOTHING_SELECTED = {
  problem: null,
  trajectory: null,
  epoch: 0,
  learningRate: 0,
  flavourKind: 'batch',
  optimiserKind: 'plain',
} as const;

/**
 * The weight-vector form of the written-out step: the batch update
 * `w ← w − η·(2/N)·Xᵀ(Xw + b − y)` from the model at the epoch on screen, with its real numbers
 * (every gradient component and new weight for up to {@link TERMS_WRITTEN_OUT} terms, a summary
 * and a table beyond that). Term names are the student's column names, so they appear in the
 * prose and tables only; the equations call the weights w₁, w₂, ….
 */
export function VectorStepExplanation() {
  const [ref, selected] = useVisibleNotebook((state) => ({
    problem: state.manyProblem,
    trajectory: state.manyTrajectory,
    epoch: state.currentEpoch,
    learningRate: state.learningRate,
    flavourKind: state.flavourKind,
    optimiserKind: state.optimiserKind,
  }));
  // A new model re-renders a dozen typeset equations (a few milliseconds each on a loaded machine):
  // deferred, React renders them after the rest of the page, yielding between them, so the task
  // that shows the new model stays short.
  // Deferred from the first render too (nothing shown until then): ticking a second feature mounts it.
  const { problem, trajectory, epoch, learningRate, flavourKind, optimiserKind } = useDeferredValue(
    selected,
    NOTHING_SELECTED,
  );
  const step = useMemo(() => {
    if (!problem || !trajectory) return null;
    const model = modelAtEpoch(trajectory, epoch, problem.working.fitIntercept);
    return explainLinearStep({
      problem: problem.working,
      parameters: parameterVector(model),
      learningRate,
      rowsShown: ROWS_SHOWN,
      // where the run itself read its loss and gradient from the statistics (large data), so does
      // the step: O(p²) instead of two passes over every row in this render, and the run's own numbers
      statistics: trajectory.method === 'gram-statistics' ? problem.statistics : undefined,
    });
  }, [problem, trajectory, epoch, learningRate]);
  if (!problem || !trajectory || !step) return <div ref={ref} />;
  const shown = Math.min(epoch, trajectory.lastEpoch);
  return (
    <div ref={ref} className="step-explanation" data-testid="step-explanation" data-form="vector">
      <FlavourNote epoch={shown} flavourKind={flavourKind} optimiserKind={optimiserKind} />
      <Equation
        display
        tex={String.raw`\mathbf{w} \leftarrow \mathbf{w} - \eta\cdot\tfrac{2}{N}\,X^{\top}(X\mathbf{w}+b-\mathbf{y})`}
      />
      {problem.working.fitIntercept && (
        <Equation display tex={String.raw`b \leftarrow b - \eta\cdot\tfrac{2}{N}\textstyle\sum_i (p_i-y_i)`} />
      )}
      <StepBody problem={problem} step={step} epoch={shown} learningRate={learningRate} />
    </div>
  );
}

function FlavourNote({
  epoch,
  flavourKind,
  optimiserKind,
}: {
  epoch: number;
  flavourKind: NotebookState['flavourKind'];
  optimiserKind: NotebookState['optimiserKind'];
}) {
  if (flavourKind === 'batch' && optimiserKind === 'plain') return null;
  const flavour = flavourKind === 'batch' ? '' : `${flavourKind} updates`;
  const optimiser = optimiserKind === 'plain' ? '' : optimiserKind;
  return (
    <p className="note">
      This is the plain batch step from the model at epoch {epoch.toLocaleString('en')}; the run on screen uses{' '}
      {[flavour, optimiser].filter(Boolean).join(' with ')}, which applies the same arithmetic to each batch and then
      adjusts the step.
    </p>
  );
}

interface BodyProps {
  problem: ManyFeatureProblem;
  step: LinearStepExplanation;
  epoch: number;
  learningRate: number;
}

function StepBody({ problem, step, epoch, learningRate }: BodyProps) {
  const names = problem.termNames;
  const hasIntercept = problem.working.fitIntercept;
  const n = step.count;
  const units = problem.scaled ? ' Every number is in scaled units, as gradient descent sees the columns.' : '';
  const symbols = names.map((name, j) => `w${subscript(j + 1)} for ${name}`).join(', ');
  return (
    <>
      <p>
        1. Predict with the model at epoch {epoch.toLocaleString('en')}
        {hasIntercept ? <> (intercept {formatNumber(step.start[0]!, 6)})</> : null} and take each row&apos;s error p −
        y. The weights are {symbols}.{units} The first {Math.min(ROWS_SHOWN, n)} of {n.toLocaleString('en')} rows:
      </p>
      <StepRowsTable
        headings={[
          ...names.slice(0, TERMS_WRITTEN_OUT),
          ...(names.length > TERMS_WRITTEN_OUT ? ['…'] : []),
          'y',
          'prediction p',
          'error p − y',
        ]}
        rows={Array.from(step.errors, (error, i) => [
          ...problem.working.features.slice(0, TERMS_WRITTEN_OUT).map((feature) => feature.values[i]!),
          ...(names.length > TERMS_WRITTEN_OUT ? [null] : []),
          problem.working.response[i]!,
          step.predictions[i]!,
          error,
        ])}
      />
      {names.length <= TERMS_WRITTEN_OUT ? (
        <WrittenOut problem={problem} step={step} learningRate={learningRate} />
      ) : (
        <Summary problem={problem} step={step} learningRate={learningRate} />
      )}
      <p>
        {names.length <= TERMS_WRITTEN_OUT ? '4' : '3'}. The loss goes from{' '}
        <Value testId="step-loss-before" value={step.lossBefore} /> to{' '}
        <Value testId="step-loss-after" value={step.lossAfter} />.
        {epoch === 0 && step.lossAfter > step.lossBefore
          ? ' It rose: this learning rate overshoots along the steepest direction.'
          : ''}
      </p>
    </>
  );
}

function WrittenOut({ problem, step, learningRate }: Omit<BodyProps, 'epoch'>) {
  const n = step.count;
  const hasIntercept = problem.working.fitIntercept;
  const rate = texNumber(learningRate);
  // Σ xᵢⱼ(pᵢ − yᵢ) read back from the component: g·N/2 (one rounding away from the kernel's sum).
  const sumOf = (j: number) => (step.gradient[j]! * n) / 2;
  return (
    <>
      <p>2. Each component of the gradient is 2/N times a sum over all {n.toLocaleString('en')} rows:</p>
      {hasIntercept && (
        <Equation
          display
          tex={String.raw`\frac{\partial\,\text{MSE}}{\partial b} = \frac{2}{${n}}\sum_i (p_i-y_i) = \frac{2}{${n}}\cdot ${signed(sumOf(0))} = ${t(step.gradient[0]!)}`}
        />
      )}
      {problem.termNames.map((_, j) => (
        <Equation
          key={j}
          display
          tex={String.raw`\frac{\partial\,\text{MSE}}{\partial w_{${j + 1}}} = \frac{2}{${n}}\sum_i x_{i${j + 1}}(p_i-y_i) = \frac{2}{${n}}\cdot ${signed(sumOf(j + 1))} = ${t(step.gradient[j + 1]!)}`}
        />
      ))}
      <p>3. Step every parameter against its own component, with learning rate {formatNumber(learningRate, 6)}:</p>
      {hasIntercept && (
        <Equation
          display
          tex={String.raw`b = ${t(step.start[0]!)} - ${rate}\cdot ${signed(step.gradient[0]!)} = ${t(step.next[0]!)}`}
        />
      )}
      {problem.termNames.map((_, j) => (
        <Equation
          key={j}
          display
          tex={String.raw`w_{${j + 1}} = ${t(step.start[j + 1]!)} - ${rate}\cdot ${signed(step.gradient[j + 1]!)} = ${t(step.next[j + 1]!)}`}
        />
      ))}
      <ComponentTable problem={problem} step={step} caption="The same numbers to full precision" />
    </>
  );
}

function Summary({ problem, step, learningRate }: Omit<BodyProps, 'epoch'>) {
  const largest = step.largestComponent;
  const largestName = largest === 0 ? 'the intercept' : `the weight of ${problem.termNames[largest - 1]}`;
  return (
    <>
      <p>
        2. With {problem.termNames.length} weights the gradient has {step.gradient.length} components, too many to write
        out one by one. Its length is ‖∇‖ = <Value testId="step-gradient-norm" value={step.gradientNorm} />; the largest
        component, for {largestName}, is{' '}
        <strong
          data-testid="step-largest-component"
          data-value={String(step.gradient[largest])}
          data-term={largest === 0 ? 'intercept' : problem.termNames[largest - 1]}
        >
          {formatNumber(step.gradient[largest]!, 8)}
        </strong>
        .
      </p>
      <p>
        Every parameter moves against its own component, so the whole step has length {formatNumber(learningRate, 6)} ×
        ‖∇‖ = {formatNumber(learningRate * step.gradientNorm, 6)}. To first order the loss should change by −η‖∇‖² ={' '}
        {formatNumber(step.predictedChange, 6)}; it changes by {formatNumber(step.lossAfter - step.lossBefore, 6)}.
      </p>
      <details className="step-components">
        <summary>Every component of the step</summary>
        <ComponentTable
          problem={problem}
          step={step}
          caption="Each parameter before the step, its gradient component and after"
        />
      </details>
    </>
  );
}

function ComponentTable({
  problem,
  step,
  caption,
}: {
  problem: ManyFeatureProblem;
  step: LinearStepExplanation;
  caption: string;
}) {
  const rows = [
    ...(problem.working.fitIntercept ? [{ name: 'intercept', key: 'intercept', index: 0 }] : []),
    ...problem.termNames.map((name, j) => ({ name, key: `weight-${name}`, index: j + 1 })),
  ];
  return (
    <div className="step-rows-wrap">
      <table className="step-rows">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">parameter</th>
            <th scope="col">now</th>
            <th scope="col">gradient component</th>
            <th scope="col">after the step</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td data-testid={`step-start-${row.key}`} data-value={String(step.start[row.index])}>
                {formatNumber(step.start[row.index]!, 10)}
              </td>
              <td data-testid={`step-gradient-${row.key}`} data-value={String(step.gradient[row.index])}>
                {formatNumber(step.gradient[row.index]!, 10)}
              </td>
              <td data-testid={`step-next-${row.key}`} data-value={String(step.next[row.index])}>
                {formatNumber(step.next[row.index]!, 10)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A whole number in subscript digits: 12 → ₁₂. */
function subscript(value: number): string {
  return String(value).replace(/\d/g, (digit) => SUBSCRIPTS[Number(digit)]!);
}
