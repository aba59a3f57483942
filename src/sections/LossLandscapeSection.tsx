import { useMemo } from 'react';
import { Equation } from '../components/Equation';
import type { SufficientStatistics } from '../core/gradientDescent/sufficientStatistics';
import { formatNumber } from '../format/formatNumber';
import { selectIsManyFeatureModel } from '../store/activeRun';
import { useNotebook } from '../store/notebookStore';
import { ControlGate } from '../widgets/classroom/ControlGate';
import { StartControls } from '../widgets/controls/StartControls';
import { LandscapePlotText } from '../widgets/lessons/LessonPlotTexts';
import { LossLandscapePlot } from '../widgets/lessons/LossLandscapePlot';
import { type LessonProps, Section } from './Section';

/** Lesson: the loss as a landscape over (intercept, slope), with the path descent takes across it. */
export function LossLandscapeSection({ heading }: LessonProps) {
  const scaling = useNotebook((state) => state.scaling);
  const setScaling = useNotebook((state) => state.setScaling);
  const featureName = useNotebook((state) => state.featureName);
  // The bowl's window spans √(mean x²) times more intercept than slope (see levelSetWindow).
  const problem = useNotebook((state) => state.problem);
  const axisRatio = useMemo(() => (problem ? rootMeanSquare(problem.statistics) : 1), [problem]);
  const many = useNotebook(selectIsManyFeatureModel);
  if (many)
    return (
      <Section heading={heading}>
        <p>
          With several features every model is a point in a space of one dimension per parameter, too many to draw. So
          the map below is a slice: pick the two parameters it spans (Across and Up), and every other parameter stays
          where gradient descent had it at the epoch on screen. The loss is still a quadratic bowl, so each slice of it
          is a bowl too, with its own lowest point.
        </p>
        <Equation
          display
          tex={String.raw`\text{MSE}(\theta) = \text{MSE}(\theta^\ast) + \tfrac12\,(\theta-\theta^\ast)^{\top} H\,(\theta-\theta^\ast)`}
        />
        <p>
          The blue path is the run seen from this slice: the two chosen parameters epoch by epoch. Early on the
          slice&apos;s bottom sits away from the least-squares ×, because the parameters you cannot see are still far
          from theirs; drag the epoch slider and watch the bottom slide towards the × as they arrive.{' '}
          {scaling
            ? 'The columns are scaled, so the bowls are not far from round.'
            : 'The columns are unscaled: look at the axis ranges, and at how thin the bowl is along the feature with the largest values.'}{' '}
          <button type="button" className="inline" onClick={() => setScaling(!scaling)}>
            {scaling ? 'Switch scaling off' : 'Switch scaling on'}
          </button>
        </p>
        <LossLandscapePlot />
      </Section>
    );
  return (
    <Section heading={heading}>
      <p>
        Every possible line is a point on this map: its intercept across, its slope up. The shading is the loss of that
        line, palest at the least-squares answer (×) and darker up the sides. For a line the loss is a quadratic bowl,
        so its contours are nested ellipses, and gradient descent always steps straight across the contour it stands on,
        which is the steepest way down.
      </p>
      <Equation
        display
        tex={String.raw`\text{MSE}(\theta) = \text{MSE}(\theta^\ast) + \tfrac12\,(\theta-\theta^\ast)^{\top} H\,(\theta-\theta^\ast)`}
      />
      <p>
        The blue path follows the run up to the epoch on screen; drag the epoch slider in the lab to travel along it.
        Click anywhere on the map to start the run from that line instead, or type a start below.
      </p>
      <LossLandscapePlot />
      <LandscapePlotText />
      <ControlGate control="start">
        <StartControls />
      </ControlGate>
      <p>
        {scaling
          ? 'With scaled columns the ellipses are tilted and somewhat stretched (intercept and slope trade off against each other, because the feature’s mean is not zero), and the path curves in towards the bottom. '
          : `Unscaled, read the axis ranges: the window is sized to the bowl, so the ellipses look moderate, but the intercept axis spans a range ${formatNumber(axisRatio, 2)} times as wide as the slope axis (the root mean square of ${featureName}). ${axisRatio >= 10 ? 'The bowl is a long, narrow trench, and at a stable rate the path drops almost straight onto its floor, then has to crawl along it. ' : 'With a feature this close to the unit range the bowl stays fairly round, and scaling changes little. '}`}
        <button type="button" className="inline" onClick={() => setScaling(!scaling)}>
          {scaling ? 'Switch scaling off' : 'Switch scaling on'}
        </button>
      </p>
    </Section>
  );
}

/**
 * √(mean of x²) from the problem's centred sums in O(1): mean x² = Σ(x − x̄)²/N + x̄², so a
 * million rows are never walked on the page's thread to size the map.
 */
function rootMeanSquare(statistics: SufficientStatistics): number {
  return Math.sqrt(statistics.featureSpread / statistics.count + statistics.featureMean ** 2);
}
