// Small helpers that put file content into messages. Everything they return is plain text for
// the UI to show as text; nothing here is ever meant to be parsed as HTML.

const LONGEST_QUOTED = 40;

/** A value from the file, cut short with "…" past 40 characters. */
export function shortened(value: string): string {
  return value.length > LONGEST_QUOTED ? `${value.slice(0, LONGEST_QUOTED)}…` : value;
}

/** A value from the file in curly quotes, shortened as by {@link shortened}. */
export function quoted(value: string): string {
  return `“${shortened(value)}”`;
}

/** A column as a message names it: its name in quotes, or "the unnamed column N". */
export function mentionColumn(column: { readonly name: string; readonly label: string }): string {
  return column.name === '' ? `the ${column.label.slice(1, -1)}` : quoted(column.name);
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** Like {@link listInWords}, but past `limit` items ends "… and 12 more". */
export function listSome(items: readonly string[], limit = 6): string {
  if (items.length <= limit) return listInWords(items);
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}

/** "1 row", "3 rows". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/** A size in bytes as "812 bytes", "4.5 kB" or "312.4 MB" (1 kB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return counted(bytes, 'byte');
  const units = ['kB', 'MB', 'GB'];
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  const digits = Number.isInteger(size) ? 0 : 1;
  return `${size.toFixed(digits)} ${units[unit]!}`;
}
