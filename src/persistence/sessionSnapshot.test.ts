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

describe('readSnapshot', () => {
  it('accepts what snapshotOf wrote', () => {
    expect(readSnapshot(fresh()).ok).toBe(true);
  });
  it.each([
    ['nothing', null, /not a saved session/],
    ['an older version', { ...fresh(), version: SNAPSHOT_VERSION - 1 }, /older version/],
    ['a damaged origin', { ...fresh(), origin: { kind: 'mystery' } }, /where the data came from/],
    [
      'a non-numeric learning rate',
      { ...fresh(), settings: { ...fresh().settings, learningRate: 'fast' } },
      /learningRate/,
    ],
    ['an unknown optimiser', { ...fresh(), settings: { ...fresh().settings, optimiserKind: 'lbfgs' } }, /optimiser/],
    [
      'a file session without its data',
      { ...fresh(), origin: { kind: 'file', fileName: 'a.csv' }, dataSet: null },
      /data is damaged/,
    ],
  ])('refuses %s and says why', (_name, stored, reason) => {
    const read = readSnapshot(stored);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });
  it('refuses uploaded data whose columns are not typed arrays of the right length', () => {
    const column = {
      name: 'x',
      label: 'x',
      values: new Float64Array(2),
      numericCount: 2,
      missing: [],
      missingCount: 0,
      kind: 'numeric',
      isIndex: false,
    };
    const dataSet = { title: 't', source: 's', origin: { kind: 'pasted' }, rowCount: 3, columns: [column] };
    expect(readSnapshot({ ...fresh(), origin: { kind: 'pasted' }, dataSet }).ok).toBe(false);
    expect(readSnapshot({ ...fresh(), origin: { kind: 'pasted' }, dataSet: { ...dataSet, rowCount: 2 } }).ok).toBe(
      true,
    );
  });
});
