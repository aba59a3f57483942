import { useMemo } from 'react';
import { Equation } from '../components/Equation';
import { fitLinearLeastSquares } from '../core/leastSquares/fitLinearLeastSquares';
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
    const { feature, response, statistics } = problem;
    // The sums are the problem's own statistics (pairwise, numpy's order): a million rows are not summed again here.
    const { featureMean, responseMean, crossSum: cross, featureSpread: spread } = statistics;
    // The same answer by the general method (Householder QR, refined), for comparison.
    const qr = fitLinearLeastSquares({
      features: [{ name: problem.featureName, values: feature }],
      response,
      fitIntercept: true,
    }).model;
    return { featureMean, responseMean, cross, spread, qr };
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
            With the {problem.rowCount.toLocaleString('en')} points on screen{problem.scaled ? ' (scaled)' : ''}:
          </p>
          <Equation
            display
            tex={String.raw`\text{slope} = \frac{${texNumber(sums.cross, 5)}}{${texNumber(sums.spread, 5)}} = ${texNumber(problem.ols.slope, 5)}`}
          />
          <Equation
            display
            tex={String.raw`\text{intercept} = ${texNumber(sums.responseMean, 5)} - ${parenthesised(texNumber(problem.ols.slope, 5))}\cdot ${parenthesised(texNumber(sums.featureMean, 5))} = ${texNumber(problem.ols.intercept, 5)}`}
          />
          <table className="results compare-methods" data-testid="closed-form-vs-qr">
            <thead>
              <tr>
                <th scope="col">method</th>
                <th scope="col">intercept</th>
                <th scope="col">slope</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">closed form (above)</th>
                <td data-testid="closed-form-intercept" data-value={String(problem.ols.intercept)}>
                  {String(problem.ols.intercept)}
                </td>
                <td data-testid="closed-form-slope" data-value={String(problem.ols.slope)}>
                  {String(problem.ols.slope)}
                </td>
              </tr>
              <tr>
                <th scope="row">QR factorisation</th>
                <td data-testid="qr-intercept" data-value={String(sums.qr.intercept)}>
                  {String(sums.qr.intercept)}
                </td>
                <td data-testid="qr-slope" data-value={String(sums.qr.weights[0])}>
                  {String(sums.qr.weights[0])}
                </td>
              </tr>
            </tbody>
          </table>
          <p className="method-note">
            {sums.qr.intercept === problem.ols.intercept && sums.qr.weights[0] === problem.ols.slope
              ? 'The two methods agree to every digit a double holds.'
              : 'Both are exact methods; any difference is in the last digits, where rounding happens in a different order.'}
          </p>
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
