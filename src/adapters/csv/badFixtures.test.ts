import { describe, expect, it } from 'vitest';
import { importProblem } from './testing/fixtures';
import type { CsvProblemCode } from './types';

// Every fixture that must not import: the code, and phrases the message must contain so that it
// names the problem (and, where there is one, the place) and says what to do.
const expectations: [file: string, code: CsvProblemCode, mustSay: RegExp[]][] = [
  ['empty.csv', 'empty-file', [/empty/, /header line/]],
  ['whitespace-only.csv', 'empty-file', [/empty/]],
  ['header-only.csv', 'header-only', [/“TV”, “Radio” and “Sales”/, /no rows of data/, /Add at least two rows/]],
  ['one-row.csv', 'too-few-rows', [/only one row/, /at least two points/]],
  [
    'no-numeric.csv',
    'no-numeric-column',
    [/None of the columns holds numbers/, /row 1 of “name” holds “Ada”/, /digits only/],
  ],
  ['not-a-csv.png', 'binary-file', [/binary file/, /\.xlsx/, /image/, /export it as CSV/]],
  ['spreadsheet.xlsx', 'binary-file', [/binary file/, /export it as CSV/]],
  ['utf16.csv', 'utf16-text', [/UTF-16/, /CSV UTF-8/]],
  ['unterminated-quote.csv', 'unterminated-quote', [/opens on line 4/, /never closed/, /closing quote/]],
  ['ragged-rows.csv', 'ragged-rows', [/header names 3 columns/, /2 lines/, /line 3 has 2 and line 5 has 4/, /comma/]],
  ['multiline-quoted.csv', 'ragged-rows', [/1 line holds/, /line 7 has 4/]],
  [
    'duplicate-headers.csv',
    'duplicate-column-names',
    [/“x” \(columns 1 and 3\) and “y” \(columns 2 and 5\)/, /its own name/],
  ],
];

describe('fixtures that must not import', () => {
  it.each(expectations)('%s fails with %s and a message that names the problem', async (file, code, mustSay) => {
    const problem = await importProblem(file);
    expect(problem.code).toBe(code);
    for (const phrase of mustSay) expect(problem.message).toMatch(phrase);
  });
});
