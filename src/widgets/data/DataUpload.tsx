import { useId, useState } from 'react';
import { preloadTraceTypes } from '../../plots/traceModules';
import { importFile, importPastedText } from '../../store/loadData';

/** Three ways in: a file picker, a drop anywhere on the page, or text pasted into a box. */
export function DataUpload() {
  const fileId = useId();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  return (
    <div className="data-upload">
      <div className="upload-row">
        <label htmlFor={fileId} className="button-like">
          Choose a CSV file…
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          className="visually-hidden"
          data-testid="csv-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) {
              // a large file's scatter plot draws its density layer as a heatmap: loaded while the file is read
              void preloadTraceTypes(['heatmap']);
              void importFile(file);
            }
            event.target.value = '';
          }}
        />
        <span className="note">
          or drop a file anywhere on the page. Comma, semicolon or tab separated; a header row with column names.
        </span>
      </div>
      <label htmlFor={pasteId} className="field-label">
        Or paste CSV text
      </label>
      <textarea
        id={pasteId}
        rows={5}
        spellCheck={false}
        placeholder={'hours,score\n2,55\n4,71\n6,80'}
        value={pasted}
        data-testid="paste-input"
        onChange={(event) => setPasted(event.target.value)}
      />
      <button
        type="button"
        data-testid="paste-load"
        disabled={pasted.trim() === ''}
        onClick={() => importPastedText(pasted)}
      >
        Use the pasted text
      </button>
    </div>
  );
}
