import { type CsvDialect, detectDialect, separatorHint } from './dialect';
import {
  binaryFile,
  duplicateNames,
  emptyFile,
  failed,
  fileTooLarge,
  headerOnly,
  noNumericColumn,
  raggedRows,
  tooFewRows,
  unclosedQuote,
  unreadableSeparatorHint,
  utf16Text,
} from './fileProblems';
import { importWarnings } from './importWarnings';
import { parseCsvBody } from './parseCsvBody';
import type { BuiltTable } from './tableBuilder';
import { exceedsUtf8Bytes, inspectSample, SAMPLE_CHARACTERS, stripByteOrderMark, utf8ByteLength } from './textChecks';
import {
  type CsvImportOptions,
  type CsvImportResult,
  type CsvProblem,
  DEFAULT_MAX_BYTES,
  type Delimiter,
  type ImportedTable,
} from './types';

const DELIMITER_NAMES = { ',': 'comma (“,”)', ';': 'semicolon (“;”)', '\t': 'tab' } as const;

/**
 * Imports CSV text into typed numeric columns, or says in one specific sentence why it cannot.
 *
 * Steps: check the size (UTF-8 bytes against `maxBytes`, 200 MiB by default); drop a byte-order
 * mark; refuse empty, binary and UTF-16 input; detect the separator (comma, semicolon or tab)
 * and the decimal mark; parse with papaparse into Float64Array columns (NaN where a cell holds
 * no finite number); then refuse an unclosed quote, repeated column names, lines with the wrong
 * number of values, fewer than two data rows, or no numeric column. CRLF, LF and CR line ends
 * all work. Synchronous; complexity O(n) in the length of the text.
 *
 * @example importCsvText('x,y\n1,2\n3,5').ok // true
 * @example importCsvText('').ok // false, with problem.code 'empty-file'
 */
export function importCsvText(text: string, options: CsvImportOptions & { name?: string } = {}): CsvImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (exceedsUtf8Bytes(text, maxBytes)) return failed(fileTooLarge(utf8ByteLength(text), maxBytes));
  const start = readTextStart(text, false);
  if (!start.ok) return start;
  const { body, dialect } = start;
  const { table: built, unclosedQuoteLine } = parseCsvBody(
    body,
    dialect,
    options.onProgress,
    options.plainNumericFastPath ?? true,
  );
  if (unclosedQuoteLine !== null) return failed(unclosedQuote(unclosedQuoteLine));
  return tableOutcome(built, dialect, options.name, body.includes('\uFFFD'));
}

/** A file refused, with the problem that stopped it. */
type Refused = { readonly ok: false; readonly problem: CsvProblem };
const refuse = (problem: CsvProblem): Refused => ({ ok: false, problem });

/** How a text starts: its body (after any byte-order mark and `sep=` line) and the way it writes values. */
export interface TextStart {
  readonly ok: true;
  readonly body: string;
  readonly dialect: CsvDialect;
}

/**
 * The checks on the start of a text, and its dialect: a first line `sep=;` names the separator
 * (it is not the header); empty, binary and UTF-16 input is refused; the separator and decimal
 * mark are detected from the first {@link SAMPLE_CHARACTERS} characters of the body. Pass
 * `prefixOnly` when `text` is only the start of a longer text (the body then goes on past it).
 */
export function readTextStart(text: string, prefixOnly: boolean): TextStart | Refused {
  const hint = separatorHint(stripByteOrderMark(text));
  if (hint && !isDelimiter(hint.separator)) return refuse(unreadableSeparatorHint(hint.separator));
  // A first line `sep=;` names the separator; it is not the header.
  const body = hint ? hint.rest : stripByteOrderMark(text);
  if (body.trim() === '') return refuse(emptyFile());

  const sample = body.slice(0, SAMPLE_CHARACTERS);
  const verdict = inspectSample(sample);
  if (verdict === 'utf16') return refuse(utf16Text());
  if (verdict === 'binary') return refuse(binaryFile());

  const cutShort = prefixOnly || body.length > sample.length;
  const dialect = detectDialect(sample, cutShort, hint ? (hint.separator as Delimiter) : undefined);
  return { ok: true, body, dialect };
}

/**
 * The import's outcome once the records are columns: refuses repeated column names, lines with
 * the wrong number of values, fewer than two data rows, or no numeric column; otherwise the
 * table with its warnings (`hasReplacementCharacter`: the text held U+FFFD, bytes that were not UTF-8).
 */
export function tableOutcome(
  built: BuiltTable,
  dialect: CsvDialect,
  name: string | undefined,
  hasReplacementCharacter: boolean,
): CsvImportResult {
  const repeatedNames = duplicateNames(built.names);
  if (repeatedNames) return failed(repeatedNames);
  if (built.raggedCount > 0) {
    return failed(
      raggedRows(built.names.length, built.raggedLines, built.raggedCount, DELIMITER_NAMES[dialect.delimiter]),
    );
  }
  if (built.rowCount === 0) return failed(headerOnly(built.names));
  if (built.rowCount === 1) return failed(tooFewRows());
  if (!built.columns.some((column) => column.kind === 'numeric' || column.kind === 'mostly-numeric')) {
    return failed(noNumericColumn(built.columns));
  }

  const table: ImportedTable = {
    ...(name === undefined ? {} : { name }),
    rowCount: built.rowCount,
    delimiter: dialect.delimiter,
    decimalComma: dialect.decimalComma,
    hasHeaderRow: built.hasHeaderRow,
    columns: built.columns,
  };
  return { ok: true, table, warnings: importWarnings(table, hasReplacementCharacter) };
}

function isDelimiter(separator: string): separator is Delimiter {
  return separator === ',' || separator === ';' || separator === '\t';
}
