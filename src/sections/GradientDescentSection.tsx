import { Equation } from '../components/Equation';
import { formatNumber } from '../format/formatNumber';
import { texNumber } from '../format/texNumber';
import { SHORTCUTS } from '../hooks/keyboardShortcuts';
import { useVisibleNotebook } from '../hooks/useWhileVisible';
import { type LessonProps, Section } from './Section';

/** Lesson: the gradient-descent loop and its update rule. */
export function GradientDescentSection({ heading }: LessonProps) {
  const [ref, { learningRate, epochBudget, start }] = useVisibleNotebook((state) => ({
    learningRate: state.learningRate,
    epochBudget: state.epochBudget,
    start: state.start,
  }));
  return (
    <Section heading={heading}>
      <p>
        Picture the loss as a landscape over every possible (intercept, slope) pair. Gradient descent starts somewhere
        {start.intercept === 0 && start.slope === 0
          ? '(here at intercept = slope = 0)'
          : `(here at intercept = ${formatNumber(start.intercept)}, slope = ${formatNumber(start.slope)}, the start you chose)`}{' '}
        and repeats one move: find which way is downhill, and take a step that way. One pass over the data is an epoch.
      </p>
      <ol className="steps" ref={ref}>
        <li>
          Predict every point with the current line:{' '}
          <Equation tex={String.raw`p_i = \text{slope}\cdot x_i + \text{intercept}`} />.
        </li>
        <li>Compute the loss, to watch progress.</li>
        <li>
          Compute the gradient, the direction in which the loss rises fastest:
          <Equation
            display
            tex={String.raw`\frac{\partial\,\text{MSE}}{\partial\,\text{slope}} = -\frac{2}{N}\sum_i x_i\,(y_i - p_i)`}
          />
          <Equation
            display
            tex={String.raw`\frac{\partial\,\text{MSE}}{\partial\,\text{intercept}} = -\frac{2}{N}\sum_i (y_i - p_i)`}
          />
        </li>
        <li>
          Step against it, scaled by the learning rate (now {texNumber(learningRate)}):
          <Equation
            display
            tex={String.raw`\text{slope} \leftarrow \text{slope} - ${texNumber(learningRate)}\cdot\frac{\partial\,\text{MSE}}{\partial\,\text{slope}}`}
          />
          <Equation
            display
            tex={String.raw`\text{intercept} \leftarrow \text{intercept} - ${texNumber(learningRate)}\cdot\frac{\partial\,\text{MSE}}{\partial\,\text{intercept}}`}
          />
        </li>
      </ol>
      <p>
        The run in the lab repeats this {epochBudget.toLocaleString('en')} times. Press Reset, then Step a few times and
        watch the blue line swing towards the dashed one while the loss curve drops. Play animates the whole run; Run to
        end jumps to the last epoch.
      </p>
      <details className="shortcuts">
        <summary>Keyboard shortcuts (for lectures)</summary>
        <dl>
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.action}>
              <dt>
                <kbd>{shortcut.keys}</kbd>
              </dt>
              <dd>{shortcut.description}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Section>
  );
}
