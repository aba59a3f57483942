import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsvText } from './importCsvText';
import { formatBytes, showInvisible } from './messageText';
import type { ImportedTable } from './types';
import { usableRows } from './usableRows';

// The hostile corpus in tests/fixtures/hostile: each file is read as the browser reads it.
const read = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/hostile/${name}`, import.meta.url), 'utf8');

function table(name: string): ImportedTable {
  const result = importCsvText(read(name), { name });
  if (!result.ok) throw new Error(`${name} did not import: ${result.problem.message}`);
  return result.table;
}

describe('the hostile corpus', () => {
  it('refuses values near ±1.7e308, naming the column and the overflow', () => {
    const [x, y] = table('overflow.csv').columns;
    const rows = usableRows(x!, y!);
    expect(rows.ok).toBe(false);
    expect(!rows.ok && rows.problem.code).toBe('out-of-scale');
    expect(!rows.ok && rows.problem.message).toMatch(
      /The data in “y” is too large to fit: it holds values as large as 1\.70e\+308/,
    );
  });

  it('refuses subnormal values such as 1e-320, which vary too little for their squares to exist', () => {
    const [x, y] = table('subnormal.csv').columns;
    const rows = usableRows(x!, y!);
    expect(!rows.ok && rows.problem.message).toMatch(
      /The data in “x” is too close to zero to fit: its values differ by only 9\.00e-320/,
    );
  });

  it('names invisible characters in messages about cells that look like numbers', () => {
    const [x, y] = table('invisible-characters.csv').columns;
    const shown = [...x!.missing, ...y!.missing].map((cell) => showInvisible(cell.value));
    expect(shown).toEqual([
      '2⟨zero-width space⟩',
      '4⟨no-break space⟩000',
      '⟨left-to-right mark⟩5',
      '12⟨pop directional isolate⟩',
    ]);
    const rows = usableRows(x!, y!);
    expect(rows.ok && rows.notice).toMatch(/2⟨zero-width space⟩/);
  });

  it('honours a first line sep=; as the separator, not as a header', () => {
    const imported = table('sep-hint.csv');
    expect(imported.delimiter).toBe(';');
    expect(imported.decimalComma).toBe(true);
    expect(imported.columns.map((column) => column.name)).toEqual(['x', 'y']);
    expect(Array.from(imported.columns[1]!.values)).toEqual([2, 4.1, 6.2, 7.9]);
  });

  it('refuses a sep= line naming a separator it cannot read, saying which', () => {
    const result = importCsvText('sep=|\nx|y\n1|2\n3|4\n');
    expect(!result.ok && result.problem.message).toMatch(
      /separated by “\|”, but the notebook reads only commas, semicolons and tabs/,
    );
  });

  it('measures sizes in one unit and labels it: 220.2 million bytes is 210.0 MiB', () => {
    expect(formatBytes(220_200_000)).toBe('210.0 MiB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MiB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1.0 MiB');
    expect(formatBytes(812)).toBe('812 bytes');
  });
});
