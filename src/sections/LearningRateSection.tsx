import { Equation } from '../components/Equation';
import { formatNumber } from '../format/formatNumber';
import { texNumber } from '../format/texNumber';
import { useNotebook } from '../store/notebookStore';
import { LossEstimateQuestion } from '../widgets/lessons/LossEstimateQuestion';
import { PredictionQuestion } from '../widgets/lessons/PredictionQuestion';
import { LearningRateLab } from './LearningRateLabSection';
import { type LessonProps, Section } from './Section';

/** Lesson: too small, just right, too large, and the bound 2/λmax. */
export function LearningRateSection({ heading }: LessonProps) {
  const stableRate = useNotebook((state) => state.problem?.stableLearningRate ?? null);
  const setLearningRate = useNotebook((state) => state.setLearningRate);
  const experiments =
    stableRate === null
      ? []
      : [
          { label: 'Tiny: 0.001', rate: 0.001 },
          { label: 'The lesson’s 0.1', rate: 0.1 },
          {
            label: `Just below the limit: ${formatNumber(0.95 * stableRate, 2)}`,
            rate: Number((0.95 * stableRate).toPrecision(2)),
          },
          {
            label: `Just above it: ${formatNumber(1.05 * stableRate, 2)}`,
            rate: Number((1.05 * stableRate).toPrecision(2)),
          },
        ];
  return (
    <Section heading={heading}>
      <p>
        The learning rate sets the length of each step. Too small, and the line creeps towards the answer and runs out
        of epochs first. Larger steps get there sooner, up to a point: past it, each step overshoots the bottom of the
        valley and lands higher on the other side. The line swings back and forth and the loss climbs, faster and
        faster. The notebook stops such a run once its loss is a million times where it started, before the numbers
        overflow.
      </p>
      <p>
        For this loss the limit can be computed in advance. The curvature of the MSE is the same everywhere, given by
        its Hessian matrix, and batch gradient descent converges exactly when the learning rate is below two over its
        largest eigenvalue:
      </p>
      <Equation
        display
        tex={String.raw`H = \frac{2}{N}X^{\top}X = 2\begin{pmatrix}1 & \bar{x}\\ \bar{x} & \overline{x^2}\end{pmatrix}`}
      />
      <Equation
        display
        tex={String.raw`\text{learning rate} < \frac{2}{\lambda_{\max}(H)}${stableRate === null ? '' : ` = ${texNumber(stableRate)}`}`}
      />
      <PredictionQuestion id="rate-below-limit" />
      <PredictionQuestion id="rate-above-limit" />
      <p>
        Shorter steps are safe but slow. How slow? Put a number on it before you see it: the loss plot in the lab takes
        your guess.
      </p>
      <LossEstimateQuestion />
      <p>
        Try these on the run, then drag the slider yourself (or press <kbd>[</kbd> and <kbd>]</kbd>):
      </p>
      <div className="experiments">
        {experiments.map((experiment) => (
          <button type="button" key={experiment.label} onClick={() => setLearningRate(experiment.rate)}>
            {experiment.label}
          </button>
        ))}
      </div>
      <LearningRateLab />
    </Section>
  );
}
