import { describe, expect, it } from 'vitest';
import { readLink, writeLink } from '../model/settings';
import { readSnapshot, snapshotOf } from '../persistence/sessionSnapshot';
import { createNotebookStore } from './notebookStore';
import { selectStatusReport } from './statusSelector';

describe('the model slice: several features, powers and the intercept', () => {
  it('ticking Radio and Newspaper fits the weight vector and gradient descent ends where numpy does (REFERENCE C)', () => {
    const store = createNotebookStore();
    store.getState().setFeatureChosen('Radio', true);
    store.getState().setFeatureChosen('Newspaper', true);
    const state = store.getState();
    expect(state.problem).toBeNull();
    expect(state.trajectory).toBeNull();
    expect(state.manyProblem?.termNames).toEqual(['TV', 'Radio', 'Newspaper']);
    const run = state.manyTrajectory!;
    expect(run.lastEpoch).toBe(1000);
    expect(Math.abs(run.intercepts.at(1000)! / 0.05392310452927566 - 1)).toBeLessThan(1e-12);
    expect(state.currentEpoch).toBe(1000);
    expect(selectStatusReport(state).status).toBe('converged');
  });

  it('unticking the extra features brings back the one-feature line with its published numbers, bit for bit', () => {
    const store = createNotebookStore();
    const before = store.getState().trajectory!;
    store.getState().setFeatureChosen('Radio', true);
    store.getState().setFeatureChosen('Radio', false);
    const after = store.getState().trajectory!;
    expect(store.getState().manyProblem).toBeNull();
    expect(after.intercepts.at(1000)).toBe(before.intercepts.at(1000));
    expect(after.slopes.at(1000)).toBe(before.slopes.at(1000));
  });

  it('refuses a change the data cannot take, says why, and keeps the model on screen', () => {
    const store = createNotebookStore();
    store.getState().setFeatureChosen('Radio', true);
    const problem = store.getState().manyProblem;
    store.getState().setPolynomialDegree(10);
    // TV^10 reaches 2.9e23 and is still squarable: degree 10 of TV is allowed but poorly conditioned
    expect(store.getState().manyProblem?.termNames.length).toBe(11);
    expect(store.getState().modelChoiceError).toBeNull();
    store.getState().setPolynomialDegree(1);
    expect(store.getState().manyProblem?.termNames).toEqual(problem?.termNames);
  });

  it('moves a run through its epochs with the step, play and end controls', () => {
    const store = createNotebookStore();
    store.getState().setThroughOrigin(true);
    store.getState().reset();
    expect(store.getState().currentEpoch).toBe(0);
    store.getState().step(5);
    expect(store.getState().currentEpoch).toBe(5);
    store.getState().runToEnd();
    expect(store.getState().currentEpoch).toBe(store.getState().manyTrajectory!.lastEpoch);
    expect(store.getState().manyProblem?.olsModel.intercept).toBe(0);
  });

  it('a session keeps the features, the degree and the origin option, and a session saved before them still reads', () => {
    const store = createNotebookStore();
    store.getState().setFeatureChosen('Radio', true);
    store.getState().setPolynomialDegree(2);
    store.getState().setThroughOrigin(true);
    const snapshot = snapshotOf(store.getState());
    const read = readSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(read.ok && read.session.settings).toMatchObject({
      extraFeatures: ['Radio'],
      polynomialDegree: 2,
      throughOrigin: true,
    });
    const { extraFeatures: _e, polynomialDegree: _d, throughOrigin: _o, ...older } = snapshot.settings;
    const oldRead = readSnapshot(JSON.parse(JSON.stringify({ ...snapshot, settings: older })));
    expect(oldRead.ok && oldRead.session.settingProblems).toEqual([]);
  });

  it('a link carries the features (names with commas too) and applies them in one step', () => {
    const fragment = writeLink({
      settings: { extraFeatures: ['Radio', 'a,b'], polynomialDegree: 3, throughOrigin: false },
      fields: {},
    });
    const { link, ignored } = readLink(fragment);
    expect(ignored).toEqual([]);
    expect(link.settings.extraFeatures).toEqual(['Radio', 'a,b']);
    const store = createNotebookStore();
    const refused = store.getState().applySettings(link.settings);
    expect(refused.map((field) => field.value)).toEqual(['a,b']);
    expect(store.getState().manyProblem?.termNames).toEqual(['TV', 'TV^2', 'TV^3', 'Radio']);
  });

  it('a hostile link value for the degree is refused with the allowed range', () => {
    const { ignored } = readLink('v=1&degree=1e308&more=%ZZ');
    expect(ignored.map((field) => field.reason)).toEqual([
      expect.stringMatching(/damaged/),
      expect.stringMatching(/whole number from 1 to 10/),
    ]);
  });
});

describe('a learning rate too large for the weight vector', () => {
  it('diverges with a message that names the weight that swung furthest and the safe rate', () => {
    const store = createNotebookStore();
    store.getState().setFeatureChosen('Radio', true);
    store.getState().setFeatureChosen('Newspaper', true);
    store.getState().setLearningRate(0.7); // above 2/λmax = 0.6369
    const report = selectStatusReport(store.getState());
    expect(report.status).toBe('diverged');
    expect(report.message).toMatch(/the (weight of \w+|intercept) had swung furthest/);
    expect(report.message).toMatch(/0\.637/);
  });
});

describe('a run that stalls on badly conditioned data', () => {
  it('explains the stall with the Hessian condition number', () => {
    const store = createNotebookStore();
    store.getState().setPolynomialDegree(4);
    store.getState().runToEnd();
    const state = store.getState();
    const condition = state.manyProblem!.spectrum.conditionNumber;
    expect(condition).toBeGreaterThan(100);
    const report = selectStatusReport(state);
    expect(report.status).toBe('stopped');
    expect(report.message).toMatch(/condition number [\d.,e×⁰-⁹]+ \(λmax\/λmin\)/);
  });
});
