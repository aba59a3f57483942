import Papa from 'papaparse';
import type { CsvDialect } from './dialect';
import { readPlainNumericText } from './plainNumericBody';
import { type BuiltTable, countLineBreaks, createTableBuilder } from './tableBuilder';

/** Characters handed to papaparse at a time; progress is reported after each piece. */
export const CHUNK_CHARACTERS = 1 << 20;

/** The records of a file as columns, plus the line of a quote that never closes, if any. */
export interface ParsedBody {
  readonly table: BuiltTable;
  /** The line (from 1) where an unclosed double quote opens; papaparse reads the rest as one value. */
  readonly unclosedQuoteLine: number | null;
}

/**
 * Reads a plain numeric file on the fast path ({@link readPlainNumericText}, which gives the
 * same table), unless `plainNumericFastPath` is false or the file is anything else; then parses
 * the text (without its byte-order mark) with papaparse in pieces of
 * {@link CHUNK_CHARACTERS}, as plain arrays of strings (no header mode, no dynamic typing: no
 * row objects are built), and feeds each piece's records straight into typed columns.
 * Synchronous; calls `onProgress` with the fraction of characters read after every piece.
 * Complexity O(n) in the length of the text.
 */
export function parseCsvBody(
  body: string,
  dialect: CsvDialect,
  onProgress?: (fraction: number) => void,
  plainNumericFastPath = true,
): ParsedBody {
  const plain =
    plainNumericFastPath && !dialect.decimalComma ? readPlainNumericText(body, dialect.delimiter, onProgress) : null;
  if (plain) return { table: plain, unclosedQuoteLine: null };
  const builder = createTableBuilder(dialect.decimalComma, body.includes('"'));
  let pieceStart = 0;
  let unclosedQuoteAt: number | null = null;
  Papa.parse<string[]>(body, {
    delimiter: dialect.delimiter,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    comments: false,
    chunkSize: CHUNK_CHARACTERS,
    chunk(results: Papa.ParseResult<string[]>) {
      builder.addRecords(results.data);
      for (const error of results.errors) {
        // papaparse reports the position just after the opening quote, counted from the start
        // of the text it was given this time, which begins where the last piece stopped.
        if (error.code === 'MissingQuotes' && unclosedQuoteAt === null)
          unclosedQuoteAt = pieceStart + (error.index ?? 1) - 1;
      }
      pieceStart = results.meta.cursor;
      onProgress?.(body.length === 0 ? 1 : Math.min(1, pieceStart / body.length));
    },
    // papaparse's typings ask for `complete` or `step` whenever `chunk` is given. With a string
    // the parse is synchronous and has finished when Papa.parse returns, so nothing is left to do.
    complete() {},
  });
  const unclosedQuoteLine = unclosedQuoteAt === null ? null : 1 + countLineBreaks(body, 0, unclosedQuoteAt);
  return { table: builder.finish(), unclosedQuoteLine };
}
