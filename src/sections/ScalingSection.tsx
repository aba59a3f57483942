import { useMemo } from 'react';
import { Equation } from '../components/Equation';
import { applyScaler, fitMinMaxScaler } from '../core/scaling';
import { largestStableLearningRate } from '../core/stability';
import { formatNumber } from '../format/formatNumber';
import { useVisibleNotebook } from '../hooks/useWhileVisible';
import { useNotebook } from '../store/notebookStore';
import { PredictionQuestion } from '../widgets/lessons/PredictionQuestion';
import { type LessonProps, Section } from './Section';

/** Lesson: min–max scaling and what it does to the stable learning rate. */
export function ScalingSection({ heading }: LessonProps) {
  // The data's title is read with the problem, so that the two always describe the same data
  // (while the lesson is off screen both keep what it last showed).
  const [ref, { problem, dataSet }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    dataSet: state.dataSet,
  }));
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
  const ranges = useMemo(
    () => (problem ? { feature: extent(problem.rawFeature), response: extent(problem.rawResponse) } : null),
    [problem],
  );
  return (
    <Section heading={heading}>
      <p>
        Columns on different scales make descent hard.{' '}
        {problem && ranges
          ? `In the data on screen (${dataSet.title}), ${problem.featureName} runs from ${formatNumber(ranges.feature[0], 3)} to ${formatNumber(ranges.feature[1], 3)} while ${problem.responseName} runs from ${formatNumber(ranges.response[0], 3)} to ${formatNumber(ranges.response[1], 3)}. `
          : ''}
        When a feature's values are large, the loss valley is a long, narrow trench: steep across, almost flat along. A
        learning rate small enough not to overshoot across the trench crawls along it, so the intercept can take tens of
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

/** The smallest and largest value of a column. */
function extent(values: Float64Array): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return [low, high];
}
