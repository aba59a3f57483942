import { ZERO_LINE } from '../core/line';
import { loadAdvertising } from '../model/advertisingDataSet';
import type { DataSet } from '../model/dataSet';
import { initialTestFraction } from '../model/evaluation/splitCheck';
import { chooseFittablePair, type PairChoice } from '../model/fittablePair';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../model/regressionProblem';
import type { ChosenSettings } from '../model/userSettings';
import { selectActiveRun } from './activeRun';
import { applyChoices } from './applyChoices';
import { type ColumnRole, pairAfterChoosing } from './columnChoice';
import type { NotebookState, SliceCreator } from './notebookState';
import { recompute } from './recompute';
import { usableExtraFeatures } from './settingsPatch';

/** A file being read in the background: its name and how far through it the reader is. */
export interface ImportProgress {
  readonly fileName: string;
  /** 0 … 1, or null while the file is still being loaded into memory. */
  readonly fraction: number | null;
}

export interface LoadOptions {
  featureName?: string;
  responseName?: string;
  notices?: readonly string[];
  /** The pair and its fit, already worked out (large data is prepared in steps; see loadData.ts). */
  prepared?: { featureName: string; responseName: string; problem: RegressionProblem };
  /** The weight-vector problem of the settings' model, prepared in a worker (used only if it matches them). */
  preparedMany?: ManyFeatureProblem;
  /**
   * Choices to apply with the new data in the same recompute (a lesson's set-up, a restored
   * session); fields that break a rule are ignored, as `applySettings` does.
   */
  settings?: Readonly<Partial<ChosenSettings>>;
}

export interface DataSlice {
  dataSet: DataSet;
  featureName: string;
  responseName: string;
  /** Why the last attempt to load data failed; the data on screen is still the previous set. */
  dataError: string | null;
  /** Things worth knowing about the data just loaded (rows left out, columns renamed, …). */
  dataNotices: readonly string[];
  importProgress: ImportProgress | null;
  /** Why the saved session could not be brought back, until dismissed. */
  sessionNotice: string | null;
  setSessionNotice: (notice: string | null) => void;
  /**
   * Replaces the data set if some pair of its columns can be fitted, choosing the given columns
   * when they work. Otherwise keeps everything as it was and explains why in `dataError`.
   * Returns whether the data was loaded.
   */
  loadDataSet: (dataSet: DataSet, options?: LoadOptions) => boolean;
  reportDataError: (message: string) => void;
  /** Adds a notice about the data on screen (kept until new data is loaded). */
  addDataNotice: (notice: string) => void;
  dismissDataError: () => void;
  setImportProgress: (progress: ImportProgress | null) => void;
  setFeatureName: (name: string) => void;
  setResponseName: (name: string) => void;
}

/** Above this many rows a new data set's run is computed in a task of its own. */
export const LARGE_DATA_ROWS = 200_000;

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => ({
  dataSet: loadAdvertising(),
  featureName: 'TV',
  responseName: 'Sales',
  dataError: null,
  dataNotices: [],
  importProgress: null,
  sessionNotice: null,
  setSessionNotice: (sessionNotice) => set({ sessionNotice }),
  loadDataSet: (dataSet, options = {}) => {
    const wantedFeature = options.featureName ?? options.settings?.featureName;
    const wantedResponse = options.responseName ?? options.settings?.responseName;
    const preferred =
      wantedFeature && wantedResponse ? { featureName: wantedFeature, responseName: wantedResponse } : undefined;
    const choice: PairChoice = options.prepared
      ? { ok: true, ...options.prepared }
      : chooseFittablePair(dataSet, preferred);
    if (!choice.ok) {
      set({ dataError: choice.message, importProgress: null });
      return false;
    }
    // On large data the fit and the run are computed in separate tasks, so the page keeps
    // responding between them (each stays well under 100 ms for a million rows).
    const deferRun = dataSet.rowCount > LARGE_DATA_ROWS;
    // The columns were chosen above (and a prepared problem fits exactly those), so the
    // settings' own column names are not applied a second time.
    const { featureName: _feature, responseName: _response, ...settings } = options.settings ?? {};
    set((state) => {
      const withData = {
        ...state,
        dataSet,
        featureName: choice.featureName,
        responseName: choice.responseName,
        start: ZERO_LINE,
        currentEpoch: 0,
        trajectory: null,
        manyTrajectory: null,
        // a new data set starts from its own first feature's line unless the settings say otherwise
        extraFeatures: [],
        polynomialDegree: 1,
        throughOrigin: false,
        // uploads start with a fifth held out; built-in and generated data with every row in training
        testFraction: initialTestFraction(dataSet, choice, state.splitSeed, Boolean(options.prepared)),
        splitError: null,
      };
      const { changes } = applyChoices(withData, settings, 'problem', {
        deferRun,
        preparedProblem: options.prepared?.problem,
        preparedManyProblem: options.preparedMany,
      });
      return { ...changes, dataError: null, dataNotices: options.notices ?? [], importProgress: null, keptRuns: [] };
    });
    if (deferRun)
      setTimeout(
        () => set((state) => (state.dataSet === dataSet && !selectActiveRun(state) ? recompute(state, 'run') : {})),
        0,
      );
    return true;
  },
  reportDataError: (message) => set({ dataError: message, importProgress: null }),
  addDataNotice: (notice) =>
    set((state) => (state.dataNotices.includes(notice) ? {} : { dataNotices: [...state.dataNotices, notice] })),
  dismissDataError: () => set({ dataError: null }),
  setImportProgress: (importProgress) => set({ importProgress }),
  // A new pair of columns is a new problem: its run starts again from the zero line.
  setFeatureName: (featureName) => chooseColumn(set, get, 'feature', featureName),
  setResponseName: (responseName) => chooseColumn(set, get, 'response', responseName),
});

/**
 * Chooses `name` for `role` (see {@link pairAfterChoosing}). On large data the new pair's problem
 * is prepared in the worker (modelSlice), like a change of features; otherwise here.
 */
function chooseColumn(
  set: Parameters<SliceCreator<DataSlice>>[0],
  get: () => NotebookState,
  role: ColumnRole,
  name: string,
): void {
  if (get().setColumnInBackground(role, name)) return;
  set((state) => {
    const pair = pairAfterChoosing(state, role, name);
    return withColumns(state, pair.featureName, pair.responseName);
  });
}

/** The state's changes for a new pair of columns: the extra features still usable, and a run from the zero line. */
function withColumns(state: NotebookState, featureName: string, responseName: string): Partial<NotebookState> {
  const extraFeatures = usableExtraFeatures(state.dataSet, featureName, responseName, state.extraFeatures);
  const changes = { featureName, responseName, extraFeatures, start: ZERO_LINE };
  return { ...changes, ...recompute({ ...state, ...changes }, 'problem') };
}
