import { formatNumber } from '../../format/formatNumber';
import { LEARNING_RATE_SCALE, lastPosition, positionOf } from '../../format/logScale';
import { useNotebook } from '../../store/notebookStore';
import { LogSliderField } from './LogSliderField';
import { parseLearningRate } from './parseTypedNumber';
import { SliderTicks, trackOffset } from './SliderTicks';

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
        {stableShare !== null && stableShare > 0 && stableShare < 1 && (
          <span
            className="stable-marker"
            style={{
              left: trackOffset(LEARNING_RATE_SCALE, stableRate!),
              transform: stableShare > 0.6 ? 'translateX(calc(-100% + 0.35rem))' : 'translateX(-0.35rem)',
            }}
            title={`Largest stable rate ${formatNumber(stableRate!, 3)}`}
          >
            {stableShare > 0.6
              ? `stable below ${formatNumber(stableRate!, 3)} ▲`
              : `▲ stable below ${formatNumber(stableRate!, 3)}`}
          </span>
        )}
      </div>
    </LogSliderField>
  );
}
