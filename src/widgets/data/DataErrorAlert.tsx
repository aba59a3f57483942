import { useEffect, useRef } from 'react';
import { useNotebook } from '../../store/notebookStore';

/** Why the last data could not be loaded. The data on screen is unchanged, and the alert says so. */
export function DataErrorAlert() {
  const dataError = useNotebook((state) => state.dataError);
  const dataSetTitle = useNotebook((state) => state.dataSet.title);
  const dismiss = useNotebook((state) => state.dismissDataError);
  const box = useRef<HTMLDivElement>(null);
  // On a narrow screen the lab sits far above the upload form: bring the explanation into view.
  useEffect(() => {
    if (dataError) box.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [dataError]);
  if (!dataError) return null;
  return (
    <div className="data-error" role="alert" data-testid="data-error" ref={box}>
      <p>{dataError}</p>
      <p className="data-error-kept">Nothing was lost: {dataSetTitle} is still loaded and fitted.</p>
      <button type="button" className="small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
