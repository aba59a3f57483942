import { ZERO_LINE } from '../core/line';
import type { LinearTrajectory } from '../core/linearModel/recordLinearEpochs';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import { isManyFeatureChoice } from '../model/manyFeatures/modelChoice';
import type { RegressionProblem } from '../model/regressionProblem';
import { isValidPolynomialDegree, MAX_FEATURE_COUNT } from '../model/settings/limits';
import type { PreparationRefusal } from '../workers/prepareManyFitProtocol';
import { LARGE_DATA_ROWS } from './dataSlice';
import type { NotebookState, SliceCreator } from './notebookState';
import { prepareFitOffThread } from './prepareFitOffThread';
import { prepareManyFitOffThread } from './prepareManyFitOffThread';
import { recompute } from './recompute';

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
  /** True while a large data set's model is being prepared in the background; choices wait until it is done. */
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
  dismissModelChoiceError: () => void;
}

type ModelFields = Pick<
  NotebookState,
  'featureName' | 'extraFeatures' | 'polynomialDegree' | 'throughOrigin' | 'scaling'
>;

/**
 * True when this choice's problem is prepared in a worker: more than LARGE_DATA_ROWS rows, for
 * a weight-vector model and for a one-feature line alike (a million rows take hundreds of
 * milliseconds to scale and summarise).
 */
export function needsBackgroundModel(state: NotebookState): boolean {
  return state.dataSet.rowCount > LARGE_DATA_ROWS;
}

/** The problem of `choice` prepared in a worker: a weight-vector problem, or a one-feature line. */
async function prepareInBackground(
  state: NotebookState,
  choice: NotebookState,
): Promise<{ ok: true; many?: ManyFeatureProblem; line?: RegressionProblem } | PreparationRefusal> {
  if (isManyFeatureChoice(choice)) {
    const reply = await prepareManyFitOffThread(state.dataSet, choice, choice.scaling);
    return reply.ok ? { ok: true, many: reply.problem } : reply;
  }
  const reply = await prepareFitOffThread(state.dataSet, choice.featureName, choice.responseName, choice.scaling);
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
  ) => {
    // The starting line belongs to the first feature's units; a new first feature or new units start at zero.
    const newUnits = patch.scaling !== undefined && patch.scaling !== state.scaling;
    const start = (patch.featureName && patch.featureName !== state.featureName) || newUnits ? ZERO_LINE : state.start;
    const derived = recompute({ ...state, ...patch, start }, 'problem', {
      preparedManyProblem: prepared,
      preparedProblem: preparedLine,
    });
    if (derived.problemError && !state.problemError) return { modelChoiceError: derived.problemError };
    return { ...patch, start, ...derived, modelChoiceError: null };
  };
  const choose = (change: (state: NotebookState) => Partial<ModelFields> | null) => {
    const state = get();
    if (state.modelPreparing) return;
    const patch = change(state);
    if (!patch) return;
    const next = { ...state, ...patch };
    if (!needsBackgroundModel(next)) {
      set((latest) => apply(latest, patch));
      return;
    }
    // On large data the O(N·p²) preparation runs in a worker; the page stays responsive.
    set({ modelPreparing: true, modelChoiceError: null });
    void prepareInBackground(state, next).then((reply) =>
      set((latest) => {
        if (latest.dataSet !== state.dataSet) return { modelPreparing: false };
        // overtaken by a newer request (whose own reply settles the model): nothing to apply or report
        if (!reply.ok)
          return reply.stale ? { modelPreparing: false } : { modelPreparing: false, modelChoiceError: reply.message };
        const scaling = patch.scaling ?? latest.scaling;
        const many = reply.many?.scaled === scaling ? reply.many : undefined;
        const line =
          reply.line?.scaled === scaling &&
          reply.line.featureName === (patch.featureName ?? latest.featureName) &&
          reply.line.responseName === latest.responseName
            ? reply.line
            : undefined;
        return { ...apply(latest, patch, many, line), modelPreparing: false };
      }),
    );
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
    dismissModelChoiceError: () => set({ modelChoiceError: null }),
  };
};
