import type { PythonExportRequest } from './exportRequest';
import { manyFeatureCells } from './manyFeatureCells';
import type { ManyFeatureExportRequest } from './manyFeatureRequest';
import { type NotebookCell, notebookCells } from './notebookCells';

/** A file to download: its name, its text and its media type. */
export interface ExportFile {
  readonly name: string;
  readonly text: string;
  readonly mediaType: string;
}

/** What one export produces: the notebook, the script, and the data file when it is not embedded. */
export interface PythonExport {
  readonly notebook: ExportFile;
  readonly script: ExportFile;
  readonly dataFile: ExportFile | null;
  /** The data file's size in bytes, or null when the data is embedded. */
  readonly dataFileBytes: number | null;
}

export const NOTEBOOK_FILE_NAME = 'downhill.ipynb';
export const SCRIPT_FILE_NAME = 'downhill.py';

/**
 * The notebook (.ipynb, nbformat 4.5, a Python 3 kernel) and the script (.py) for the page's
 * problem and run, built from the same cells: in the script each Markdown cell becomes comment
 * lines. The one-feature line and the weight-vector model each have their own cells.
 * Complexity O(rows).
 */
export function buildPythonExport(request: PythonExportRequest | ManyFeatureExportRequest): PythonExport {
  const { cells, dataFile } = 'kind' in request ? manyFeatureCells(request) : notebookCells(request);
  return {
    notebook: { name: NOTEBOOK_FILE_NAME, text: notebookJson(cells), mediaType: 'application/x-ipynb+json' },
    script: { name: SCRIPT_FILE_NAME, text: scriptText(cells), mediaType: 'text/x-python' },
    dataFile: dataFile ? { name: dataFile.name, text: dataFile.text, mediaType: 'text/csv' } : null,
    dataFileBytes: dataFile?.bytes ?? null,
  };
}

/** An nbformat 4.5 document: each cell's source as a list of lines, ids `cell-1`, `cell-2`, … */
export function notebookJson(cells: readonly NotebookCell[]): string {
  const document = {
    cells: cells.map((cell, index) => ({
      cell_type: cell.kind,
      id: `cell-${index + 1}`,
      metadata: {},
      source: cell.source.split(/(?<=\n)/),
      ...(cell.kind === 'code' ? { execution_count: null, outputs: [] } : {}),
    })),
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}

/** The cells as one Python script: Markdown lines become `# ` comments, code cells stay as they are. */
export function scriptText(cells: readonly NotebookCell[]): string {
  const parts = cells.map((cell) =>
    cell.kind === 'code'
      ? cell.source
      : cell.source
          .split('\n')
          .map((line) => (line === '' ? '#' : `# ${line}`))
          .join('\n'),
  );
  return `#!/usr/bin/env python3\n${parts.join('\n\n')}\n`;
}
