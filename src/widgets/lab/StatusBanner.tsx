import type { TrainingStatus } from '../../model/trainingStatus';
import { selectActiveRun } from '../../store/activeRun';
import { useNotebook } from '../../store/notebookStore';
import { selectStatusReport } from '../../store/statusSelector';

const LABELS: Record<TrainingStatus, string> = {
  ready: 'Ready',
  running: 'Running',
  paused: 'Paused',
  oscillating: 'Oscillating',
  converged: 'Converged',
  stopped: 'Stopped',
  diverged: 'Diverged',
};

/** The run's state in one word and one paragraph, plus the epoch on screen. */
export function StatusBanner() {
  const { status, message } = useNotebook(selectStatusReport);
  const epoch = useNotebook((state) => state.currentEpoch);
  const lastEpoch = useNotebook((state) => selectActiveRun(state)?.lastEpoch ?? 0);
  const problemError = useNotebook((state) => state.problemError);
  return (
    <div className={`status-banner status-${problemError ? 'error' : status}`}>
      <div className="status-line">
        <span className="status-pill" data-testid="status" data-value={status}>
          {problemError ? 'Cannot fit' : LABELS[status]}
        </span>
        <span className="epoch-readout">
          epoch{' '}
          <strong data-testid="epoch" data-value={epoch}>
            {epoch.toLocaleString('en')}
          </strong>{' '}
          / {lastEpoch.toLocaleString('en')}
        </span>
      </div>
      <p
        className="status-message"
        role={status === 'diverged' || problemError ? 'alert' : 'status'}
        data-testid="status-message"
      >
        {message}
      </p>
    </div>
  );
}
