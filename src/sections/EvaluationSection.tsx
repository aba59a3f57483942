import { useNotebook } from '../store/notebookStore';
import { RegressionSummaryTable } from '../widgets/evaluation/RegressionSummaryTable';
import { EvaluationPanel } from '../widgets/lessons/EvaluationPanel';
import { PredictionPlotText } from '../widgets/lessons/LessonPlotTexts';
import { PredictionPlot } from '../widgets/lessons/PredictionPlot';
import { type LessonProps, Section } from './Section';

/** Lesson: judging a fitted line on points it never saw. */
export function EvaluationSection({ heading }: LessonProps) {
  const hasTestSet = useNotebook((state) => Boolean(state.dataSet.testSet));
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
        {hasTestSet
          ? ' The orange triangles are the held-out test set.'
          : ' This data set has no held-out points; generate synthetic data above to get a separate test set.'}
      </p>
      <EvaluationPanel />
      <PredictionPlot />
      <PredictionPlotText />
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
