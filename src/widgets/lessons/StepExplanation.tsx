// biome-ignore-all lint/suspicious/noArrayIndexKey: the written-out lines have a fixed order and no other identity
import { useDeferredValue, useMemo } from 'react';
import { Equation } from '../../components/Equation';
import { explainBatchStep } from '../../core/gradientDescent/explainBatchStep';
import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import { formatNumber } from '../../format/formatNumber';
import { texNumber } from '../../format/texNumber';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { selectIsManyFeatureModel } from '../../store/activeRun';
import type { NotebookState } from '../../store/notebookState';
import { useNotebook } from '../../store/notebookStore';
import { StepRowsTable } from './StepRowsTable';
import { NOTHING_SELECTED, VectorStepExplanation } from './VectorStepExplanation';

const ROWS_SHOWN = 5;

/**
 * The arithmetic of one batch step from the epoch on screen, with its real numbers: for the
 * line, intercept and slope; with several features, the weight vector's update.
 */
export function StepExplanation() {
  const many = useNotebook(selectIsManyFeatureModel);
  return many ? <VectorStepExplanation /> : <LineStepExplanation />;
}

function LineStepExplanation() {
  const [ref, selected] = useVisibleNotebook((state) => ({
    problem: state.problem,
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
    learningRate: state.learningRate,
    flavourKind: state.flavourKind,
    optimiserKind: state.optimiserKind,
  }));
  // The step walks every row (three passes, ~20 ms on a million rows). When the problem changes
  // (new data, the last extra feature unticked, which also mounts this), React renders it in a
  // deferred render it splits from the rest of the page; a new epoch or rate of the same problem
  // is written out at once, as before.
  const deferred = useDeferredValue<typeof selected | typeof NOTHING_SELECTED>(selected, NOTHING_SELECTED);
  const { problem, trajectory, epoch, learningRate, flavourKind, optimiserKind } =
    deferred.problem === selected.problem ? selected : deferred;
  const body = useMemo(
    () => renderStep(problem, trajectory, epoch, learningRate, flavourKind, optimiserKind),
    [problem, trajectory, epoch, learningRate, flavourKind, optimiserKind],
  );
  return <div ref={ref}>{body}</div>;
}

function renderStep(
  problem: NotebookState['problem'],
  trajectory: NotebookState['trajectory'],
  epoch: number,
  learningRate: number,
  flavourKind: NotebookState['flavourKind'],
  optimiserKind: NotebookState['optimiserKind'],
) {
  const step =
    problem && trajectory
      ? explainBatchStep({
          feature: problem.feature,
          response: problem.response,
          line: lineAtEpoch(trajectory, epoch),
          learningRate,
          rowsShown: ROWS_SHOWN,
        })
      : null;
  if (!problem || !step) return null;
  const line = lineAtEpoch(trajectory!, epoch);
  const n = step.count;
  const t = (value: number) => texNumber(value, 6);
  const signed = (value: number) => (value < 0 ? `(${t(value)})` : t(value));
  return (
    <div className="step-explanation" data-testid="step-explanation">
      {(flavourKind !== 'batch' || optimiserKind !== 'plain') && (
        <p className="note">
          This is the plain batch step from the line at epoch {epoch}; the run on screen uses{' '}
          {flavourKind === 'batch' ? '' : `${flavourKind} updates`}
          {flavourKind !== 'batch' && optimiserKind !== 'plain' ? ' with ' : ''}
          {optimiserKind !== 'plain' ? optimiserKind : ''}, which applies the same arithmetic to each batch and then
          adjusts the step.
        </p>
      )}
      <p>
        1. Predict with the line at epoch {epoch.toLocaleString('en')} (intercept {formatNumber(line.intercept, 6)},
        slope {formatNumber(line.slope, 6)}) and take the residuals. The first {Math.min(ROWS_SHOWN, n)} of{' '}
        {n.toLocaleString('en')} points:
      </p>
      <StepRowsTable
        headings={['x', 'y', 'prediction p', 'residual y − p']}
        rows={step.predictions.map((prediction, i) => [
          problem.feature[i]!,
          problem.response[i]!,
          prediction,
          step.residuals[i]!,
        ])}
      />
      <p>2. Add up over all {n.toLocaleString('en')} points and form the gradient:</p>
      <Equation display tex={String.raw`\sum_i (y_i-p_i) = ${t(step.sumResiduals)}`} />
      <Equation display tex={String.raw`\sum_i x_i (y_i-p_i) = ${t(step.sumFeatureTimesResidual)}`} />
      <Equation
        display
        tex={String.raw`\frac{\partial\,\text{MSE}}{\partial\,\text{intercept}} = -\frac{2}{${n}}\cdot ${signed(step.sumResiduals)} = ${t(step.gradient.intercept)}`}
      />
      <Equation
        display
        tex={String.raw`\frac{\partial\,\text{MSE}}{\partial\,\text{slope}} = -\frac{2}{${n}}\cdot ${signed(step.sumFeatureTimesResidual)} = ${t(step.gradient.slope)}`}
      />
      <p>3. Step against the gradient with learning rate {texNumber(learningRate)}:</p>
      <Equation
        display
        tex={String.raw`\text{intercept} = ${t(line.intercept)} - ${texNumber(learningRate)}\cdot ${signed(step.gradient.intercept)} = ${t(step.next.intercept)}`}
      />
      <Equation
        display
        tex={String.raw`\text{slope} = ${t(line.slope)} - ${texNumber(learningRate)}\cdot ${signed(step.gradient.slope)} = ${t(step.next.slope)}`}
      />
      <p>
        4. The loss goes from{' '}
        <strong data-testid="step-loss-before" data-value={String(step.lossBefore)}>
          {formatNumber(step.lossBefore, 8)}
        </strong>{' '}
        to{' '}
        <strong data-testid="step-loss-after" data-value={String(step.lossAfter)}>
          {formatNumber(step.lossAfter, 8)}
        </strong>
        ; the new line is intercept{' '}
        <strong data-testid="step-next-intercept" data-value={String(step.next.intercept)}>
          {formatNumber(step.next.intercept, 8)}
        </strong>
        , slope{' '}
        <strong data-testid="step-next-slope" data-value={String(step.next.slope)}>
          {formatNumber(step.next.slope, 8)}
        </strong>
        .
      </p>
    </div>
  );
}
