// Small helpers that put file content into messages. Everything they return is plain text for
// the UI to show as text; nothing here is ever meant to be parsed as HTML.

const LONGEST_QUOTED = 40;

/** Characters that print as nothing (or as an ordinary space) and their names in messages. */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'no-break space',
  '\u00ad': 'soft hyphen',
  '\u061c': 'Arabic letter mark',
  '\u2007': 'figure space',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u202f': 'narrow no-break space',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero-width no-break space',
};
const INVISIBLE = /[\u00a0\u00ad\u061c\u2007\u200b-\u200f\u202a-\u202f\u2060\u2066-\u2069\ufeff]/g;

/**
 * The text with every invisible or look-alike character written out by name, so a message
 * about a cell that looks like "12" shows "12⟨pop directional isolate⟩" and the student can
 * see why it is not a number.
 *
 * @example showInvisible('2\u200b') // "2⟨zero-width space⟩"
 */
export function showInvisible(value: string): string {
  return value.replace(INVISIBLE, (character) => {
    const name =
      INVISIBLE_NAMES[character] ?? `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `⟨${name}⟩`;
  });
}

/** A value from the file, cut short with "…" past 40 characters, its invisible characters named. */
export function shortened(value: string): string {
  const short = value.length > LONGEST_QUOTED ? `${value.slice(0, LONGEST_QUOTED)}…` : value;
  return showInvisible(short);
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

/**
 * A size in bytes as "812 bytes", "4.5 KiB" or "210.0 MiB": binary units (1 KiB = 1024 bytes,
 * 1 MiB = 1024² bytes), labelled as such, everywhere a size is shown. (A file a file manager
 * calls 220.2 MB, in millions of bytes, is 210.0 MiB.)
 *
 * @example formatBytes(220_200_000) // "210.0 MiB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return counted(bytes, 'byte');
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let size = bytes / 1024;
  let unit = 0;
  // Move up a unit before rounding could show "1024.0 KiB".
  while (size >= 1023.95 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  const digits = Number.isInteger(size) ? 0 : 1;
  return `${size.toFixed(digits)} ${units[unit]!}`;
}
