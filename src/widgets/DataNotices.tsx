import type { LeftOutCell } from '../adapters/csv';
import { useNotebook } from '../store/notebookStore';

const NONE: readonly LeftOutCell[] = [];

/** Rows left out of the fit (which, and why) and anything else worth knowing about the data loaded. */
export function DataNotices() {
  const notices = useNotebook((state) => state.dataNotices);
  const notice = useNotebook((state) => state.problem?.leftOutNotice ?? null);
  // A selector must return the same value for the same state: no fresh [] when there is no fit.
  const leftOut = useNotebook((state) => state.problem?.leftOut ?? NONE);
  if (notices.length === 0 && !notice) return null;
  return (
    <div className="data-notices" role="status">
      {notices.map((text) => <p key={text}>{text}</p>)}
      {notice && (
        <details data-testid="left-out-rows">
          <summary>{notice}</summary>
          {leftOut.length > 0 && (
            <table className="left-out">
              <thead><tr><th scope="col">row</th><th scope="col">column</th><th scope="col">value</th></tr></thead>
              <tbody>
                {leftOut.map((cell) => (
                  <tr key={`${cell.row}-${cell.column}`}><td>{cell.row}</td><td>{cell.column}</td><td>{cell.value === '' ? '(empty)' : cell.value}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
    </div>
  );
}
