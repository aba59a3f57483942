import { cancelImport } from '../../store/loadData';
import { useNotebook } from '../../store/notebookStore';

/** A file being read in the background: how far it has got, and a way to stop it. */
export function ImportProgressBar() {
  const progress = useNotebook((state) => state.importProgress);
  if (!progress) return null;
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  return (
    <div className="import-progress" data-testid="import-progress" role="status">
      <span>
        Reading {progress.fileName}
        {percent === null ? '…' : `: ${percent}%`}
      </span>
      <progress max={100} value={percent ?? undefined} aria-label={`Reading ${progress.fileName}`} />
      <button type="button" className="small" data-testid="cancel-import" onClick={() => cancelImport()}>
        Cancel
      </button>
    </div>
  );
}
