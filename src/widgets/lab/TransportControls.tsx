// biome-ignore-all lint/a11y/useSemanticElements: a labelled group of buttons, as the ARIA toolbar pattern describes
import { selectActiveRun } from '../../store/activeRun';
import { useNotebook } from '../../store/notebookStore';
import { PLAYBACK_SPEEDS } from '../../store/trainingSlice';

function Icon({ path }: { path: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}

/** Step, Play/Pause, Run to end, Reset and the playback pace. Keyboard equivalents in brackets. */
export function TransportControls() {
  const playing = useNotebook((state) => state.playing);
  // A run that diverged at its first step has only epoch 0: nothing to step through.
  const hasRun = useNotebook((state) => (selectActiveRun(state)?.lastEpoch ?? 0) > 0);
  const speed = useNotebook((state) => state.playbackSpeed);
  const { step, togglePlay, runToEnd, reset, setPlaybackSpeed } = useNotebook.getState();
  return (
    <div className="transport" role="group" aria-label="Run controls">
      <button type="button" data-testid="reset" onClick={reset} disabled={!hasRun} title="Back to epoch 0 (Home)">
        <Icon path="M6 5h2v14H6zM20 5v14L9 12z" /> Reset
      </button>
      <button type="button" data-testid="step" onClick={() => step()} disabled={!hasRun} title="One epoch forward (→)">
        Step ›
      </button>
      <button
        type="button"
        data-testid="play"
        className="primary"
        onClick={togglePlay}
        disabled={!hasRun}
        aria-pressed={playing}
        title="Play or pause (Space)"
      >
        {playing ? (
          <>
            <Icon path="M6 5h4v14H6zM14 5h4v14h-4z" /> Pause
          </>
        ) : (
          <>
            <Icon path="M7 5l12 7-12 7z" /> Play
          </>
        )}
      </button>
      <button
        type="button"
        data-testid="run"
        onClick={runToEnd}
        disabled={!hasRun}
        title="Jump to the last epoch (End)"
      >
        Run to end <Icon path="M16 5h2v14h-2zM4 5l11 7-11 7z" />
      </button>
      <label className="pace">
        Pace
        <select value={speed} data-testid="speed" onChange={(event) => setPlaybackSpeed(Number(event.target.value))}>
          {PLAYBACK_SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value} epoch{value === 1 ? '' : 's'}/s
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
