import { useMemo } from 'react';
import { Equation } from '../components/Equation';
import { applyScaler, fitMinMaxScaler } from '../core/scaling';
import { largestStableLearningRate } from '../core/stability';
import { formatNumber } from '../format/formatNumber';
import { useVisibleNotebook } from '../hooks/useWhileVisible';
import { useNotebook } from '../store/notebookStore';
import { PredictionQuestion } from '../widgets/lessons/PredictionQuestion';
import { Section } from './Section';

/** Lesson 6: min–max scaling and what it does to the stable learning rate. */
export function ScalingSection() {
  const [ref, { problem }] = useVisibleNotebook((state) => ({ problem: state.problem }));
  const scaling = useNotebook((state) => state.scaling);
  const setScaling = useNotebook((state) => state.setScaling);
  const stableRates = useMemo(() => {
    if (!problem) return null;
    const raw = problem.rawFeature;
    return {
      raw: largestStableLearningRate(raw),
      scaled: largestStableLearningRate(problem.scaled ? problem.feature : applyScaler(fitMinMaxScaler(raw), raw)),
    };
  }, [problem]);
  return (
    <Section id="scaling" number={8} title="Why scale the data first">
      <p>
        Columns on different scales make descent hard. In the Advertising data TV budgets run up to about 300 while
        sales stay under 30. On such scales the loss valley is a long, narrow trench: steep across, almost flat along. A
        learning rate small enough not to overshoot across the trench crawls along it, so the intercept takes tens of
        thousands of epochs to settle. Min–max scaling maps each column onto [0, 1] first:
      </p>
      <Equation display tex={String.raw`x' = \frac{x - \min x}{\max x - \min x}`} />
      <p ref={ref}>
        The fit then happens in scaled units, and the results table converts the line back into the original ones, so
        nothing is lost.
      </p>
      {problem && stableRates && (
        <p className="live-readout">
          Largest stable learning rate with {problem.featureName} as it is: {formatNumber(stableRates.raw, 3)}; after
          scaling: {formatNumber(stableRates.scaled, 3)}. Scaling lets the steps be{' '}
          {formatNumber(stableRates.scaled / stableRates.raw, 2)} times longer.
        </p>
      )}
      <PredictionQuestion id="scaling-switch" />
      <button type="button" onClick={() => setScaling(!scaling)}>
        {scaling ? 'Switch scaling off and see' : 'Switch scaling back on'}
      </button>
    </Section>
  );
}
