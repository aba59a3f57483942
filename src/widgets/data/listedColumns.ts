/** Data sets with more columns than this get a filter box; a list then shows at most this many matches. */
export const LISTED_COLUMNS = 50;

/** The column names a picker lists, and how many names match its filter. */
export interface ListedColumns {
  readonly listed: readonly string[];
  readonly matching: number;
  /** Whether the data set is wide enough to need a filter at all. */
  readonly filtered: boolean;
}

/**
 * Which of `names` a column picker lists. Every name when there are at most
 * {@link LISTED_COLUMNS}; otherwise those containing `query` (ignoring case), the first
 * {@link LISTED_COLUMNS} of them in the data's order, plus every name in `kept` (the columns
 * chosen now), so a choice never vanishes from its control. Two thousand columns thus draw
 * fifty options, not two thousand. O(names).
 */
export function listColumns(names: readonly string[], query: string, kept: readonly string[]): ListedColumns {
  if (names.length <= LISTED_COLUMNS) return { listed: names, matching: names.length, filtered: false };
  const wanted = query.trim().toLocaleLowerCase();
  const keep = new Set(kept);
  const listed: string[] = [];
  let matching = 0;
  for (const name of names) {
    const matches = wanted === '' || name.toLocaleLowerCase().includes(wanted);
    if (matches) matching++;
    if ((matches && matching <= LISTED_COLUMNS) || keep.has(name)) listed.push(name);
  }
  return { listed, matching, filtered: true };
}

/** A short sentence under a filtered list: how many of the matching columns it shows. */
export function describeListed({ matching }: ListedColumns, total: number, query: string): string {
  const count = (n: number) => n.toLocaleString('en');
  if (query.trim() === '')
    return `Showing the first ${count(Math.min(matching, LISTED_COLUMNS))} of ${count(total)} columns; type part of a name to find the others.`;
  if (matching === 0) return `No column name contains “${query.trim()}”.`;
  if (matching <= LISTED_COLUMNS) return `${count(matching)} of ${count(total)} columns match.`;
  return `Showing the first ${count(LISTED_COLUMNS)} of ${count(matching)} matching columns; type more to narrow them.`;
}
