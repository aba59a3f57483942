import { existsSync, linkSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const directory = mkdtempSync(join(tmpdir(), 'downhill-bench-'));

/**
 * A reproducible CSV of `rows` rows × 4 numeric columns (a, b, c, d; d a noisy line in a),
 * written in pieces so a 200 MB file never sits in memory as one string. About 25 bytes a row.
 */
export function writeNumericCsv(rows, name = `rows-${rows}.csv`) {
  const path = join(directory, name);
  if (existsSync(path)) return path;
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  writeFileSync(path, 'a,b,c,d');
  const piece = [];
  for (let i = 0; i < rows; i++) {
    const x = next() * 300;
    piece.push(
      `\n${x.toFixed(2)},${(next() * 50).toFixed(2)},${(next() * 100).toFixed(2)},${(7 + 0.05 * x + next() * 3).toFixed(3)}`,
    );
    if (piece.length === 100_000 || i === rows - 1) {
      writeFileSync(path, piece.join(''), { flag: 'a' });
      piece.length = 0;
    }
  }
  return path;
}

/** The same file under another name (a hard link), so each upload is a new file to the page. */
export function sameFileNamed(path, name) {
  const copy = join(directory, name);
  if (!existsSync(copy)) linkSync(path, copy);
  return copy;
}

/** A CSV `columns` wide and `rows` long (c1, c2, …), every cell a number. */
export function writeWideCsv(columns, rows) {
  const path = join(directory, `wide-${columns}.csv`);
  const names = Array.from({ length: columns }, (_, i) => `c${i + 1}`);
  const lines = [names.join(',')];
  for (let row = 0; row < rows; row++) lines.push(names.map((_, i) => ((row * 7 + i * 13) % 97) / 4 + i).join(','));
  writeFileSync(path, lines.join('\n'));
  return path;
}

export const megabytes = (path) => statSync(path).size / 1e6;
