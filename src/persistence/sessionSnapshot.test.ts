import { describe, expect, it } from 'vitest';
import { createNotebookStore } from '../store/notebookStore';
import { readSnapshot, SNAPSHOT_VERSION, snapshotOf } from './sessionSnapshot';

const fresh = () => snapshotOf(createNotebookStore().getState());

describe('snapshotOf', () => {
  it('saves built-in data by its recipe only, with every setting', () => {
    const snapshot = fresh();
    expect(snapshot.origin).toEqual({ kind: 'built-in', id: 'advertising' });
    expect(snapshot.dataSet).toBeNull();
    expect(snapshot.settings).toMatchObject({
      featureName: 'TV',
      responseName: 'Sales',
      learningRate: 0.1,
      epochBudget: 1000,
      scaling: true,
    });
  });
});

const column = (name: string, values: number[]) => ({
  name,
  label: name,
  values: Float64Array.from(values),
  numericCount: values.length,
  missing: [],
  missingCount: 0,
  kind: 'numeric',
  isIndex: false,
});
const pasted = (columns: unknown[], rowCount = 3) => ({
  ...fresh(),
  origin: { kind: 'pasted' },
  dataSet: { title: 't', source: 's', origin: { kind: 'pasted' }, rowCount, columns },
});
const goodColumns = () => [column('x', [1, 2, 3]), column('y', [2, 4, 7])];

function readWhole(stored: unknown) {
  const read = readSnapshot(stored);
  if (!read.ok) throw new Error(`expected a readable session, got: ${read.reason}`);
  return read.session;
}

describe('readSnapshot', () => {
  it('accepts what snapshotOf wrote, with nothing to report', () => {
    const session = readWhole(fresh());
    expect(session.origin).toEqual({ kind: 'built-in', id: 'advertising' });
    expect(session.settingProblems).toEqual([]);
    expect(session.settings).toEqual(fresh().settings);
  });
  it.each([
    ['nothing', null, /not a saved session/],
    ['an older version', { ...fresh(), version: SNAPSHOT_VERSION - 1 }, /older version/],
    ['a newer version', { ...fresh(), version: SNAPSHOT_VERSION + 1 }, /unknown version/],
  ])('refuses %s whole and says why', (_name, stored, reason) => {
    const read = readSnapshot(stored);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });
  it.each([
    ['a negative epoch', { currentEpoch: -3 }, 'currentEpoch', /epoch on screen -3/],
    [
      'an epoch budget of 1e12',
      { epochBudget: 1e12 },
      'epochBudget',
      /epoch budget 1000000000000 must be a whole number from 1 to 1,000,000/,
    ],
    ['a learning rate that is text', { learningRate: 'fast' }, 'learningRate', /learning rate “fast”/],
    ['an unknown optimiser', { optimiserKind: 'lbfgs' }, 'optimiserKind', /optimiser “lbfgs”/],
    ['an infinite tolerance', { tolerance: Infinity }, 'tolerance', /tolerance Infinity/],
    ['a start beyond reach', { start: { intercept: 0, slope: 1e300 } }, 'start', /starting line/],
  ])('drops %s, keeps every other setting, and says what was wrong', (_name, damage, key, reason) => {
    const stored = { ...fresh(), settings: { ...fresh().settings, ...damage } };
    const session = readWhole(stored);
    expect(session.settingProblems).toEqual([expect.stringMatching(reason)]);
    expect(session.settings).not.toHaveProperty(key);
    const { [key as keyof typeof session.settings]: _dropped, ...others } = fresh().settings;
    expect(session.settings).toMatchObject(others);
  });
  it('keeps the settings when the record of the data is damaged, and names the problem', () => {
    const session = readWhole({ ...fresh(), origin: { kind: 'mystery' } });
    expect(session.origin).toBeNull();
    expect(session.dataProblem).toMatch(/where the data came from/);
    expect(session.settings).toEqual(fresh().settings);
  });
  it('refuses an unknown built-in data set by name, in words', () => {
    const session = readWhole({ ...fresh(), origin: { kind: 'built-in', id: 'titanic' } });
    expect(session.dataProblem).toBe('it names a built-in data set the notebook does not have');
  });
  it.each([
    [
      'a file session without its data',
      { ...fresh(), origin: { kind: 'file', fileName: 'a.csv' }, dataSet: null },
      /not a table/,
    ],
    [
      'an Infinity in a column',
      pasted([column('x', [1, 2, 3]), column('y', [2, Infinity, 7])]),
      /row 2 of the column “y” holds Infinity/,
    ],
    ['a row count of 0', pasted([column('x', []), column('y', [])], 0), /has 0 rows, and a line needs at least two/],
    ['a row count of 1', pasted([column('x', [1]), column('y', [2])], 1), /has 1 row, and a line needs at least two/],
    [
      'a column shorter than the table',
      pasted([column('x', [1, 2]), column('y', [2, 4, 7])]),
      /“x” has 2 values for 3 rows/,
    ],
    [
      'numbers stored as a plain list',
      pasted([{ ...column('x', [1, 2, 3]), values: [1, 2, 3] }, column('y', [2, 4, 7])]),
      /not stored as numbers/,
    ],
    ['a single column', pasted([column('x', [1, 2, 3])]), /fewer than two columns/],
  ])('drops the data for %s, in plain words, and keeps the settings', (_name, stored, reason) => {
    const session = readWhole(stored);
    expect(session.dataSet).toBeNull();
    expect(session.dataProblem).toMatch(reason);
    expect(session.dataProblem).not.toMatch(/undefined|Cannot read|Invalid|Expected/);
    expect(session.settings).toEqual(fresh().settings);
  });
  it('keeps uploaded data whose columns are typed arrays of the right length', () => {
    const session = readWhole(pasted(goodColumns()));
    expect(session.dataProblem).toBeNull();
    expect(session.dataSet?.columns.map((each) => each.name)).toEqual(['x', 'y']);
    expect(session.dataSet?.columns[1]?.values).toBeInstanceOf(Float64Array);
  });
  it('keeps only the settings of a record saved without its data, and says so', () => {
    const session = readWhole({ ...pasted(goodColumns()), dataNotKept: true });
    expect(session.dataNotKept).toBe(true);
    expect(session.dataSet).toBeNull();
  });
});
