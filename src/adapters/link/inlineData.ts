import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

// Small uploaded data sets travel inside a link: written as CSV, compressed with DEFLATE
// (fflate) and encoded as base64url, which a URL fragment carries unchanged. DEFLATE's
// Huffman stage suits CSV numbers (ten digits, a few separators) far better than lz-string's
// dictionary coder, and the payload decompresses back to the exact text (every double
// written by String() reads back as the same double).

/** A column to carry: its name and one value per row (NaN where the cell is blank). */
export interface InlineColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

/** CSV text of the columns: a header row, then one row per data row; blank cells for NaN. */
export function columnsToCsv(columns: readonly InlineColumn[]): string {
  const rowCount = columns[0]?.values.length ?? 0;
  const lines = [columns.map((column) => csvCell(column.name)).join(',')];
  for (let row = 0; row < rowCount; row++) {
    lines.push(
      columns
        .map((column) => {
          const value = column.values[row]!;
          return Number.isFinite(value) ? String(value) : '';
        })
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Compresses CSV text for a link: base64url of its DEFLATE bytes, and how many bytes those are. */
export function packCsv(csv: string): { payload: string; bytes: number } {
  const compressed = deflateSync(strToU8(csv), { level: 9 });
  return { payload: toBase64Url(compressed), bytes: compressed.length };
}

/** The CSV text a link carried. Throws an Error saying the data is damaged when it does not decompress. */
export function unpackCsv(payload: string): string {
  try {
    return strFromU8(inflateSync(fromBase64Url(payload)));
  } catch {
    throw new Error('the data in the link is damaged or cut short, so it could not be decompressed');
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
