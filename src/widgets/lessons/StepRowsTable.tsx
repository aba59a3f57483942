import { formatNumber } from '../../format/formatNumber';

/** One table row of numbers; `null` stands for columns left out ("…"). */
export type StepRow = readonly (number | null)[];

/**
 * The first rows of a written-out gradient step: a row number, then one cell per heading,
 * each number to 6 significant digits. Used by the line's and the weight vector's step.
 */
export function StepRowsTable({ headings, rows }: { headings: readonly string[]; rows: readonly StepRow[] }) {
  return (
    <div className="step-rows-wrap">
      <table className="step-rows">
        <thead>
          <tr>
            <th scope="col">i</th>
            {headings.map((heading, column) => (
              // a data column may share its name with "y", so columns are keyed by position
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns never reorder
              <th scope="col" key={column}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: row i is always the data's i-th row
            <tr key={i}>
              <td>{i + 1}</td>
              {row.map((value, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns never reorder
                <td key={column}>{value === null ? '…' : formatNumber(value, 6)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
