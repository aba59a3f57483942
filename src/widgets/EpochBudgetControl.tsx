import { MAX_EPOCH_BUDGET } from '../store/settingsSlice';
import { useNotebook } from '../store/notebookStore';
import { LogSliderField } from './LogSliderField';
import { EPOCH_BUDGET_SCALE } from './logScale';
import { parseEpochBudget } from './parseTypedNumber';

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
      parse={(text) => parseEpochBudget(text, MAX_EPOCH_BUDGET)}
      format={formatEpochs}
      sliderTestId="epochs"
      inputTestId="epochs-input"
    >
      <div className="slider-ticks" aria-hidden="true">
        <span>1</span><span>100</span><span>10 000</span><span>100 000</span>
      </div>
    </LogSliderField>
  );
}
