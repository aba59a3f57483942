import { useVisibleNotebook } from '../hooks/useWhileVisible';
import { percentText } from '../model/evaluation/splitCheck';
import { useNotebook } from '../store/notebookStore';
import { RegressionSummaryTable } from '../widgets/evaluation/RegressionSummaryTable';
import { ResidualPlot, ResidualPlotText } from '../widgets/evaluation/ResidualPlot';
import { EvaluationPanel } from '../widgets/lessons/EvaluationPanel';
import { PredictionPlotText } from '../widgets/lessons/LessonPlotTexts';
import { PredictionPlot } from '../widgets/lessons/PredictionPlot';
import { type LessonProps, Section } from './Section';

/**
 * The residual plot and its text, on the fit on screen; while they are off screen they keep the
 * fit they last showed, so new data or a new model does not scan every row for an unseen plot.
 */
function Residuals() {
  const [ref, shown] = useVisibleNotebook((state) => ({
    problem: state.problem ?? state.manyProblem,
    heldOut: state.heldOut?.origin === 'split' ? state.heldOut : null,
    responseName: state.responseName,
  }));
  return (
    <div ref={ref}>
      <div className="plot-cell">
        <ResidualPlot {...shown} />
      </div>
      <ResidualPlotText {...shown} />
    </div>
  );
}

/** The share of rows the lesson's button holds out. */
const LESSON_TEST_FRACTION = 0.2;

/** Lesson: judging a fitted line on points it never saw. */
export function EvaluationSection({ heading }: LessonProps) {
  const heldOutOrigin = useNotebook((state) => state.heldOut?.origin ?? null);
  const testFraction = useNotebook((state) => state.testFraction);
  const setTestFraction = useNotebook((state) => state.setTestFraction);
  return (
    <Section heading={heading}>
      <p>
        A low loss on the training points only shows the line fits the points it was tuned on. The honest test is data
        it never saw: keep some points aside, fit on the rest, and compare the RMSE on both. Similar numbers mean the
        line generalises. A much larger test error means either that the fit chased quirks of the training points, or
        that the test points lie outside the range it was trained on, where any error in the slope is multiplied (the
        classic exercise tests on x up to 100 000 after training on x up to 300, with a slope that has not finished
        converging).
      </p>
      <p>
        The plot puts each point's prediction against its actual value. Perfect predictions sit on the dotted diagonal;
        the spread around it is the error the RMSE summarises.
        {heldOutOrigin
          ? ' The orange triangles are the held-out test points.'
          : ' Nothing is held out yet: press Hold out 20 % below, or generate synthetic data, to get test points.'}
      </p>
      <EvaluationPanel />
      <PredictionPlot />
      <PredictionPlotText />
      <p>
        The classic exercise reports √(Σ(p−y)²/(2N)) and calls it the RMSE; that is the usual RMSE divided by √2. The
        table shows it as a labelled variant, so its published 0.05855296238504223 can be checked here, but every other
        error in the notebook is the usual √(Σ(p−y)²/N).
      </p>
      <p>
        Any data set can be split this way. The lab’s test fraction sets the share of rows kept aside and its seed
        decides which ones, so the same seed always holds out the same rows. Gradient descent and least squares then see
        only the training rows; the lab lists both errors, draws the held-out rows as triangles and plots their loss
        beside the training loss.
      </p>
      <p className="lesson-actions">
        <button
          type="button"
          data-testid="hold-out-20"
          disabled={testFraction === LESSON_TEST_FRACTION}
          onClick={() => setTestFraction(LESSON_TEST_FRACTION)}
        >
          Hold out {percentText(LESSON_TEST_FRACTION)}
        </button>{' '}
        {testFraction > 0
          ? `${percentText(testFraction)} of the rows are held out now.`
          : 'Every row is in training now.'}
      </p>
      <p>
        Residuals tell the same story from another side: each row’s error (actual minus fitted) against what the
        least-squares fit predicts for it, for any data and any number of features. A shapeless band around zero is what
        a good straight-line fit leaves; a curve means the relation bends, a funnel that the errors grow with the
        prediction. With one feature the lab’s scatter plot can also draw every residual as a square: least squares is
        the line whose squares add up to the smallest area.
      </p>
      <Residuals />
      <h3>The regression summary</h3>
      <p>
        Statistics packages print more than the coefficients. A coefficient&apos;s <em>standard error</em> says how much
        it would wobble if a fresh sample of the same size were fitted; its <em>t</em> counts how many standard errors
        it lies from zero, and <em>P&gt;|t|</em> turns that into a chance: if the term had no effect at all, how often
        would noise alone put t this far out? A tiny p-value means &ldquo;rarely&rdquo;, not that the effect is large or
        the model right. The interval holds the coefficients the data do not rule out. Below is the least-squares fit on
        screen, on the rows it was fitted on and in the data&apos;s own units, as statsmodels prints it; point at a
        number, or move to it with Tab, for a sentence on what it says.
      </p>
      <RegressionSummaryTable />
    </Section>
  );
}
