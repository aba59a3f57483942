import * as v from 'valibot';
import { BUILT_IN_DATA_SETS } from '../data/builtInDataSets';
import type { DataOrigin, DataSet } from '../model/dataSet';

// The data part of a saved session (the origin, and the columns of an uploaded or pasted
// file), checked with a schema: shape and types first, then what the numbers must satisfy to
// be fitted at all. Each failure is a plain sentence for the notice; none is a raw error.

const text = (what: string) => v.string(`${what} is not text`);
const wholeCount = (what: string) =>
  v.pipe(
    v.number(`${what} is not a number`),
    v.integer(`${what} is not a whole number`),
    v.minValue(0, `${what} is negative`),
  );

const syntheticSettings = v.object(
  {
    slope: v.pipe(v.number(), v.finite()),
    intercept: v.pipe(v.number(), v.finite()),
    noise: v.pipe(v.number(), v.finite(), v.minValue(0)),
    xMin: v.pipe(v.number(), v.finite()),
    xMax: v.pipe(v.number(), v.finite()),
    trainingCount: v.pipe(v.number(), v.integer(), v.minValue(2)),
    testCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    seed: v.pipe(v.number(), v.integer(), v.minValue(0)),
  },
  'the recipe of the generated data is damaged',
);

const originSchema = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('built-in'),
      id: v.picklist(
        BUILT_IN_DATA_SETS.map((dataSet) => dataSet.id),
        'it names a built-in data set the notebook does not have',
      ),
    }),
    v.object({ kind: v.literal('file'), fileName: text('the file name') }),
    v.object({ kind: v.literal('pasted') }),
    v.object({
      kind: v.literal('synthetic'),
      settings: syntheticSettings,
      preset: v.union([v.literal('second-lesson'), v.null()], 'the generated data’s preset is unknown'),
    }),
  ],
  'the record of where the data came from is damaged',
);

const cellSchema = v.object({
  row: wholeCount('a cell’s row'),
  value: v.string(),
  reason: v.picklist(['missing', 'text', 'not-finite']),
});

const columnSchema = v.object(
  {
    name: text('a column name'),
    label: text('a column label'),
    values: v.instance(Float64Array, 'a column’s numbers are not stored as numbers any more'),
    numericCount: wholeCount('a column’s count of numbers'),
    missing: v.array(cellSchema, 'a column’s list of unusable cells is damaged'),
    missingCount: wholeCount('a column’s count of unusable cells'),
    kind: v.picklist(['numeric', 'mostly-numeric', 'text', 'empty'], 'a column’s kind is unknown'),
    isIndex: v.boolean('a column’s row-number flag is damaged'),
  },
  'a column is damaged',
);

const dataSetSchema = v.object(
  {
    title: text('the data set’s title'),
    source: text('the data set’s description'),
    rowCount: v.pipe(
      wholeCount('the row count'),
      v.minValue(
        2,
        (issue) => `it has ${issue.input} row${issue.input === 1 ? '' : 's'}, and a line needs at least two`,
      ),
    ),
    columns: v.pipe(v.array(columnSchema, 'its columns are damaged'), v.minLength(2, 'it has fewer than two columns')),
  },
  'the saved data is not a table',
);

/** The saved origin, or a sentence on why it is unusable. */
export function readSavedOrigin(stored: unknown): { ok: true; origin: DataOrigin } | { ok: false; problem: string } {
  const result = v.safeParse(originSchema, stored);
  return result.success
    ? { ok: true, origin: result.output as DataOrigin }
    : { ok: false, problem: firstMessage(result.issues) };
}

/**
 * The saved data set when its shape is right and its numbers can be used: every column has one
 * value per row, every value is a finite number or NaN (an unusable cell), and at least one
 * pair of numeric columns is left to fit. Otherwise a sentence on the first thing wrong.
 * Complexity O(rows × columns).
 */
export function readSavedDataSet(stored: unknown): { ok: true; dataSet: DataSet } | { ok: false; problem: string } {
  const result = v.safeParse(dataSetSchema, stored);
  if (!result.success) return { ok: false, problem: firstMessage(result.issues) };
  const dataSet = result.output;
  for (const column of dataSet.columns) {
    const label = `the column “${column.label.slice(0, 40)}”`;
    if (column.values.length !== dataSet.rowCount) {
      return {
        ok: false,
        problem: `${label} has ${column.values.length} values for ${dataSet.rowCount} rows`,
      };
    }
    const values = column.values;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (value === Infinity || value === -Infinity) {
        return {
          ok: false,
          problem: `row ${i + 1} of ${label} holds ${value}, which is not a number that can be fitted`,
        };
      }
    }
  }
  return { ok: true, dataSet: { ...(stored as DataSet), ...dataSet } as DataSet };
}

function firstMessage(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'it is damaged';
  if (!/^Invalid /.test(issue.message)) return issue.message;
  // Valibot's own messages name JavaScript types; say in words which entry is missing or wrong.
  const key = issue.path?.map((item) => String(item.key)).join(' › ');
  return key ? `its entry “${key}” is missing or damaged` : 'part of it is damaged';
}
