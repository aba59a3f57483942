import { useMemo } from 'react';
import { Equation } from '../components/Equation';
import { pairwiseMean, pairwiseSum } from '../core/summation';
import { texNumber } from '../format/texNumber';
import { useVisibleNotebook } from '../hooks/useWhileVisible';
import { type LessonProps, Section } from './Section';

/** Wraps a negative number in parentheses, as it would be written by hand after an operator. */
function parenthesised(tex: string): string {
  return tex.startsWith('-') ? `(${tex})` : tex;
}

/** Lesson: the closed-form least-squares line, with this data's sums plugged in. */
export function LeastSquaresSection({ heading }: LessonProps) {
  const [ref, { problem }] = useVisibleNotebook((state) => ({ problem: state.problem }));
  const sums = useMemo(() => {
    if (!problem) return null;
    const { feature, response } = problem;
    const featureMean = pairwiseMean(feature);
    const responseMean = pairwiseMean(response);
    const cross = pairwiseSum(feature.map((x, i) => (x - featureMean) * (response[i]! - responseMean)));
    const spread = pairwiseSum(feature.map((x) => (x - featureMean) ** 2));
    return { featureMean, responseMean, cross, spread };
  }, [problem]);
  return (
    <Section heading={heading}>
      <p ref={ref}>
        For a single feature, calculus gives the best line directly. Set both partial derivatives of the MSE to zero and
        solve: the slope is how x and y vary together divided by how much x varies on its own, and the best line always
        passes through the point of means (x̄, ȳ).
      </p>
      <Equation
        display
        tex={String.raw`\text{slope} = \frac{\sum_i (x_i-\bar{x})(y_i-\bar{y})}{\sum_i (x_i-\bar{x})^2}, \qquad \text{intercept} = \bar{y} - \text{slope}\cdot\bar{x}`}
      />
      {sums && problem && (
        <div className="live-readout">
          <p>
            With the {problem.feature.length.toLocaleString('en')} points on screen{problem.scaled ? ' (scaled)' : ''}:
          </p>
          <Equation
            display
            tex={String.raw`\text{slope} = \frac{${texNumber(sums.cross, 5)}}{${texNumber(sums.spread, 5)}} = ${texNumber(problem.ols.slope, 5)}`}
          />
          <Equation
            display
            tex={String.raw`\text{intercept} = ${texNumber(sums.responseMean, 5)} - ${parenthesised(texNumber(problem.ols.slope, 5))}\cdot ${parenthesised(texNumber(sums.featureMean, 5))} = ${texNumber(problem.ols.intercept, 5)}`}
          />
        </div>
      )}
      <p>
        With many features the same idea needs a matrix factorisation (QR) whose cost grows quickly with the number of
        features. That is where iterative methods such as gradient descent start to pay for themselves, and why it is
        worth learning them on a problem where the exact answer is known.
      </p>
    </Section>
  );
}
