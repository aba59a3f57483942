/**
 * Python source text for values that come from outside the code (column names, file names,
 * numbers), written so that whatever they hold can only ever be data, never code.
 */

/**
 * A double-quoted Python string literal holding exactly `text`, in plain ASCII: printable
 * characters stay as they are except `\`, `"` and the backtick; newlines, tabs and every other
 * character are written as escapes (`\n`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`). The literal therefore
 * never ends early, never spans a line, and reads the same in a comment or a Markdown code span.
 *
 * @example pythonString('say "hi"\n') // '"say \\"hi\\"\\n"'
 */
export function pythonString(text: string): string {
  let literal = '"';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (character === '\\') literal += '\\\\';
    else if (character === '"') literal += '\\"';
    else if (character === '\n') literal += '\\n';
    else if (character === '\r') literal += '\\r';
    else if (character === '\t') literal += '\\t';
    else if (code >= 0x20 && code < 0x7f && character !== '`') literal += character;
    else if (code < 0x100) literal += `\\x${hex(code, 2)}`;
    else if (code < 0x10000) literal += `\\u${hex(code, 4)}`;
    else literal += `\\U${hex(code, 8)}`;
  }
  return `${literal}"`;
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

/**
 * A double as text that reads back as the very same double, in Python (`float(text)`) and in
 * JavaScript: the shortest round-trip form, with `-0.0` kept negative and whole numbers given a
 * `.0` so Python reads them as floats. Throws a RangeError on NaN or ±Infinity, which the
 * notebook never exports.
 *
 * @example pythonFloat(0.1) // '0.1'; pythonFloat(1000) // '1000.0'; pythonFloat(1e21) // '1e+21'
 */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Only finite numbers can be exported, not ${value}.`);
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A double for a data file: the shortest round-trip form (`-0` kept as `-0`). */
export function csvNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * Text from outside (a file name, a data set's title) made safe for Markdown and for a Python
 * comment: control characters and line or paragraph separators become spaces, and every ASCII
 * punctuation mark is backslash-escaped, so it can neither end the comment line nor turn into
 * a link, an HTML tag or emphasis.
 *
 * @example markdownText('a*b\nc') // 'a\\*b c'
 */
export function markdownText(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ').replace(/[!-/:-@[-`{-~]/g, (mark) => `\\${mark}`);
}
