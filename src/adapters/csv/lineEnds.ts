// Line endings as papaparse reads them, found in a file's bytes without decoding them.

export const LINE_FEED = 10;
export const CARRIAGE_RETURN = 13;

/** The line endings papaparse tells apart. */
export type LineEnd = '\n' | '\r\n' | '\r';

/**
 * The line ending papaparse would settle on for this text (its own rule, on the first 1 MB of a
 * text with no quotes): LF unless CRs are present, in which case CRLF when most CRs are followed
 * by LF, else CR.
 */
export function papaparseLineEnding(text: string): LineEnd {
  const start = text.slice(0, 1024 * 1024);
  const byCr = start.split('\r');
  const byLf = start.split('\n');
  if (byCr.length === 1 || (byLf.length > 1 && byLf[0]!.length < byCr[0]!.length)) return '\n';
  let crFollowedByLf = 0;
  for (const piece of byCr) if (piece[0] === '\n') crFollowedByLf++;
  return crFollowedByLf >= byCr.length / 2 ? '\r\n' : '\r';
}

/** Whether `lineEnd` starts at `position` (its first byte is known to be there). */
export function startsWithLineEnd(bytes: Uint8Array, position: number, lineEnd: LineEnd): boolean {
  return lineEnd.length === 1 || bytes[position + 1] === LINE_FEED;
}

/** Where the next `lineEnd` starts at or after `from`, or −1. */
export function indexOfLineEnd(bytes: Uint8Array, from: number, lineEnd: LineEnd): number {
  const first = lineEnd === '\n' ? LINE_FEED : CARRIAGE_RETURN;
  for (let at = bytes.indexOf(first, from); at !== -1; at = bytes.indexOf(first, at + 1)) {
    if (startsWithLineEnd(bytes, at, lineEnd)) return at;
  }
  return -1;
}

/** Where the last `lineEnd` at or after `from` starts, or −1. */
export function lastIndexOfLineEnd(bytes: Uint8Array, from: number, lineEnd: LineEnd): number {
  const last = lineEnd === '\r' ? CARRIAGE_RETURN : LINE_FEED;
  for (let at = bytes.lastIndexOf(last); at >= from; at = at === 0 ? -1 : bytes.lastIndexOf(last, at - 1)) {
    if (lineEnd !== '\r\n') return at;
    if (at > from && bytes[at - 1] === CARRIAGE_RETURN) return at - 1;
  }
  return -1;
}

/**
 * The most data lines the bytes from `from` can hold: one per line ending's last byte (LF, or CR
 * for CR endings), plus one when the text does not end with it. Exact for a plain numeric file
 * with no blank lines; a file with blank lines has fewer rows, and its columns are cut to length.
 */
export function linesFrom(bytes: Uint8Array, from: number, lineEnd: LineEnd): number {
  const last = lineEnd === '\r' ? CARRIAGE_RETURN : LINE_FEED;
  const total = countByte(bytes, from, last);
  return bytes.length > from && bytes[bytes.length - 1] !== last ? total + 1 : total;
}

/**
 * How many bytes from `from` on equal `target`: four at a time, as 32-bit words (a byte equal
 * to the target is a zero byte of word ^ target×4, and the zero bytes are counted without a
 * branch), the bytes before the first aligned word and after the last one by one.
 */
export function countByte(bytes: Uint8Array, from: number, target: number): number {
  let count = 0;
  let i = from;
  while (i < bytes.length && (bytes.byteOffset + i) % 4 !== 0) if (bytes[i++] === target) count++;
  const wordCount = Math.floor((bytes.length - i) / 4);
  const words = wordCount > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + i, wordCount) : new Int32Array(0);
  const repeated = Math.imul(target, 0x01010101);
  for (let w = 0; w < wordCount; w++) {
    const x = words[w]! ^ repeated;
    // the high bit of each byte set where x's byte is zero
    const zero = ~((((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f) >>> 0);
    count += Math.imul((zero >>> 7) & 0x01010101, 0x01010101) >>> 24;
  }
  for (i += wordCount * 4; i < bytes.length; i++) if (bytes[i] === target) count++;
  return count;
}
