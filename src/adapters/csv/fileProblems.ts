import { counted, formatBytes, listInWords, listSome, mentionColumn, quoted } from './messageText';
import type { RaggedLine } from './tableBuilder';
import type { CsvImportResult, CsvProblem, CsvProblemCode, ImportedColumn } from './types';

// One builder per reason a file cannot be imported. Each message says what is wrong and what
// to do about it, in words a student who has never heard of CSV dialects can follow.

function problem(code: CsvProblemCode, message: string): CsvProblem {
  return { code, message };
}

/** Wraps a problem as a failed import result. */
export function failed(reason: CsvProblem): CsvImportResult {
  return { ok: false, problem: reason };
}

/** The file is over the size limit; the message states both sizes. */
export function fileTooLarge(bytes: number, maxBytes: number): CsvProblem {
  return problem(
    'file-too-large',
    `This file is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} the notebook can import. Save a sample of its rows (for example the first 100,000) as a new CSV file and import that.`,
  );
}

/** The file holds nothing but blanks (or nothing at all). */
export function emptyFile(): CsvProblem {
  return problem(
    'empty-file',
    'This file is empty. Choose a CSV file with a header line of column names and at least two rows of numbers below it.',
  );
}

/** The bytes are not text: a NUL, or many control or undecodable characters. */
export function binaryFile(): CsvProblem {
  return problem(
    'binary-file',
    'This looks like a binary file (for example a spreadsheet .xlsx or an image), not text. Open it in the program that made it, export it as CSV (“Save as” → “CSV”), and import the CSV file.',
  );
}

/** UTF-16 text, which a UTF-8 reading turns into NUL-separated characters. */
export function utf16Text(): CsvProblem {
  return problem(
    'utf16-text',
    'This file is saved as UTF-16 (“Unicode text”), which the notebook cannot read. Save it again as “CSV UTF-8” and import that file.',
  );
}

/** A double quote opens on `line` and never closes. */
export function unclosedQuote(line: number): CsvProblem {
  return problem(
    'unterminated-quote',
    `A double quote (") opens on line ${line} and is never closed, so everything after it would run together into one value. Add the missing closing quote on that line, or delete the stray one.`,
  );
}

/** The problem of repeated (non-blank) column names, or null when every name is different. */
export function duplicateNames(names: readonly string[]): CsvProblem | null {
  const groups = new Map<string, number[]>();
  names.forEach((name, index) => {
    if (name !== '') groups.set(name, [...(groups.get(name) ?? []), index + 1]);
  });
  const repeats = [...groups].filter(([, positions]) => positions.length > 1);
  if (repeats.length === 0) return null;
  const described = repeats
    .slice(0, 5)
    .map(([name, positions]) => `${quoted(name)} (columns ${listInWords(positions.map(String))})`);
  const subject =
    repeats.length === 1 ? 'A column name appears more than once' : 'Some column names appear more than once';
  return problem(
    'duplicate-column-names',
    `${subject}: ${listInWords(described)}. Give every column its own name in the header line, then import the file again.`,
  );
}

/** Lines whose number of values differs from the header's, the first few named by line. */
export function raggedRows(
  width: number,
  lines: readonly RaggedLine[],
  count: number,
  delimiterName: string,
): CsvProblem {
  const examples = lines.map((ragged) => `line ${ragged.line} has ${ragged.fieldCount}`);
  const more = count > lines.length ? `, and ${counted(count - lines.length, 'more line')}` : '';
  return problem(
    'ragged-rows',
    `The header names ${counted(width, 'column')}, but ${counted(count, 'line')} ${count === 1 ? 'holds' : 'hold'} a different number of values: ${listInWords(examples)}${more}. Look on those lines for a missing or extra ${delimiterName}; a value that itself contains a ${delimiterName} must be put in double quotes.`,
  );
}

/** A header line and no data rows; the message lists the names. */
export function headerOnly(names: readonly string[]): CsvProblem {
  const shown = listSome(names.map((name) => quoted(name)));
  return problem(
    'header-only',
    `The file has a header line (${shown}) but no rows of data below it. Add at least two rows of values, one row per line.`,
  );
}

/** A first line `sep=|` that names a separator the importer does not read. */
export function unreadableSeparatorHint(separator: string): CsvProblem {
  const shown = separator === '' ? 'nothing' : quoted(separator);
  return problem(
    'unreadable-separator',
    `The file's first line says its values are separated by ${shown}, but the notebook reads only commas, semicolons and tabs. Save the file again with one of those as the separator.`,
  );
}

/** A single data row, which cannot determine a line. */
export function tooFewRows(): CsvProblem {
  return problem(
    'too-few-rows',
    'The file has only one row of data, and a line needs at least two points to fit. Add more rows to the file.',
  );
}

/** No column holds numbers; the message quotes one text cell as an example. */
export function noNumericColumn(columns: readonly ImportedColumn[]): CsvProblem {
  const example = columns.flatMap((column) =>
    column.missing
      .filter((cell) => cell.reason === 'text')
      .slice(0, 1)
      .map((cell) => ({ column, cell })),
  )[0];
  const seen = example
    ? ` For example, row ${example.cell.row} of ${mentionColumn(example.column)} holds ${quoted(example.cell.value)}.`
    : '';
  return problem(
    'no-numeric-column',
    `None of the columns holds numbers, so there is nothing to fit.${seen} Write numbers with digits only: no units, currency signs or thousands separators, with “.” as the decimal mark (or “,” in a file whose values are separated by “;”).`,
  );
}

/** The student (or the UI) stopped the import. */
export function cancelled(): CsvProblem {
  return problem('cancelled', 'The import was cancelled before it finished.');
}

/** Something unexpected went wrong reading the file; `detail` is the underlying error's message. */
export function importFailed(detail: string): CsvProblem {
  const reason = detail.trim() === '' ? '' : ` (${detail.trim()})`;
  return problem(
    'import-failed',
    `The file could not be read${reason}. Try again; if it keeps failing, try a smaller file or another browser.`,
  );
}
