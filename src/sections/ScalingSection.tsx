import { useMemo } from 'react';
import { Equation } from '../components/Equation';
import { applyScaler, fitMinMaxScaler } from '../core/scaling';
import { largestStableLearningRate } from '../core/stability';
import { formatNumber } from '../format/formatNumber';
import { useVisibleNotebook } from '../hooks/useWhileVisible';
import type { RegressionProblem } from '../model/regressionProblem';
import { useNotebook } from '../store/notebookStore';
import { PredictionQuestion } from '../widgets/lessons/PredictionQuestion';
import { type LessonProps, Section } from './Section';

/** Lesson: min–max scaling and what it does to the stable learning rate. */
export function ScalingSection({ heading }: LessonProps) {
  // The sentence about the data is live (its ranges were found when the problem was prepared,
  // O(1)); the stable rates cost a pass over the rows, so they wait while the lesson is off screen.
  const liveProblem = useNotebook((state) => state.problem);
  const dataSet = useNotebook((state) => state.dataSet);
  const [ref, { problem }] = useVisibleNotebook((state) => ({ problem: state.problem }));
  const scaling = useNotebook((state) => state.scaling);
  const setScaling = useNotebook((state) => state.setScaling);
  const stableRates = useMemo(() => {
    if (!problem) return null;
    const raw = problem.rawFeature;
    return {
      raw: largestStableLearningRate(raw),
      // scaled: the problem's own bound, from its statistics (2/λmax, the same arithmetic)
      scaled: problem.scaled
        ? problem.stableLearningRate
        : largestStableLearningRate(applyScaler(fitMinMaxScaler(raw), raw)),
    };
  }, [problem]);
  return (
    <Section heading={heading}>
      <p>
        Columns on different scales make descent hard.{' '}
        {liveProblem ? `In the data on screen (${dataSet.title}), ${rangesInWords(liveProblem)}. ` : ''}
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

/** "TV runs from 0.7 to 296 while Sales runs from 1.6 to 27", in the data's own units. O(1). */
function rangesInWords(problem: RegressionProblem): string {
  // With scaling on, the working columns run over [0, 1] and the scalers hold the raw extremes.
  const feature = problem.scaled ? problem.featureScaler : problem.featureRange;
  const response = problem.scaled ? problem.responseScaler : problem.responseRange;
  return `${problem.featureName} runs from ${formatNumber(feature.min, 3)} to ${formatNumber(feature.max, 3)} while ${problem.responseName} runs from ${formatNumber(response.min, 3)} to ${formatNumber(response.max, 3)}`;
}
