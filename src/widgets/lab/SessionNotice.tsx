import { useNotebook } from '../../store/notebookStore';

/** Why the last session could not be restored: shown once, plainly, until dismissed. */
export function SessionNotice() {
  const notice = useNotebook((state) => state.sessionNotice);
  const setNotice = useNotebook((state) => state.setSessionNotice);
  if (!notice) return null;
  return (
    <div className="session-notice" role="status" data-testid="session-notice">
      <p>{notice}</p>
      <button type="button" className="small" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
