import { useId } from 'react';
import { selectActiveRun } from '../../store/activeRun';
import { useNotebook } from '../../store/notebookStore';

/** Time travel: drag to any epoch of the computed run, forward or back; everything follows. */
export function EpochScrubber() {
  const id = useId();
  const epoch = useNotebook((state) => state.currentEpoch);
  const lastEpoch = useNotebook((state) => selectActiveRun(state)?.lastEpoch ?? 0);
  const goToEpoch = useNotebook((state) => state.goToEpoch);
  return (
    <div className="scrubber">
      <label htmlFor={id}>Epoch</label>
      <input
        id={id}
        type="range"
        min={0}
        max={Math.max(lastEpoch, 1)}
        step={1}
        value={epoch}
        disabled={lastEpoch === 0}
        data-testid="epoch-scrubber"
        aria-valuetext={`epoch ${epoch} of ${lastEpoch}`}
        onChange={(event) => goToEpoch(Number(event.target.value))}
      />
    </div>
  );
}
