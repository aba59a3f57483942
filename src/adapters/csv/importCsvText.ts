import { detectDialect, separatorHint } from './dialect';
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
import { exceedsUtf8Bytes, inspectSample, SAMPLE_CHARACTERS, stripByteOrderMark, utf8ByteLength } from './textChecks';
import {
  type CsvImportOptions,
  type CsvImportResult,
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
  const hint = separatorHint(stripByteOrderMark(text));
  if (hint && !isDelimiter(hint.separator)) return failed(unreadableSeparatorHint(hint.separator));
  // A first line `sep=;` names the separator; it is not the header.
  const body = hint ? hint.rest : stripByteOrderMark(text);
  if (body.trim() === '') return failed(emptyFile());

  const sample = body.slice(0, SAMPLE_CHARACTERS);
  const verdict = inspectSample(sample);
  if (verdict === 'utf16') return failed(utf16Text());
  if (verdict === 'binary') return failed(binaryFile());

  const dialect = detectDialect(sample, body.length > sample.length, hint ? (hint.separator as Delimiter) : undefined);
  const { table: built, unclosedQuoteLine } = parseCsvBody(
    body,
    dialect,
    options.onProgress,
    options.plainNumericFastPath ?? true,
  );
  if (unclosedQuoteLine !== null) return failed(unclosedQuote(unclosedQuoteLine));
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
    ...(options.name === undefined ? {} : { name: options.name }),
    rowCount: built.rowCount,
    delimiter: dialect.delimiter,
    decimalComma: dialect.decimalComma,
    hasHeaderRow: built.hasHeaderRow,
    columns: built.columns,
  };
  return { ok: true, table, warnings: importWarnings(table, body.includes('\uFFFD')) };
}

function isDelimiter(separator: string): separator is Delimiter {
  return separator === ',' || separator === ';' || separator === '\t';
}
