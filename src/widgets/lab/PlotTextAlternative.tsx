import { useId, useState } from 'react';
import { useCalmText } from '../../hooks/useCalmText';
import { useNotebook } from '../../store/notebookStore';

/** A table of what a plot shows: its caption, column headings and rows of text. */
export interface PlotTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * A plot's text alternative: a sentence in numbers, announced politely (and, while a run plays,
 * at most every few seconds), and the data behind the plot as a table on request.
 */
export function PlotTextAlternative({
  testId,
  summary,
  table,
}: {
  testId: string;
  summary: string;
  table: () => PlotTable;
}) {
  const playing = useNotebook((state) => state.playing);
  const announced = useCalmText(summary, playing);
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="plot-text">
      <p className="plot-summary" id={id} aria-live="polite" data-testid={`${testId}-summary`}>
        {announced}
      </p>
      <details
        className="plot-table"
        data-testid={`${testId}-table`}
        onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
      >
        <summary>Show as table</summary>
        {/* built only while open: the page stays light, and the numbers are current when opened */}
        {open && <PlotDataTable table={table()} />}
      </details>
    </div>
  );
}

function PlotDataTable({ table }: { table: PlotTable }) {
  return (
    <div className="plot-table-scroll">
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.join('|')}>
              {row.map((cell, index) => (
                <td key={table.columns[index]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
