import { describe, expect, it } from 'vitest';
import { chooseDefaultColumns } from './defaultColumns';
import { column, importedTable } from './testing/fixtures';
import { usableRows } from './usableRows';

describe('what the imported fixtures report beyond their values', () => {
  it('lists the first unusable cells of a column with their rows, text and reasons', async () => {
    const { table } = await importedTable('missing-values.csv');
    expect(column(table, 'x').missing).toEqual([
      { row: 2, value: '', reason: 'missing' },
      { row: 5, value: 'n/a', reason: 'missing' },
    ]);
    expect(column(table, 'y').missing).toEqual([
      { row: 3, value: 'NA', reason: 'missing' },
      { row: 6, value: '', reason: 'missing' },
    ]);
    expect(column(table, 'y').missingCount).toBe(2);
  });
  it('tells Infinity, NaN and out-of-range numbers apart from text', async () => {
    const { table } = await importedTable('infinity-nan.csv');
    expect(column(table, 'x').missing).toEqual([{ row: 4, value: '-inf', reason: 'not-finite' }]);
    expect(column(table, 'y').missing.map((cell) => [cell.value, cell.reason])).toEqual([
      ['Infinity', 'not-finite'],
      ['NaN', 'not-finite'],
    ]);
    const beyond = await importedTable('beyond-double.csv');
    expect(column(beyond.table, 'x').missing).toEqual([{ row: 7, value: '1e400', reason: 'not-finite' }]);
    const text = await importedTable('text-cells.csv');
    expect(column(text.table, 'weight').missing).toEqual([{ row: 1, value: '5 kg', reason: 'text' }]);
  });
  it('keeps hostile header and cell text as plain, unchanged strings', async () => {
    const { table } = await importedTable('hostile-header.csv');
    expect(table.columns[0]!.name).toBe('<img src=x onerror=alert(1)>');
    expect(table.columns[0]!.label).toBe('<img src=x onerror=alert(1)>');
    expect(column(table, 'note').missing.map((cell) => cell.value)).toEqual([
      '<script>alert(1)</script>',
      'ok',
      '<b>bold</b>',
    ]);
  });
  it('labels unnamed columns by position', async () => {
    const { table } = await importedTable('index-empty-header.csv');
    expect(table.columns[0]!.label).toBe('(unnamed column 1)');
  });
  it('warns that commas are decimal marks in a semicolon file', async () => {
    const { warnings } = await importedTable('semicolon-decimal-comma.csv');
    expect(warnings).toContainEqual(expect.stringMatching(/Commas are read as decimal marks.*semicolons/));
  });
  it('warns when the first line is data rather than names', async () => {
    const { warnings } = await importedTable('no-header.csv');
    expect(warnings).toContainEqual(expect.stringMatching(/first line holds numbers.*“column 1”/));
  });
  it('warns about characters that are not UTF-8', async () => {
    const { warnings } = await importedTable('latin1.csv');
    expect(warnings).toContainEqual(expect.stringMatching(/not valid UTF-8.*CSV UTF-8/));
  });
  it('says which column holds row numbers and which hold text or nothing', async () => {
    expect((await importedTable('index-empty-header.csv')).warnings).toContain(
      'The unnamed column 1 looks like row numbers, so it is not chosen as the feature by default.',
    );
    expect((await importedTable('quoted-commas.csv')).warnings).toContain(
      'Mostly text, not numbers, so not offered as a feature or response: “name”.',
    );
    expect((await importedTable('trailing-delimiter.csv')).warnings).toContain(
      'Empty, and ignored: the unnamed column 3.',
    );
  });
  it('warns about a column with unusable cells and names the first', async () => {
    const { warnings } = await importedTable('text-cells.csv');
    expect(warnings).toContainEqual(
      expect.stringMatching(/^“price” has 2 cells without a usable number.*first is in row 2: it holds “\$13”/),
    );
  });
  it('gives no warnings for a clean file', async () => {
    expect((await importedTable('exponents.csv')).warnings).toEqual([]);
  });
});

describe('default columns and usable rows on the fixtures', () => {
  it('picks TV → Sales past the unnamed index column', async () => {
    const { table } = await importedTable('index-empty-header.csv');
    expect(chooseDefaultColumns(table)).toEqual({ featureIndex: 1, responseIndex: 3 });
  });
  it('picks a named 1…N column as the feature when nothing else is left', async () => {
    const { table } = await importedTable('sequence-feature.csv');
    expect(chooseDefaultColumns(table)).toEqual({ featureIndex: 0, responseIndex: 1 });
  });
  it('finds no pair in a single-column file', async () => {
    expect(chooseDefaultColumns((await importedTable('single-column.csv')).table)).toBeNull();
  });
  it('leaves out the row holding 1e400 and says why in those words', async () => {
    const { table } = await importedTable('beyond-double.csv');
    const rows = usableRows(column(table, 'x'), column(table, 'y'));
    expect(rows.ok && Array.from(rows.feature)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(rows.ok && rows.notice).toMatch(
      /row 7 of “x” holds 1e400, which is beyond the range of double-precision numbers/,
    );
  });
  it('refuses a constant feature, naming it and its value', async () => {
    const { table } = await importedTable('zero-variance-feature.csv');
    const rows = usableRows(column(table, 'x'), column(table, 'y'));
    expect(rows.ok).toBe(false);
    expect(!rows.ok && rows.problem.code).toBe('constant-feature');
    expect(!rows.ok && rows.problem.message).toMatch(
      /Every usable value of “x” is 4.*Choose a feature whose values vary/,
    );
  });
});
