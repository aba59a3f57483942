import { ZERO_LINE } from '../core/line';
import type { LinearTrajectory } from '../core/linearModel/recordLinearEpochs';
import type { DataSet } from '../model/dataSet';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import { isManyFeatureChoice } from '../model/manyFeatures/modelChoice';
import type { RegressionProblem } from '../model/regressionProblem';
import { isValidPolynomialDegree, MAX_FEATURE_COUNT } from '../model/settings/limits';
import type { PreparationRefusal } from '../workers/prepareManyFitProtocol';
import { type ColumnRole, pairAfterChoosing } from './columnChoice';
import { LARGE_DATA_ROWS } from './dataSlice';
import type { NotebookState, SliceCreator } from './notebookState';
import { prepareFitOffThread } from './prepareFitOffThread';
import { prepareManyFitOffThread } from './prepareManyFitOffThread';
import { recompute } from './recompute';
import { usableExtraFeatures } from './settingsPatch';

export interface ModelSlice {
  /** Feature columns beyond the first (`featureName`), in the order ticked. */
  extraFeatures: string[];
  /** Powers of the first feature in the model (1 = the feature alone). */
  polynomialDegree: number;
  /** True fits ŷ = w·x with no intercept. */
  throughOrigin: boolean;
  /** The weight-vector problem when the choice is more than one feature's line; else null. */
  manyProblem: ManyFeatureProblem | null;
  manyTrajectory: LinearTrajectory | null;
  /** Why the last change of features, degree or intercept was refused (the previous model stays); null when none was. */
  modelChoiceError: string | null;
  /**
   * True while a large data set's model is being prepared in the background; the fit on screen
   * stays until it is ready. A choice made meanwhile is added to the one being prepared, and
   * only the latest request's model is shown.
   */
  modelPreparing: boolean;
  /** Ticks or unticks a feature column. The first feature cannot be unticked while it is the only one. */
  setFeatureChosen: (name: string, chosen: boolean) => void;
  setPolynomialDegree: (degree: number) => void;
  setThroughOrigin: (throughOrigin: boolean) => void;
  /**
   * Switches scaling on large data through the worker (a weight-vector model or a one-feature
   * line), with the same preparing status and refusal as a change of features; returns false
   * (and does nothing) when the data are small, which `setScaling` handles itself.
   */
  setScalingInBackground: (scaling: boolean) => boolean;
  /**
   * Chooses a feature or response column on large data through the worker, as a change of
   * features is; returns false (and does nothing) when the data are small, which the data slice
   * handles itself.
   */
  setColumnInBackground: (role: ColumnRole, name: string) => boolean;
  dismissModelChoiceError: () => void;
}

type ModelFields = Pick<
  NotebookState,
  'featureName' | 'responseName' | 'extraFeatures' | 'polynomialDegree' | 'throughOrigin' | 'scaling'
>;

/** A choice sent to the worker and not answered yet: the data it is for, every field it changes, and its number. */
interface PendingChoice {
  readonly dataSet: DataSet;
  readonly patch: Partial<ModelFields>;
  readonly generation: number;
}

/** True when applying `patch` to `state` changes nothing. O(fields + features). */
function changesNothing(state: NotebookState, patch: Partial<ModelFields>): boolean {
  return Object.entries(patch).every(([field, value]) => {
    const current = state[field as keyof ModelFields];
    return Array.isArray(value) && Array.isArray(current)
      ? value.length === current.length && value.every((name, index) => name === current[index])
      : value === current;
  });
}

/**
 * True when this choice's problem is prepared in a worker: more than LARGE_DATA_ROWS rows, for
 * a weight-vector model and for a one-feature line alike (a million rows take hundreds of
 * milliseconds to scale and summarise).
 */
export function needsBackgroundModel(state: NotebookState): boolean {
  return state.dataSet.rowCount > LARGE_DATA_ROWS;
}

/**
 * The problem of `choice` prepared in a worker: a weight-vector problem, or a one-feature line,
 * fitted on the training rows of the choice's split when rows are held out.
 */
async function prepareInBackground(
  state: NotebookState,
  choice: NotebookState,
): Promise<{ ok: true; many?: ManyFeatureProblem; line?: RegressionProblem } | PreparationRefusal> {
  const split = choice.testFraction > 0 ? { testFraction: choice.testFraction, seed: choice.splitSeed } : undefined;
  if (isManyFeatureChoice(choice)) {
    const reply = await prepareManyFitOffThread(state.dataSet, choice, choice.scaling, split);
    return reply.ok ? { ok: true, many: reply.problem } : reply;
  }
  const reply = await prepareFitOffThread(
    state.dataSet,
    choice.featureName,
    choice.responseName,
    choice.scaling,
    split,
  );
  return reply.ok ? { ok: true, line: reply.problem } : reply;
}

export const createModelSlice: SliceCreator<ModelSlice> = (set, get) => {
  // A change that makes the data unfittable (two identical columns, more terms than rows, …)
  // is refused: the fit on screen stays, and the reason is shown beside the controls.
  const apply = (
    state: NotebookState,
    patch: Partial<ModelFields>,
    prepared?: ManyFeatureProblem,
    preparedLine?: RegressionProblem,
    preparedOnTrainingRows?: boolean,
  ) => {
    // The starting line belongs to the first feature's units; a new first feature, response or units start at zero.
    const newUnits = patch.scaling !== undefined && patch.scaling !== state.scaling;
    const newPair =
      (patch.featureName !== undefined && patch.featureName !== state.featureName) ||
      (patch.responseName !== undefined && patch.responseName !== state.responseName);
    const start = newPair || newUnits ? ZERO_LINE : state.start;
    const derived = recompute({ ...state, ...patch, start }, 'problem', {
      preparedManyProblem: prepared,
      preparedProblem: preparedLine,
      preparedOnTrainingRows,
    });
    if (derived.problemError && !state.problemError) return { modelChoiceError: derived.problemError };
    return { ...patch, start, ...derived, modelChoiceError: null };
  };
  // The choice in the worker, if any, and the number of the latest request (only its reply is applied).
  let pending: PendingChoice | null = null;
  let generation = 0;
  const choose = (change: (state: NotebookState) => Partial<ModelFields> | null) => {
    const state = get();
    // a choice made while ours is being prepared builds on it; one made while a restore prepares its model waits
    const waiting = state.modelPreparing && pending?.dataSet === state.dataSet ? pending : null;
    if (state.modelPreparing && !waiting) return;
    const patch = change(waiting ? { ...state, ...waiting.patch } : state);
    if (!patch) return;
    const combined: Partial<ModelFields> = { ...waiting?.patch, ...patch };
    const next = { ...state, ...combined };
    if (!needsBackgroundModel(next)) {
      set((latest) => apply(latest, combined));
      return;
    }
    const mine = ++generation;
    if (changesNothing(state, combined)) {
      // back to the model on screen: the request in flight is dropped, and nothing needs preparing
      pending = null;
      set({ modelPreparing: false });
      return;
    }
    pending = { dataSet: state.dataSet, patch: combined, generation: mine };
    // On large data the O(N·p²) preparation runs in a worker; the page stays responsive.
    set({ modelPreparing: true, modelChoiceError: null });
    void prepareInBackground(state, next).then((reply) => {
      // overtaken by a newer choice, whose own reply settles the model
      if (mine !== generation) return;
      pending = null;
      set((latest) => {
        if (latest.dataSet !== state.dataSet) return { modelPreparing: false };
        if (!reply.ok)
          return reply.stale ? { modelPreparing: false } : { modelPreparing: false, modelChoiceError: reply.message };
        // prepared on the split made when it was asked for: used only if the rows held out are still those
        const sameSplit = latest.testFraction === next.testFraction && latest.splitSeed === next.splitSeed;
        if (!sameSplit) return { ...apply(latest, combined), modelPreparing: false };
        const scaling = combined.scaling ?? latest.scaling;
        const many = reply.many?.scaled === scaling ? reply.many : undefined;
        const line =
          reply.line?.scaled === scaling &&
          reply.line.featureName === (combined.featureName ?? latest.featureName) &&
          reply.line.responseName === (combined.responseName ?? latest.responseName)
            ? reply.line
            : undefined;
        return { ...apply(latest, combined, many, line, latest.testFraction > 0), modelPreparing: false };
      });
    });
  };
  return {
    extraFeatures: [],
    polynomialDegree: 1,
    throughOrigin: false,
    manyProblem: null,
    manyTrajectory: null,
    modelChoiceError: null,
    modelPreparing: false,
    setFeatureChosen: (name, chosen) =>
      choose((state) => {
        const all = [state.featureName, ...state.extraFeatures];
        if (chosen === all.includes(name) || name === state.responseName) return null;
        if (chosen) {
          if (all.length >= MAX_FEATURE_COUNT) return null;
          return { extraFeatures: [...state.extraFeatures, name] };
        }
        const rest = all.filter((feature) => feature !== name);
        if (rest.length === 0) return null;
        return { featureName: rest[0]!, extraFeatures: rest.slice(1) };
      }),
    setPolynomialDegree: (polynomialDegree) =>
      choose((state) =>
        isValidPolynomialDegree(polynomialDegree) && polynomialDegree !== state.polynomialDegree
          ? { polynomialDegree }
          : null,
      ),
    setThroughOrigin: (throughOrigin) =>
      choose((state) => (throughOrigin !== state.throughOrigin ? { throughOrigin } : null)),
    setScalingInBackground: (scaling) => {
      const state = get();
      if (!needsBackgroundModel({ ...state, scaling })) return false;
      choose((latest) => (scaling !== latest.scaling ? { scaling } : null));
      return true;
    },
    setColumnInBackground: (role, name) => {
      if (!needsBackgroundModel(get())) return false;
      choose((state) => {
        const pair = pairAfterChoosing(state, role, name);
        if (pair.featureName === state.featureName && pair.responseName === state.responseName) return null;
        const extraFeatures = usableExtraFeatures(
          state.dataSet,
          pair.featureName,
          pair.responseName,
          state.extraFeatures,
        );
        return { ...pair, extraFeatures };
      });
      return true;
    },
    dismissModelChoiceError: () => set({ modelChoiceError: null }),
  };
};
