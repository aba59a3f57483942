import { useMemo } from 'react';
import { Equation } from '../components/Equation';
import { lineAtEpoch } from '../core/gradientDescent/trajectory';
import { formatNumber } from '../format/formatNumber';
import { useVisibleNotebook } from '../hooks/useWhileVisible';
import { lineMeanSquaredError } from '../model/lineLoss';
import { HandFitPanel } from '../widgets/lessons/HandFitPanel';
import { PointMovePanel } from '../widgets/lessons/PointMovePanel';
import { type LessonProps, Section } from './Section';

/** Lesson: mean squared error as the measure of closeness. */
export function LossSection({ heading }: LessonProps) {
  return (
    <Section heading={heading}>
      <p>
        For each point, the gap between what was observed and what the line predicts is its residual. Squaring the
        residuals makes every miss count as positive and makes big misses count much more than small ones. Their average
        over all N points is the mean squared error, the loss that both methods below try to make as small as possible:
      </p>
      <Equation
        display
        tex={String.raw`\text{MSE} = \frac{1}{N}\sum_{i=1}^{N}\bigl(y_i - (\text{intercept} + \text{slope}\cdot x_i)\bigr)^2`}
      />
      <Equation display tex={String.raw`\text{RMSE} = \sqrt{\text{MSE}}`} />
      <LiveLoss />
      <h3>Fit it yourself</h3>
      <p>
        Before any algorithm does it, try it by hand. Every line has an MSE; least squares finds the smallest possible.
        How close can you get?
      </p>
      <HandFitPanel />
      <h3>Which points pull hardest?</h3>
      <p>
        Every point has a say in where the least-squares line goes, but not an equal one: squaring makes a far-off point
        shout. Move a point and see how much each line moves with it.
      </p>
      <PointMovePanel />
    </Section>
  );
}

/**
 * The descent line's MSE and RMSE at the epoch on screen, beside the least-squares minimum. It
 * alone follows the epoch, so a scrubber step does not re-render the rest of the lesson.
 */
function LiveLoss() {
  const [ref, { problem, trajectory, epoch }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
  }));
  const loss = useMemo(
    () => (problem && trajectory ? lineMeanSquaredError(problem, lineAtEpoch(trajectory, epoch)) : null),
    [problem, trajectory, epoch],
  );
  return (
    <>
      <p ref={ref}>RMSE is in the same units as the response, which makes it easier to read as a typical miss.</p>
      {loss !== null && problem && (
        <p className="live-readout">
          The gradient-descent line at epoch {epoch.toLocaleString('en')} has MSE {formatNumber(loss, 6)} and RMSE{' '}
          {formatNumber(Math.sqrt(loss), 6)}
          {problem.scaled ? ' (in scaled units)' : ''}; no line can do better than MSE{' '}
          {formatNumber(problem.olsLoss, 6)}.
        </p>
      )}
    </>
  );
}
