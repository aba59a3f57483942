import { EPOCH_BUDGET_SCALE } from '../../format/logScale';
import { useNotebook } from '../../store/notebookStore';
import { LogSliderField } from './LogSliderField';
import { parseEpochBudget } from './parseTypedNumber';
import { SliderTicks } from './SliderTicks';

const formatEpochs = (value: number) => String(value);

/** How many epochs the run takes: a log slider from 1 to 100 000, or any whole number typed up to a million. */
export function EpochBudgetControl() {
  const epochBudget = useNotebook((state) => state.epochBudget);
  const setEpochBudget = useNotebook((state) => state.setEpochBudget);
  return (
    <LogSliderField
      label="Epochs"
      scale={EPOCH_BUDGET_SCALE}
      value={epochBudget}
      onChange={setEpochBudget}
      parse={(text) => parseEpochBudget(text)}
      format={formatEpochs}
      sliderTestId="epochs"
      inputTestId="epochs-input"
    >
      <div className="slider-ticks" aria-hidden="true">
        <SliderTicks
          scale={EPOCH_BUDGET_SCALE}
          ticks={[
            { value: 1, label: '1' },
            { value: 10, label: '10' },
            { value: 100, label: '100' },
            { value: 1000, label: '1k' },
            { value: 10_000, label: '10k' },
            { value: 100_000, label: '100k' },
          ]}
        />
      </div>
    </LogSliderField>
  );
}
