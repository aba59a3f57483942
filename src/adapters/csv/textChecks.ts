/** How much of the start of a file the format checks look at (characters). */
export const SAMPLE_CHARACTERS = 64 * 1024;

const REPLACEMENT_CHARACTER = 0xfffd;

/** The text without a leading UTF-8 byte-order mark (U+FEFF), which Excel writes. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * What the start of the text says about the file: real text, UTF-16 text decoded as UTF-8, or
 * binary data. Binary means a NUL character, or more than 10% of the characters being control
 * characters (other than tab, line feed, carriage return, form feed) or U+FFFD, the mark a
 * decoder leaves for bytes that are not UTF-8. Complexity O(sample length).
 */
export function inspectSample(sample: string): 'text' | 'utf16' | 'binary' {
  let nulAtEven = 0;
  let nulAtOdd = 0;
  let strange = 0;
  let undecodable = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) {
      if (i % 2 === 0) nulAtEven++;
      else nulAtOdd++;
    } else if (code === REPLACEMENT_CHARACTER) {
      undecodable++;
    } else if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) {
      strange++;
    }
  }
  const nuls = nulAtEven + nulAtOdd;
  // UTF-16 text read as UTF-8 puts a NUL after (or before) every ASCII character.
  if (nuls > sample.length / 4 && Math.max(nulAtEven, nulAtOdd) > 0.95 * nuls) return 'utf16';
  if (nuls > 0 || strange + undecodable > sample.length / 10) return 'binary';
  return 'text';
}

/**
 * True when the text takes more than `maxBytes` bytes in UTF-8. Each UTF-16 code unit takes one
 * to three bytes (a surrogate pair four in all), so the exact count is needed only in between,
 * which keeps the common case free of a pass over a large text.
 */
export function exceedsUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8ByteLength(text) > maxBytes;
}

/** The number of bytes the text takes in UTF-8 (as TextEncoder would write it). Complexity O(n). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair is one character beyond U+FFFF
      i++;
    } else bytes += 3; // includes a lone surrogate, which is written as U+FFFD
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code < 0xe000;
}
