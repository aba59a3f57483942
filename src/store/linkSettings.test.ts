import { describe, expect, it } from 'vitest';
import { createNotebookStore } from './notebookStore';

describe('applySettings', () => {
  it('applies many settings with one store update and lands on the published run (REFERENCE.md, table A)', () => {
    const store = createNotebookStore();
    store.getState().setScaling(false);
    store.getState().setLearningRate(0.5);
    store.getState().setEpochBudget(20);
    let updates = 0;
    store.subscribe(() => {
      updates += 1;
    });
    const ignored = store.getState().applySettings({
      scaling: true,
      learningRate: 0.1,
      epochBudget: 1000,
      currentEpoch: 1000,
      featureName: 'TV',
      responseName: 'Sales',
    });
    expect(updates).toBe(1);
    expect(ignored).toEqual([]);
    const state = store.getState();
    expect(state.trajectory!.intercepts.at(state.currentEpoch)).toBe(0.21519198226718594);
    expect(state.trajectory!.slopes.at(state.currentEpoch)).toBe(0.5534083104180343);
  });
  it('shows the epoch asked for, or the last one when the run ends sooner, and never plays', () => {
    const store = createNotebookStore();
    store.getState().play();
    store.getState().applySettings({ currentEpoch: 40 });
    expect([store.getState().currentEpoch, store.getState().playing]).toEqual([40, false]);
    store.getState().applySettings({ epochBudget: 10, currentEpoch: 500 });
    expect(store.getState().currentEpoch).toBe(10);
  });
  it('keeps the columns when the data has no such column or pairs one with itself, and says why', () => {
    const store = createNotebookStore();
    const ignored = store
      .getState()
      .applySettings({ featureName: '<script>alert(1)</script>', responseName: 'Radio', learningRate: 0.2 });
    expect(ignored).toEqual([
      {
        key: 'x',
        label: 'feature column',
        value: '<script>alert(1)</script>',
        reason: 'is not a column of Advertising',
      },
    ]);
    expect([store.getState().featureName, store.getState().responseName, store.getState().learningRate]).toEqual([
      'TV',
      'Radio',
      0.2,
    ]);
    const itself = store.getState().applySettings({ featureName: 'Radio', responseName: 'Radio' });
    expect(itself[0]!.reason).toMatch(/same column/);
    expect(store.getState().featureName).not.toBe(store.getState().responseName);
  });
});
