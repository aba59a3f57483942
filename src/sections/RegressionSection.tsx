import { Equation } from '../components/Equation';
import { lineInOriginalUnits } from '../core/scaling';
import { formatNumber, signedTerm } from '../format/formatNumber';
import { useNotebook } from '../store/notebookStore';
import { whatARowIs } from './dataWords';
import { type LessonProps, Section } from './Section';

/** Lesson: regression as choosing the two numbers of a line. */
export function RegressionSection({ heading }: LessonProps) {
  const dataSet = useNotebook((state) => state.dataSet);
  const featureName = useNotebook((state) => state.featureName);
  const responseName = useNotebook((state) => state.responseName);
  const problem = useNotebook((state) => state.problem);
  const original = problem ? lineInOriginalUnits(problem.ols, problem.featureScaler, problem.responseScaler) : null;
  // R² = 1 − (residual sum of squares)/(total sum of squares), both already in the fit's statistics.
  const rSquared = problem ? 1 - problem.statistics.minimalSumOfSquares / problem.statistics.responseSpread : 0;
  return (
    <Section heading={heading}>
      <p>
        Each dot in the scatter plot is one row of the data. {whatARowIs(dataSet)} Regression asks how a response (here{' '}
        {responseName}) moves with a feature (here {featureName}), and answers with a predicted number for any value of
        the feature. Predicting a quantity like this is regression; predicting a category, such as "will buy" or
        "won't", is classification.
      </p>
      <p>The simplest model is a straight line with two adjustable numbers, its parameters:</p>
      <Equation display tex={String.raw`\hat{y} = \text{intercept} + \text{slope}\cdot x`} />
      <p>
        Training means choosing the intercept and the slope that bring the line as close to the dots as possible. Use
        the pickers in the lab to choose which columns play x and y.
      </p>
      {problem && original && (
        <p className="live-readout">
          Best line for the columns on screen: {problem.responseName} ≈ {formatNumber(original.intercept, 4)}{' '}
          {signedTerm(original.slope, 4)} × {problem.featureName}
          {problem.leftOutRowCount > 0 &&
            ` (${problem.leftOutRowCount.toLocaleString('en')} rows with a missing value left out)`}
          . R² ={' '}
          <span data-testid="r-squared" data-value={String(rSquared)}>
            {formatNumber(rSquared, 3)}
          </span>
          : the line accounts for {formatNumber(100 * rSquared, 3)}% of the variation in {problem.responseName}.
        </p>
      )}
    </Section>
  );
}
