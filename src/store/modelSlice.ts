import { ZERO_LINE } from '../core/line';
import type { LinearTrajectory } from '../core/linearModel/recordLinearEpochs';
import type { DataSet } from '../model/dataSet';
import type { HeldOut } from '../model/evaluation/heldOut';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import { isManyFeatureChoice } from '../model/manyFeatures/modelChoice';
import type { RegressionProblem } from '../model/regressionProblem';
import { isValidPolynomialDegree, MAX_FEATURE_COUNT } from '../model/settings/limits';
import type { ChosenSettings } from '../model/userSettings';
import type { PreparationRefusal } from '../workers/prepareManyFitProtocol';
import { applyChoices } from './applyChoices';
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
  /**
   * While `modelPreparing`: every choice the model being prepared adds to the one on screen
   * (columns, features, degree, intercept, scaling, split), so the controls can show the
   * student's latest choice beside the fit that is still on screen; null otherwise.
   */
  preparingChoice: Readonly<Partial<ModelFields>> | null;
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
  /**
   * Holds out another share of the rows or another seed's rows on large data: the new split is
   * checked, and the model prepared on its training rows (with the held-out rows beside it), in
   * the worker, as a change of features is; returns false (and does nothing) when the data are small.
   */
  setSplitInBackground: (split: Partial<Pick<ModelFields, 'testFraction' | 'splitSeed'>>) => boolean;
  /**
   * Applies a patch of settings (a link, a preset; already checked, see `applySettings`) on large
   * data: when it changes the model or the split, that is prepared in the worker as a change of
   * features is, and the patch's other settings (learning rate, epoch, …) apply with it; returns
   * false (and does nothing) when the data are small or the patch changes only the run.
   */
  applySettingsInBackground: (settings: Readonly<Partial<ChosenSettings>>) => boolean;
  dismissModelChoiceError: () => void;
}

/** The choices that make a new problem: what a large data set's worker prepares. */
export type ModelFields = Pick<
  NotebookState,
  | 'featureName'
  | 'responseName'
  | 'extraFeatures'
  | 'polynomialDegree'
  | 'throughOrigin'
  | 'scaling'
  | 'testFraction'
  | 'splitSeed'
>;

const MODEL_FIELDS = [
  'featureName',
  'responseName',
  'extraFeatures',
  'polynomialDegree',
  'throughOrigin',
  'scaling',
  'testFraction',
  'splitSeed',
] as const satisfies readonly (keyof ModelFields)[];

/**
 * A choice sent to the worker and not answered yet: the data it is for, every field it changes,
 * the other settings to apply with it (from a link or preset), and its number.
 */
interface PendingChoice {
  readonly dataSet: DataSet;
  readonly patch: Partial<ModelFields>;
  readonly settings: Readonly<Partial<ChosenSettings>>;
  readonly generation: number;
}

/** What the worker prepared for a choice, to be used if it still fits the state when it lands. */
interface PreparedModel {
  readonly many?: ManyFeatureProblem;
  readonly line?: RegressionProblem;
  readonly onTrainingRows?: boolean;
  readonly heldOut?: HeldOut | null;
}

/** `settings` split into the fields that make a new problem and the others. O(fields). */
function modelPartOf(settings: Readonly<Partial<ChosenSettings>>): {
  model: Partial<ModelFields>;
  rest: Partial<ChosenSettings>;
} {
  const model: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    if ((MODEL_FIELDS as readonly string[]).includes(field)) model[field] = value;
    else rest[field] = value;
  }
  return { model: model as Partial<ModelFields>, rest: rest as Partial<ChosenSettings> };
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
): Promise<
  { ok: true; many?: ManyFeatureProblem; line?: RegressionProblem; heldOut?: HeldOut | null } | PreparationRefusal
> {
  // a split other than the one on screen is checked in the worker before the model is prepared
  const check = choice.testFraction !== state.testFraction || choice.splitSeed !== state.splitSeed;
  const split =
    choice.testFraction > 0 ? { testFraction: choice.testFraction, seed: choice.splitSeed, check } : undefined;
  if (isManyFeatureChoice(choice)) {
    const reply = await prepareManyFitOffThread(state.dataSet, choice, choice.scaling, split);
    return reply.ok ? { ok: true, many: reply.problem, heldOut: reply.heldOut } : reply;
  }
  const reply = await prepareFitOffThread(
    state.dataSet,
    choice.featureName,
    choice.responseName,
    choice.scaling,
    split,
  );
  return reply.ok ? { ok: true, line: reply.problem, heldOut: reply.heldOut } : reply;
}

export const createModelSlice: SliceCreator<ModelSlice> = (set, get) => {
  // A change that makes the data unfittable (two identical columns, more terms than rows, …)
  // is refused: the fit on screen stays, and the reason is shown beside the controls.
  const apply = (
    state: NotebookState,
    patch: Partial<ModelFields>,
    prepared: PreparedModel = {},
    settings: Readonly<Partial<ChosenSettings>> = {},
  ): Partial<NotebookState> => {
    const options = {
      preparedManyProblem: prepared.many,
      preparedProblem: prepared.line,
      preparedOnTrainingRows: prepared.onTrainingRows,
      preparedHeldOut: prepared.heldOut,
    };
    const newSplit = patch.testFraction !== undefined || patch.splitSeed !== undefined;
    const refused = (message: string) => (newSplit ? { splitError: message } : { modelChoiceError: message });
    if (Object.keys(settings).length > 0) {
      // a link's or preset's other settings (learning rate, epoch, …) apply in the same recompute
      const { changes } = applyChoices(state, { ...settings, ...patch }, 'problem', options);
      if (changes.problemError && !state.problemError) return refused(changes.problemError);
      return { ...changes, modelChoiceError: null, ...(newSplit ? { splitError: null } : {}), playing: false };
    }
    // The starting line belongs to the first feature's units; a new first feature, response or units start at zero.
    const newUnits = patch.scaling !== undefined && patch.scaling !== state.scaling;
    const newPair =
      (patch.featureName !== undefined && patch.featureName !== state.featureName) ||
      (patch.responseName !== undefined && patch.responseName !== state.responseName);
    const start = newPair || newUnits ? ZERO_LINE : state.start;
    const derived = recompute({ ...state, ...patch, start }, 'problem', options);
    if (derived.problemError && !state.problemError) return refused(derived.problemError);
    return { ...patch, start, ...derived, modelChoiceError: null, ...(newSplit ? { splitError: null } : {}) };
  };
  // The choice in the worker, if any, and the number of the latest request (only its reply is applied).
  let pending: PendingChoice | null = null;
  let generation = 0;
  const idle = { modelPreparing: false, preparingChoice: null } as const;
  const choose = (
    change: (state: NotebookState) => Partial<ModelFields> | null,
    settings: Readonly<Partial<ChosenSettings>> = {},
  ) => {
    const state = get();
    // a choice made while ours is being prepared builds on it; one made while a restore prepares its model waits
    const waiting = state.modelPreparing && pending?.dataSet === state.dataSet ? pending : null;
    if (state.modelPreparing && !waiting) return;
    const patch = change(waiting ? { ...state, ...waiting.patch } : state);
    if (!patch) return;
    const combined: Partial<ModelFields> = { ...waiting?.patch, ...patch };
    const withSettings = { ...waiting?.settings, ...settings };
    const next = { ...state, ...combined };
    if (!needsBackgroundModel(next)) {
      set((latest) => apply(latest, combined, {}, withSettings));
      return;
    }
    const mine = ++generation;
    if (changesNothing(state, combined) && Object.keys(withSettings).length === 0) {
      // back to the model on screen: the request in flight is dropped, and nothing needs preparing
      pending = null;
      set({ ...idle, splitError: null });
      return;
    }
    pending = { dataSet: state.dataSet, patch: combined, settings: withSettings, generation: mine };
    // On large data the O(N·p²) preparation (and a new split's O(N·C)) runs in a worker; the page stays responsive.
    set({ modelPreparing: true, preparingChoice: combined, modelChoiceError: null, splitError: null });
    void prepareInBackground(state, next).then((reply) => {
      // overtaken by a newer choice, whose own reply settles the model
      if (mine !== generation) return;
      pending = null;
      set((latest) => {
        if (latest.dataSet !== state.dataSet) return idle;
        if (!reply.ok) {
          if (reply.stale) return idle;
          return reply.splitRefused
            ? { ...idle, splitError: reply.message }
            : { ...idle, modelChoiceError: reply.message };
        }
        // prepared on the split made when it was asked for: used only if the rows held out are still those
        const target = { ...latest, ...combined };
        const sameSplit = target.testFraction === next.testFraction && target.splitSeed === next.splitSeed;
        if (!sameSplit) return { ...apply(latest, combined, {}, withSettings), ...idle };
        const many = reply.many?.scaled === target.scaling ? reply.many : undefined;
        const line =
          reply.line?.scaled === target.scaling &&
          reply.line.featureName === target.featureName &&
          reply.line.responseName === target.responseName
            ? reply.line
            : undefined;
        const prepared = { many, line, onTrainingRows: target.testFraction > 0, heldOut: reply.heldOut };
        return { ...apply(latest, combined, prepared, withSettings), ...idle };
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
    preparingChoice: null,
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
    setSplitInBackground: (split) => {
      if (!needsBackgroundModel(get())) return false;
      choose((state) => {
        const testFraction = split.testFraction ?? state.testFraction;
        const splitSeed = split.splitSeed ?? state.splitSeed;
        return testFraction === state.testFraction && splitSeed === state.splitSeed
          ? null
          : { testFraction, splitSeed };
      });
      return true;
    },
    applySettingsInBackground: (settings) => {
      const state = get();
      if (!needsBackgroundModel(state)) return false;
      const { model, rest } = modelPartOf(settings);
      if (changesNothing(state, model) && !state.modelPreparing) {
        // the same model (a patch names its columns and features even when they stay): only the run changes
        set((latest) => ({ ...applyChoices(latest, rest, null).changes, playing: false }));
        return true;
      }
      // one intent, as on small data: playback stops at once, the rest lands with the prepared model
      set({ playing: false });
      choose(() => model, rest);
      return true;
    },
    dismissModelChoiceError: () => set({ modelChoiceError: null }),
  };
};
