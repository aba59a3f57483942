import { describeUnusableValue } from './cellDescriptions';
import { chooseDefaultColumns } from './defaultColumns';
import { counted, listSome, mentionColumn } from './messageText';
import type { ImportedTable } from './types';

/**
 * Notes about a file that imported, for the student to read: how it was read (decimal commas,
 * no header line, characters that were not UTF-8) and what each column is fit for. Row-number
 * columns are mentioned only when the default choice of columns passes them over.
 */
export function importWarnings(table: ImportedTable, hasUndecodableCharacters: boolean): string[] {
  const warnings: string[] = [];
  if (table.decimalComma) {
    const separator = table.delimiter === ';' ? 'semicolons' : 'tabs';
    warnings.push(
      `Commas are read as decimal marks (1,5 is one and a half), as is usual when values are separated by ${separator}.`,
    );
  }
  if (!table.hasHeaderRow) {
    warnings.push(
      'The first line holds numbers, not column names, so it is read as data and the columns are called “column 1”, “column 2”, and so on.',
    );
  }
  if (hasUndecodableCharacters) {
    warnings.push(
      'Some characters in the file are not valid UTF-8 and show as “�”. If names look garbled, save the file again as “CSV UTF-8”.',
    );
  }
  for (const column of table.columns) {
    if (column.kind !== 'mostly-numeric') continue;
    const first = column.missing[0]!;
    warnings.push(
      `${capitalised(mentionColumn(column))} has ${counted(column.missingCount, 'cell')} without a usable number, and a row with such a cell is left out whenever this column is chosen. The first is in row ${first.row}: it ${describeUnusableValue(first)}.`,
    );
  }
  const choice = chooseDefaultColumns(table);
  const chosen = choice ? [choice.featureIndex, choice.responseIndex] : [];
  const indexColumns = table.columns.filter((column, index) => column.isIndex && !chosen.includes(index));
  if (indexColumns.length > 0) {
    warnings.push(
      `${capitalised(listSome(indexColumns.map(mentionColumn)))} ${indexColumns.length === 1 ? 'looks' : 'look'} like row numbers, so ${indexColumns.length === 1 ? 'it is' : 'they are'} not chosen as the feature by default.`,
    );
  }
  const textColumns = table.columns.filter((column) => column.kind === 'text');
  if (textColumns.length > 0) {
    warnings.push(
      `Mostly text, not numbers, so not offered as a feature or response: ${listSome(textColumns.map(mentionColumn))}.`,
    );
  }
  const emptyColumns = table.columns.filter((column) => column.kind === 'empty');
  if (emptyColumns.length > 0) {
    warnings.push(`Empty, and ignored: ${listSome(emptyColumns.map(mentionColumn))}.`);
  }
  return warnings;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
