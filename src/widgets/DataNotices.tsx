import { useNotebook } from '../store/notebookStore';

/** Rows left out of the fit (which, and why) and anything else worth knowing about the data loaded. */
export function DataNotices() {
  const notices = useNotebook((state) => state.dataNotices);
  const notice = useNotebook((state) => state.problem?.leftOutNotice ?? null);
  const leftOut = useNotebook((state) => state.problem?.leftOut ?? []);
  if (notices.length === 0 && !notice) return null;
  return (
    <div className="data-notices" role="status">
      {notices.map((text) => <p key={text}>{text}</p>)}
      {notice && (
        <div data-testid="left-out-rows">
          <p>{notice}</p>
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
        </div>
      )}
    </div>
  );
}
