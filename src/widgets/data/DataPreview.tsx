// biome-ignore-all lint/a11y/noNoninteractiveTabindex: a scrolling region must be a tab stop so keyboard users can scroll it
// biome-ignore-all lint/a11y/useSemanticElements: the scrolling wrapper is a labelled region around a real table
// biome-ignore-all lint/suspicious/noArrayIndexKey: preview rows and cells have no identity beyond their position and never reorder

import { useDeferredValue, useMemo } from 'react';
import type { ImportedColumn } from '../../adapters/csv';
import { formatNumber } from '../../format/formatNumber';
import type { DataSet } from '../../model/dataSet';
import { useNotebook } from '../../store/notebookStore';

const ROWS_SHOWN = 6;
/**
 * Columns drawn in the preview. A file may have thousands (2,000 columns once froze the page
 * for 0.7 s while the table was built); every column stays choosable in the column pickers.
 */
export const COLUMNS_SHOWN = 24;
const KIND_LABELS = {
  numeric: 'numbers',
  'mostly-numeric': 'numbers, some gaps',
  text: 'text',
  empty: 'empty',
} as const;

/**
 * The first rows of the data on screen, and for each column what it holds and how many numbers.
 * A new data set is shown here in a render of its own, after the one that brings it to the rest
 * of the page (the lab, the fit): the table's hundred-odd cells and their DOM changes leave that
 * render, which holds the page's thread in one piece (the store's update is synchronous), for a
 * background render React can interrupt.
 */
export function DataPreview() {
  const dataSet = useDeferredValue(useNotebook((state) => state.dataSet));
  // the same element while the deferred value is unchanged, so the urgent render skips the table
  return useMemo(() => <PreviewOf dataSet={dataSet} />, [dataSet]);
}

function PreviewOf({ dataSet }: { dataSet: DataSet }) {
  const rows = Math.min(ROWS_SHOWN, dataSet.rowCount);
  const format = dataSet.format;
  const columns = dataSet.columns.slice(0, COLUMNS_SHOWN);
  const hidden = dataSet.columns.length - columns.length;
  return (
    <div className="data-preview">
      <p className="note">
        {dataSet.title}: {dataSet.rowCount.toLocaleString('en')} rows, {dataSet.columns.length} columns
        {format &&
          `; values separated by ${format.delimiter === '\t' ? 'tabs' : format.delimiter === ';' ? 'semicolons' : 'commas'}`}
        {format?.decimalComma && ', with decimal commas'}
        {format && !format.hasHeaderRow && ', no header row (columns numbered)'}. First {rows}
        {hidden > 0 && (
          <span data-testid="preview-hidden-columns">
            {' '}
            (the first {COLUMNS_SHOWN} columns; the other {hidden.toLocaleString('en')} are left out of this table, and
            each can still be chosen as feature or response in the lab)
          </span>
        )}
        :
      </p>
      <div className="preview-scroll" tabIndex={0} role="region" aria-label="First rows of the data">
        <table data-testid="data-preview">
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={i} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
            <tr className="column-summary">
              {columns.map((column, i) => (
                <td key={i} data-testid={`column-summary-${i}`}>
                  {column.isIndex ? 'row numbers' : KIND_LABELS[column.kind]}:{' '}
                  {column.numericCount.toLocaleString('en')} of {dataSet.rowCount.toLocaleString('en')} usable
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                {columns.map((column, i) => (
                  <td key={i}>{cellText(column, row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A cell as the file had it: the number, or the text that could not be read as one. */
function cellText(column: ImportedColumn, row: number): string {
  const value = column.values[row]!;
  if (Number.isFinite(value)) return formatNumber(value, 8);
  const cell = column.missing.find((entry) => entry.row === row + 1);
  if (!cell) return '—';
  return cell.value === '' ? '(empty)' : cell.value;
}
