import { formatNumber } from '../format/formatNumber';
import { useNotebook } from '../store/notebookStore';
import { LearningRateSweepPlot } from '../widgets/lessons/LearningRateSweepPlot';
import { SweepPlotText } from '../widgets/lessons/LessonPlotTexts';

/** Part of the learning-rate lesson: every rate at once, and the stable limit. */
export function LearningRateLab() {
  const stableRate = useNotebook((state) => state.problem?.stableLearningRate ?? null);
  return (
    <div className="learning-rate-lab">
      <p>
        The chart tries 121 learning rates at once. Each point is the loss that batch descent would reach after the
        current number of epochs at that rate. Too small and the loss has barely moved. As the rate grows the curve dips
        to the minimum, until the rate passes the limit and the run blows up (the red crosses). Drag the Epochs slider
        and watch the dip widen.
      </p>
      <LearningRateSweepPlot />
      <SweepPlotText />
      {stableRate !== null && (
        <p className="live-readout">
          Largest stable learning rate for batch descent on this data:{' '}
          <strong data-testid="stable-learning-rate" data-value={String(stableRate)}>
            {formatNumber(stableRate, 6)}
          </strong>
          .
        </p>
      )}
    </div>
  );
}
