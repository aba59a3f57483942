import { chooseDefaultColumns } from '../adapters/csv';
import { type DataSet, findColumn, selectableColumns } from './dataSet';
import { pairedRows } from './pairedRows';

/** The columns to show first, or why no pair of columns in the data can be fitted. */
export type PairChoice = { ok: true; featureName: string; responseName: string } | { ok: false; message: string };

/**
 * Picks the feature and response to fit first: the preferred names when they work, else the
 * importer's default (first and last numeric columns, never a row index), else the first pair
 * that has two usable rows and a feature that varies. When none does, the default pair's
 * problem is the message, since that is the pair a student would look at first.
 */
export function chooseFittablePair(
  dataSet: DataSet,
  preferred?: { featureName: string; responseName: string },
): PairChoice {
  const nonFinite = describeNonFiniteCells(dataSet);
  if (nonFinite) return { ok: false, message: nonFinite };
  const candidates: [string, string][] = [];
  if (preferred) candidates.push([preferred.featureName, preferred.responseName]);
  const table = { columns: dataSet.columns } as Parameters<typeof chooseDefaultColumns>[0];
  const choice = chooseDefaultColumns(table);
  if (choice)
    candidates.push([dataSet.columns[choice.featureIndex]!.name, dataSet.columns[choice.responseIndex]!.name]);
  const columns = selectableColumns(dataSet);
  // Other features against the default response; the roles are never swapped, so a constant
  // feature is reported rather than quietly turned into a response.
  const defaultResponse = candidates[candidates.length - 1]?.[1];
  for (const feature of columns)
    if (defaultResponse && feature.name !== defaultResponse) candidates.push([feature.name, defaultResponse]);
  if (columns.length === 0) {
    return {
      ok: false,
      message:
        'No column of this file holds numbers, so there is nothing to fit. A line needs two numeric columns, such as a budget and the sales it brought.',
    };
  }
  if (columns.length === 1) {
    return {
      ok: false,
      message: `Only one column of this file holds numbers (${columns[0]!.label}); a line needs two, one to predict from and one to predict.`,
    };
  }
  let firstProblem: string | null = null;
  for (const [featureName, responseName] of candidates) {
    const feature = findColumn(dataSet, featureName);
    const response = findColumn(dataSet, responseName);
    if (!feature || !response) continue;
    const rows = pairedRows(feature, response);
    if (rows.ok) return { ok: true, featureName, responseName };
    firstProblem ??= rows.problem.message;
  }
  return { ok: false, message: firstProblem ?? 'No pair of columns in this file can be fitted.' };
}

const NON_FINITE_LISTED = 3;

/**
 * Infinity, NaN and numbers beyond the double range (±1.8e308) in an otherwise numeric column
 * usually mean an export went wrong, so the file is refused with the cells named rather than
 * quietly thinned. Returns null when there are none.
 */
export function describeNonFiniteCells(dataSet: DataSet): string | null {
  const cells = selectableColumns(dataSet).flatMap((column) =>
    column.missing
      .filter((cell) => cell.reason === 'not-finite')
      .map((cell) => `row ${cell.row} of “${column.label}” holds ${cell.value}`),
  );
  if (cells.length === 0) return null;
  const listed = cells.slice(0, NON_FINITE_LISTED).join('; ');
  const more = cells.length > NON_FINITE_LISTED ? ` (and ${cells.length - NON_FINITE_LISTED} more)` : '';
  return `Some cells are not ordinary numbers: ${listed}${more}. Infinity, NaN and numbers beyond ±1.8e308 cannot be fitted. Replace them with real values, or empty those cells to leave their rows out.`;
}
