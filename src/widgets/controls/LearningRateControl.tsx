import { formatNumber } from '../../format/formatNumber';
import { LEARNING_RATE_SCALE, lastPosition, positionOf } from '../../format/logScale';
import { useNotebook } from '../../store/notebookStore';
import { LogSliderField } from './LogSliderField';
import { parseLearningRate } from './parseTypedNumber';
import { SliderTicks } from './SliderTicks';

const formatRate = (value: number) => String(value);

/** The learning-rate slider (log scale 1e−5 … 10) with a marker at the largest stable rate. */
export function LearningRateControl() {
  const learningRate = useNotebook((state) => state.learningRate);
  const setLearningRate = useNotebook((state) => state.setLearningRate);
  const stableRate = useNotebook((state) => state.problem?.stableLearningRate ?? null);
  const stableShare =
    stableRate === null ? null : positionOf(LEARNING_RATE_SCALE, stableRate) / lastPosition(LEARNING_RATE_SCALE);
  return (
    <LogSliderField
      label="Learning rate"
      scale={LEARNING_RATE_SCALE}
      value={learningRate}
      onChange={setLearningRate}
      parse={(text) => parseLearningRate(text)}
      format={formatRate}
      sliderTestId="learning-rate"
      inputTestId="learning-rate-input"
    >
      <div className="slider-ticks" aria-hidden="true">
        <SliderTicks
          scale={LEARNING_RATE_SCALE}
          ticks={[
            { value: 1e-5, label: '0.00001' },
            { value: 1e-3, label: '0.001' },
            { value: 0.1, label: '0.1' },
            { value: 10, label: '10' },
          ]}
        />
      </div>
      {stableShare !== null && stableShare > 0 && stableShare < 1 && (
        <StableRateMarker share={stableShare} label={`stable below ${formatNumber(stableRate!, 3)}`} />
      )}
    </LogSliderField>
  );
}

/**
 * "▲ stable below …" under the learning-rate track, its arrow at the stable rate. The text runs
 * towards the roomier side of the arrow; the spacers beside it are flex items that shrink first,
 * so on a narrow track the text slides along instead of leaving the slider.
 */
function StableRateMarker({ share, label }: { share: number; label: string }) {
  // the arrow's centre sits where the thumb's centre would: 8 px in from either end of the track
  const anchor = `(8px + ${share} * (100% - 16px))`;
  const towardsLeft = share > 0.5;
  return (
    <div className="stable-row" aria-hidden="true">
      <span className="stable-spacer" style={{ flex: towardsLeft ? '1 1 0' : `0 1 calc(${anchor} - 0.4em)` }} />
      <span
        className="stable-marker"
        data-testid="stable-marker"
        title={`Largest stable ${label.replace('stable below ', 'rate ')}`}
      >
        {towardsLeft ? `${label} ▲` : `▲ ${label}`}
      </span>
      <span className="stable-spacer" style={{ flex: towardsLeft ? `0 1 calc(100% - ${anchor} - 0.4em)` : '1 1 0' }} />
    </div>
  );
}
