import type { LeftOutCell } from '../../adapters/csv';
import { useNotebook } from '../../store/notebookStore';

// A selector must return the same value for the same state: no fresh [] when there is no fit.
const NONE: readonly LeftOutCell[] = [];

/**
 * What is worth knowing about the data just loaded (rows left out of the fit and why, columns
 * that hold text), folded under a one-line summary so the plots stay in view.
 */
export function DataNotices() {
  const notices = useNotebook((state) => state.dataNotices);
  const notice = useNotebook((state) => (state.problem ?? state.manyProblem)?.leftOutNotice ?? null);
  const leftOut = useNotebook((state) => state.problem?.leftOut ?? NONE);
  const leftOutCount = useNotebook((state) => state.problem?.leftOutRowCount ?? 0);
  const rowCount = useNotebook((state) => state.dataSet.rowCount);
  if (notices.length === 0 && !notice) return null;
  const summary =
    leftOutCount > 0
      ? `${leftOutCount.toLocaleString('en')} of ${rowCount.toLocaleString('en')} rows are left out of the fit${notices.length > 0 ? `, and ${notices.length} more note${notices.length === 1 ? '' : 's'}` : ''}`
      : `${notices.length} note${notices.length === 1 ? '' : 's'} about this data`;
  return (
    <details className="data-notices" data-testid={notice ? 'left-out-rows' : 'data-notes'}>
      <summary>{summary} (details)</summary>
      {notice && <p>{notice}</p>}
      {leftOut.length > 0 && (
        <table className="left-out">
          <thead>
            <tr>
              <th scope="col">row</th>
              <th scope="col">column</th>
              <th scope="col">value</th>
            </tr>
          </thead>
          <tbody>
            {leftOut.map((cell) => (
              <tr key={`${cell.row}-${cell.column}`}>
                <td>{cell.row}</td>
                <td>{cell.column}</td>
                <td>{cell.value === '' ? '(empty)' : cell.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notices.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </details>
  );
}
