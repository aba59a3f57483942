import type { BuiltInDataSetId } from '../data/builtInDataSets';
import { type DataSet, selectableColumns } from '../model/dataSet';

/** What one row of each built-in data set stands for, in a lesson's words. */
const ROW_OF_BUILT_IN: Record<BuiltInDataSetId, string> = {
  advertising:
    'In the Advertising data a row is one market: how much was spent advertising one product there on TV, on radio and in newspapers, and how much of it was sold.',
  'auto-mpg': 'In the Cars data a row is one car model: its fuel economy, engine size, power, weight and model year.',
  penguins:
    'In the Palmer penguins data a row is one bird: its species and island, and its beak, flipper and body measurements.',
  anscombe:
    'In Anscombe’s quartet a row holds one point of each of four small data sets, which share their least-squares line but look nothing alike.',
};

/** Names a list the way a sentence does: "a", "a and b", "a, b and c", or the first few and a count. */
function listOfNames(names: readonly string[], shown = 4): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length > shown) return `${quoted.slice(0, shown).join(', ')} and ${quoted.length - shown} more`;
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * One sentence saying what a row of the data on screen is: written for each built-in set, and
 * read from the title and the columns for generated data, files and pasted text.
 */
export function whatARowIs(dataSet: DataSet): string {
  const { origin, title } = dataSet;
  if (origin.kind === 'built-in') return ROW_OF_BUILT_IN[origin.id];
  if (origin.kind === 'synthetic')
    return origin.settings.noise > 0
      ? `In the made-up data on screen (${title}) a row is one point scattered around the line you chose.`
      : `In the made-up data on screen (${title}) a row is one point lying exactly on the chosen line.`;
  const columns = selectableColumns(dataSet).map((column) => column.name);
  const where = origin.kind === 'file' ? `In your file ${title}` : 'In the data you pasted';
  return columns.length > 0
    ? `${where} a row holds one value of each numeric column: ${listOfNames(columns)}.`
    : `${where} a row is one line of the table.`;
}
