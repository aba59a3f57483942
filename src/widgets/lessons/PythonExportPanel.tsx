import { useState } from 'react';
import { DATA_FILE_NAME, MAX_EMBEDDED_DATA_BYTES } from '../../model/pythonExport/dataCsv';
import { buildPythonExport, type ExportFile } from '../../model/pythonExport/exportFiles';
import { useNotebook } from '../../store/notebookStore';
import { pythonExportOf } from '../../store/pythonExportOf';
import './handsOn.css';

/** Saves a text file through the browser's download. */
function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Export notebook / Export script: the page's data, scaling, least squares and run as Python,
 * for the one-feature line or the weight-vector model (several features, powers, no intercept).
 * Data too large to embed comes as a third file to keep beside the other, and the panel says so.
 */
export function PythonExportPanel() {
  const ready = useNotebook(
    (state) =>
      (state.problem !== null && state.trajectory !== null) ||
      (state.manyProblem !== null && state.manyTrajectory !== null),
  );
  const [dataFile, setDataFile] = useState<{ file: ExportFile; bytes: number; for: string } | null>(null);
  const exportAs = (kind: 'notebook' | 'script') => {
    const request = pythonExportOf(useNotebook.getState());
    if (!request) return;
    const exported = buildPythonExport(request);
    const file = kind === 'notebook' ? exported.notebook : exported.script;
    download(file);
    setDataFile(
      exported.dataFile && exported.dataFileBytes !== null
        ? { file: exported.dataFile, bytes: exported.dataFileBytes, for: file.name }
        : null,
    );
  };
  return (
    <div className="python-export card">
      <div className="python-export-actions">
        <button
          type="button"
          className="primary"
          data-testid="export-notebook"
          disabled={!ready}
          onClick={() => exportAs('notebook')}
        >
          Export notebook (.ipynb)
        </button>
        <button type="button" data-testid="export-python" disabled={!ready} onClick={() => exportAs('script')}>
          Export script (.py)
        </button>
      </div>
      <p className="note">
        Data up to {megabytes(MAX_EMBEDDED_DATA_BYTES).replace('.0', '')} is written into the file itself; larger data
        is saved as {DATA_FILE_NAME}, to keep in the same folder.
      </p>
      {dataFile && (
        <div className="python-export-data" role="status" data-testid="export-data-notice">
          <p>
            These data take {megabytes(dataFile.bytes)} as CSV, too much to embed, so {dataFile.for} reads them from{' '}
            <code>{DATA_FILE_NAME}</code>. Save that file too, in the same folder:
          </p>
          <button type="button" data-testid="export-data" onClick={() => download(dataFile.file)}>
            Save {DATA_FILE_NAME}
          </button>
        </div>
      )}
    </div>
  );
}
