import { useMemo, useState } from 'react';
import { Equation } from '../components/Equation';
import { formatNumber } from '../format/formatNumber';
import { useVisibleNotebook } from '../hooks/useWhileVisible';
import { selectableColumns } from '../model/dataSet';
import { type CostTimings, measureCosts } from '../model/manyFeatures/costTimings';
import { scalingEffect } from '../model/manyFeatures/scalingEffect';
import { useNotebook } from '../store/notebookStore';
import { type LessonProps, Section } from './Section';

/** At most this many columns are ticked by the lesson's button. */
const FEATURES_TICKED_BY_BUTTON = 10;

/** Lesson: the weight vector, why scaling matters more with several features, and what each method costs. */
export function ManyFeaturesSection({ heading }: LessonProps) {
  const [ref, { problem }] = useVisibleNotebook((state) => ({ problem: state.manyProblem }));
  const dataSet = useNotebook((state) => state.dataSet);
  const featureName = useNotebook((state) => state.featureName);
  const responseName = useNotebook((state) => state.responseName);
  const applySettings = useNotebook((state) => state.applySettings);
  const runEpochs = useNotebook((state) => state.manyTrajectory?.lastEpoch ?? 0);
  const others = selectableColumns(dataSet)
    .map((column) => column.name)
    .filter((name) => name !== featureName && name !== responseName)
    .slice(0, FEATURES_TICKED_BY_BUTTON - 1);
  const effect = useMemo(() => (problem ? scalingEffect(problem) : null), [problem]);
  const [timings, setTimings] = useState<{ problem: unknown; costs: CostTimings } | null>(null);
  const costs = timings && timings.problem === problem ? timings.costs : null;
  return (
    <Section heading={heading}>
      <p>
        Real responses rarely hang on one number. Sales depend on the TV budget, the radio budget and the newspaper
        budget together, so the model gives each feature its own weight:
      </p>
      <Equation
        display
        tex={String.raw`\hat y = b + w_1 x_1 + w_2 x_2 + \dots + w_p x_p = b + \mathbf{w}\cdot\mathbf{x}`}
      />
      <p>
        Nothing else about descent changes. The gradient of the mean squared error is one number per weight, each the
        average of a feature times the errors, and one step moves every weight at once:
      </p>
      <Equation
        display
        tex={String.raw`\mathbf{w} \leftarrow \mathbf{w} - \eta\cdot\frac{2}{N}\,X^{\mathsf T}(X\mathbf{w} + b - \mathbf{y}),\qquad b \leftarrow b - \eta\cdot\frac{2}{N}\sum_i (\hat y_i - y_i)`}
      />
      <p>
        The exact answer still exists, but no longer as a two-line formula: it needs a matrix factorisation. Downhill
        uses a QR factorisation of the centred columns (Householder reflections), never the textbook normal equations
        XᵀX·w = Xᵀy, which square the conditioning of the problem and can lose every digit of the answer.
      </p>
      {problem ? null : (
        <p>
          <button type="button" disabled={others.length === 0} onClick={() => applySettings({ extraFeatures: others })}>
            {others.length === 0
              ? 'These data have no other numeric column to add'
              : `Add ${others.join(', ')} as features`}
          </button>
        </p>
      )}
      <h3 ref={ref}>Scaling matters even more</h3>
      <p>
        Each feature adds its own direction to the loss valley. When one column is in the hundreds and another in the
        tens, the valley is steep along one and nearly flat along the other. The learning rate has to suit the steepest
        direction (below 2/λmax) while the flattest one crawls; the ratio λmax/λmin, the condition number of the
        Hessian, says roughly how many times more epochs the slowest weight needs.
      </p>
      {problem && effect && (
        <p className="live-readout" data-testid="many-features-scaling">
          With {problem.termNames.join(', ')} as they are, the condition number is{' '}
          {formatNumber(effect.rawConditionNumber, 3)} and steps must stay below {formatNumber(effect.rawStableRate, 3)}
          ; after scaling each column it is {formatNumber(effect.scaledConditionNumber, 3)}, with steps up to{' '}
          {formatNumber(effect.scaledStableRate, 3)}.
        </p>
      )}
      <h3>What each method costs</h3>
      <p>
        One epoch of gradient descent reads every row once and does p multiplications per row: its cost grows like N·p.
        A QR factorisation does about p multiplications for every entry of the design for each of its p columns: N·p².
        With a handful of features QR is cheap and exact; with thousands of features, or data too big to hold at once, a
        few hundred epochs of descent cost less than one factorisation, which is why large models are trained this way.
      </p>
      {problem && (
        <div className="live-readout">
          <button
            type="button"
            data-testid="measure-costs"
            onClick={() => setTimings({ problem, costs: measureCosts(problem, () => performance.now()) })}
          >
            Time both on the data on screen
          </button>
          {costs && (
            <p data-testid="cost-timings">
              On {costs.rows.toLocaleString('en')} rows and {costs.terms} terms: one epoch took{' '}
              <span data-value={String(costs.epochMilliseconds)}>{formatMilliseconds(costs.epochMilliseconds)}</span>,
              one QR fit{' '}
              <span data-value={String(costs.leastSquaresMilliseconds)}>
                {formatMilliseconds(costs.leastSquaresMilliseconds)}
              </span>{' '}
              (medians of seven runs each), so one exact fit costs about {formatNumber(costs.epochsPerFit, 2)} epochs.
              The run on screen took {runEpochs.toLocaleString('en')} epochs.
            </p>
          )}
        </div>
      )}
    </Section>
  );
}

function formatMilliseconds(milliseconds: number): string {
  return milliseconds < 1 ? `${formatNumber(milliseconds * 1000, 3)} µs` : `${formatNumber(milliseconds, 3)} ms`;
}
