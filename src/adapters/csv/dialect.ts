import { cleanCellText } from './cellNumber';
import type { Delimiter } from './types';

/** The way a file writes its values: what separates them, and which mark is the decimal one. */
export interface CsvDialect {
  readonly delimiter: Delimiter;
  readonly decimalComma: boolean;
}

// On a tie, prefer the rarer separators: a comma also turns up as a decimal mark or inside
// names, so a file whose lines split evenly on ';' or tab is taken to use that.
const PREFERENCE: readonly Delimiter[] = ['\t', ';', ','];
const LINES_FOR_DELIMITER = 20;
const commaDecimal = /^[+-]?\d*,\d+(?:[eE][+-]?\d+)?$/;
const pointDecimal = /^[+-]?\d*\.\d+(?:[eE][+-]?\d+)?$/;

/**
 * Works out the separator and the decimal mark from the start of a file (the header and the
 * lines after it). Pass `cutShort` when the sample stops before the end of the file, so that
 * its last, possibly partial, line is ignored.
 *
 * The separator is the candidate that splits the header into at least two names and splits the
 * most of the first 20 lines into as many fields as the header. A comma is the decimal mark
 * when the separator is not a comma and some cells are written like `1,5`, at least as many as
 * are written like `1.5`.
 * With no candidate splitting the header, the file has one column and a comma separator.
 */
export function detectDialect(sample: string, cutShort = false, knownDelimiter?: Delimiter): CsvDialect {
  const lines = sample.split(/\r\n|\n|\r/);
  if (cutShort && lines.length > 1) lines.pop();
  return dialectOfLines(
    lines.filter((line) => line.trim() !== ''),
    knownDelimiter,
  );
}

const SEPARATOR_HINT = /^sep=(.?)[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * The separator a first line such as `sep=;` names (spreadsheet programs write it so that
 * others open the file right), and the text after that line; null when there is no such line.
 * The named character may be one the importer does not read (`sep=|`): the caller decides.
 *
 * @example separatorHint('sep=;\nx;y\n1;2') // { separator: ';', rest: 'x;y\n1;2' }
 */
export function separatorHint(text: string): { separator: string; rest: string } | null {
  const match = SEPARATOR_HINT.exec(text);
  if (!match) return null;
  const separator = match[1] === '' && /^sep=\t/i.test(text) ? '\t' : match[1]!;
  return { separator, rest: text.slice(match[0].length) };
}

function dialectOfLines(lines: readonly string[], knownDelimiter?: Delimiter): CsvDialect {
  const delimiter = knownDelimiter ?? detectDelimiter(lines);
  return { delimiter, decimalComma: delimiter !== ',' && usesDecimalComma(lines.slice(1), delimiter) };
}

function detectDelimiter(lines: readonly string[]): Delimiter {
  const header = lines[0] ?? '';
  const firstLines = lines.slice(0, LINES_FOR_DELIMITER);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of PREFERENCE) {
    const width = countFields(header, delimiter);
    if (width < 2) continue;
    const score = firstLines.filter((line) => countFields(line, delimiter) === width).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function usesDecimalComma(dataLines: readonly string[], delimiter: Delimiter): boolean {
  let commaCells = 0;
  let pointCells = 0;
  for (const line of dataLines) {
    for (const cell of line.split(delimiter)) {
      const text = cleanCellText(cell);
      if (commaDecimal.test(text)) commaCells++;
      else if (pointDecimal.test(text)) pointCells++;
    }
  }
  return commaCells > 0 && commaCells >= pointCells;
}

/** How many fields a line splits into, ignoring separators inside double quotes. */
export function countFields(line: string, delimiter: Delimiter): number {
  let fields = 1;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) fields++;
  }
  return fields;
}
