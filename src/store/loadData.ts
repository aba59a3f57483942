import type { StoreApi } from 'zustand';
import { type CsvImportResult, formatBytes, importCsvText } from '../adapters/csv';
import { toColumn } from '../core/columns';
import { DataError } from '../core/dataError';
import { generateSyntheticLine, type SyntheticDataSet, type SyntheticLineSettings } from '../core/syntheticData';
import { SECOND_LESSON, secondLessonDataSet } from '../core/syntheticPresets';
import { type BuiltInDataSetId, builtInDataSet } from '../data/builtInDataSets';
import { type DataOrigin, type DataSet, dataSetFromTable } from '../model/dataSet';
import { chooseFittablePair } from '../model/fittablePair';
import type { Preparation } from '../model/preparedData';
import type { RegressionProblem } from '../model/regressionProblem';
import { withScaledColumnsOnDemand } from '../model/scaledColumnsOnDemand';
import type { ChosenSettings } from '../model/userSettings';
import { markDataApartSaved, trackDataApart } from '../persistence/dataApart';
import { hasStorage } from '../persistence/sessionStorage';
import { afterFirstCharts, FIRST_CHARTS_DEADLINE_MS } from '../plots/redrawQueue';
import { type FileImportTask, restoreDataApart, startFileImport } from './dataOffThread';
import { LARGE_DATA_ROWS } from './dataSlice';
import type { NotebookState } from './notebookState';
import { useNotebook } from './notebookStore';
import { prepareChosenModel } from './prepareChosenModel';
import { prepareFitOffThread } from './prepareFitOffThread';
import { savingBlocked } from './savingBlocked';
import { idleMoment, nextTask, quietMoment } from './slicedColumns';

// The actions that bring data in from outside: files (read in a worker), pasted text, the
// built-in sets and generated data. Each ends in the store's loadDataSet, which keeps the
// previous data when the new one cannot be fitted. Each takes the store it loads into (the
// app's by default; tests pass a fresh one) and, where it makes sense, choices to apply with
// the data in the same recompute.

type Store = StoreApi<NotebookState>;
type Choices = Readonly<Partial<ChosenSettings>>;

const runningImports = new WeakMap<Store, FileImportTask>();

/** A file with more columns than this is prepared and saved apart like large data (see importFile). */
const WIDE_DATA_COLUMNS = 200;

/**
 * Reads a file off the main thread, showing progress; a newer file cancels an older one. Large
 * data arrives with its columns chosen and its fit prepared in the worker, and the file itself
 * is saved for the next visit by a worker, so nothing walks or copies its rows to save them.
 */
export async function importFile(file: File, store: Store = useNotebook): Promise<void> {
  runningImports.get(store)?.cancel();
  const { setImportProgress } = store.getState();
  setImportProgress({ fileName: file.name, fraction: null });
  const scaled = store.getState().scaling;
  const description = {
    origin: { kind: 'file', fileName: file.name } as const,
    title: file.name,
    source: `Your file ${file.name} (${formatBytes(file.size)})`,
  };
  const task = startFileImport(
    file,
    {
      name: file.name,
      ...description,
      prepareAboveRows: LARGE_DATA_ROWS,
      prepareAboveColumns: WIDE_DATA_COLUMNS,
      scaled,
    },
    { onProgress: progressShownFor(file.name, setImportProgress) },
  );
  runningImports.set(store, task);
  const reply = await task.result;
  if (runningImports.get(store) !== task) return; // superseded by a newer import
  performance.mark('downhill:import-received'); // for npm run bench: where the time goes
  runningImports.delete(store);
  if (!reply.ok) {
    await acceptImport(store, reply, { kind: 'file', fileName: file.name }, file.name, '');
    return;
  }
  const { dataSet, warnings, preparation } = reply;
  if (!preparation) {
    if (!store.getState().loadDataSet(dataSet, { notices: warnings }))
      store.getState().reportDataError(`${file.name} was not loaded: ${store.getState().dataError}`);
    return;
  }
  const showing = loadPrepared(store, dataSet, preparation, warnings, { scaling: scaled });
  // The file is saved once its data is on screen (data that could not be shown is not saved).
  const state = store.getState();
  if (preparation.ok && hasStorage() && !savingBlocked.has(store) && !state.linkView && !state.embed)
    trackDataApart(
      dataSet,
      showing.then(async (loaded) => {
        if (!loaded) return { ok: false, fault: 'failed' } as const;
        await nextTask(); // not in the task that renders the data
        return (await task.save(description)) ?? { ok: false, fault: 'failed' };
      }),
    );
  if (!(await showing)) store.getState().reportDataError(`${file.name} was not loaded: ${store.getState().dataError}`);
}

/** The progress callback for a file, closing over nothing but its name and the setter (see dataOffThread.ts). */
function progressShownFor(fileName: string, setImportProgress: NotebookState['setImportProgress']) {
  return (fraction: number) => setImportProgress({ fileName, fraction });
}

/** Shows data whose columns were chosen and whose fit was prepared in a worker. */
async function loadPrepared(
  store: Store,
  dataSet: DataSet,
  preparation: Preparation,
  notices: readonly string[],
  choices: Choices,
): Promise<boolean> {
  if (!preparation.ok) {
    store.getState().reportDataError(preparation.message);
    return false;
  }
  // Restored or linked with several terms: that model is prepared in a worker as well.
  const { featureName, responseName } = preparation.prepared;
  const scaled = choices.scaling ?? store.getState().scaling;
  const model = await prepareChosenModel(store, dataSet, { featureName, responseName }, choices, scaled);
  // A task of its own, in an idle moment: the page paints and answers input between receiving
  // and showing, and the garbage collection the new columns start is not finished in the render.
  await idleMoment();
  const loaded = store.getState().loadDataSet(dataSet, {
    notices: model.notice ? [...notices, model.notice] : notices,
    prepared: { ...preparation.prepared, problem: withScaledColumnsOnDemand(preparation.prepared.problem) },
    preparedMany: model.preparedMany,
    settings: { ...model.choices, scaling: scaled },
  });
  if (model.preparedMany) store.setState({ modelPreparing: false });
  return loaded;
}

/** An idle period this long (ms) means nothing else is waiting to run on the page. */
const QUIET_IDLE_MS = 40;

/**
 * Brings back large data saved in a record of its own: a worker reads it, checks it, chooses
 * its columns (the saved pair when it works) and prepares the fit; the page only shows it.
 * Returns whether it was loaded, or the reason it could not be used.
 */
export async function loadSavedDataApart(
  origin: DataOrigin,
  choices: Choices = {},
  store: Store = useNotebook,
): Promise<{ ok: true } | { ok: false; problem: string }> {
  const preferred =
    choices.featureName !== undefined && choices.responseName !== undefined
      ? { featureName: choices.featureName, responseName: choices.responseName }
      : undefined;
  const scaled = choices.scaling ?? store.getState().scaling;
  // Read once the page's first charts are drawn and it is quiet: on two cores the reading and
  // checking of tens of megabytes beside them stretched a chart's drawing past 50 ms.
  await afterFirstCharts();
  await quietMoment(QUIET_IDLE_MS, FIRST_CHARTS_DEADLINE_MS);
  const reply = await restoreDataApart({ origin, preferred, scaled });
  if (!reply.ok)
    return { ok: false, problem: 'fault' in reply ? "the browser's storage could not read it" : reply.problem };
  markDataApartSaved(reply.dataSet);
  const loaded = await loadPrepared(store, reply.dataSet, reply.preparation, reply.warnings, {
    ...choices,
    scaling: scaled,
  });
  if (loaded) return { ok: true };
  const problem = store.getState().dataError ?? 'no pair of its columns can be fitted';
  store.getState().dismissDataError();
  return { ok: false, problem: problem.replace(/\.$/, '') };
}

/** Stops the file being read; the data on screen stays as it is. */
export function cancelImport(store: Store = useNotebook): void {
  runningImports.get(store)?.cancel();
  runningImports.delete(store);
  store.getState().setImportProgress(null);
}

/** Reads CSV text typed or pasted into the page. */
export function importPastedText(text: string, store: Store = useNotebook): void {
  void acceptImport(
    store,
    importCsvText(text, { name: 'pasted text' }),
    { kind: 'pasted' },
    'Pasted data',
    'Text pasted into the notebook',
  );
}

async function acceptImport(
  store: Store,
  result: CsvImportResult,
  origin: DataOrigin,
  title: string,
  source: string,
): Promise<void> {
  const state = store.getState();
  if (!result.ok) {
    if (result.problem.code === 'cancelled') state.setImportProgress(null);
    else state.reportDataError(`${title} was not loaded: ${result.problem.message}`);
    return;
  }
  const dataSet = dataSetFromTable(result.table, origin, title, source);
  const loaded =
    dataSet.rowCount > LARGE_DATA_ROWS
      ? await loadInSteps(store, dataSet, result.warnings)
      : state.loadDataSet(dataSet, { notices: result.warnings });
  if (!loaded) state.reportDataError(`${title} was not loaded: ${store.getState().dataError}`);
}

/**
 * A million rows take a few hundred milliseconds of work after parsing. Done in one go on the
 * main thread, the page would freeze for that long; so the columns are chosen, the fit is
 * prepared in a worker, and showing it and running gradient descent are separate tasks.
 */
async function loadInSteps(
  store: Store,
  dataSet: DataSet,
  notices: readonly string[],
  choices: Choices = {},
): Promise<boolean> {
  const preferred =
    choices.featureName !== undefined && choices.responseName !== undefined
      ? { featureName: choices.featureName, responseName: choices.responseName }
      : undefined;
  const choice = chooseFittablePair(dataSet, preferred);
  await nextTask();
  if (!choice.ok) {
    store.getState().reportDataError(choice.message);
    return false;
  }
  // Prepared in the units the data will be shown in, so the prepared fit is the one applied.
  const scaled = choices.scaling ?? store.getState().scaling;
  const prepared = await prepareFitOffThread(dataSet, choice.featureName, choice.responseName, scaled);
  if (!prepared.ok) {
    // stale: a newer data set replaced this one while it was prepared; that one is shown instead
    if (!prepared.stale) store.getState().reportDataError(prepared.message);
    return false;
  }
  const problem: RegressionProblem = prepared.problem;
  const model = await prepareChosenModel(store, dataSet, choice, choices, scaled);
  await nextTask();
  const loaded = store.getState().loadDataSet(dataSet, {
    notices: model.notice ? [...notices, model.notice] : notices,
    prepared: { featureName: choice.featureName, responseName: choice.responseName, problem },
    preparedMany: model.preparedMany,
    settings: { ...model.choices, scaling: scaled },
  });
  if (model.preparedMany) store.setState({ modelPreparing: false });
  return loaded;
}

/**
 * Brings back data saved with the session, preferring the saved pair of columns. Large data
 * goes through the same steps as a large upload, so restoring millions of rows never holds
 * the page for long. Returns whether the data could be fitted and was loaded.
 */
export function loadSavedDataSet(
  dataSet: DataSet,
  choices: Choices = {},
  store: Store = useNotebook,
): Promise<boolean> {
  if (dataSet.rowCount > LARGE_DATA_ROWS) return loadInSteps(store, dataSet, [], choices);
  return Promise.resolve(store.getState().loadDataSet(dataSet, { settings: choices }));
}

/** Loads one of the data sets that ship with the notebook (each in a chunk of its own). */
export async function loadBuiltIn(
  id: BuiltInDataSetId,
  choices: Choices = {},
  store: Store = useNotebook,
): Promise<void> {
  const entry = builtInDataSet(id);
  let text: string;
  try {
    text = await entry.loadCsv();
  } catch {
    // Its chunk did not arrive: offline before the notebook was ever cached, or the network failed.
    store
      .getState()
      .reportDataError(
        `${entry.title} could not be loaded: its file did not arrive. The notebook may be offline and this data set not yet saved for offline use; connect once and choose it again.`,
      );
    return;
  }
  const result = importCsvText(text, { name: `${id}.csv` });
  if (!result.ok) throw new Error(`The shipped data set ${entry.title} failed to import: ${result.problem.message}`);
  const columnsChosen = choices.featureName !== undefined && choices.responseName !== undefined;
  store.getState().loadDataSet(dataSetFromTable(result.table, { kind: 'built-in', id }, entry.title, entry.source), {
    featureName: columnsChosen ? choices.featureName : entry.defaultFeature,
    responseName: columnsChosen ? choices.responseName : entry.defaultResponse,
    notices: result.warnings,
    settings: choices,
  });
}

/** Generates points around a known line; the test points are kept aside for evaluation. */
export function loadSynthetic(
  settings: SyntheticLineSettings,
  choices: Choices = {},
  store: Store = useNotebook,
): void {
  try {
    const generated = generateSyntheticLine(settings);
    const description = `y = ${settings.slope}·x + ${settings.intercept}${settings.noise > 0 ? ` + noise (σ = ${settings.noise})` : ''}, x from ${settings.xMin} to ${settings.xMax}, seed ${settings.seed}`;
    loadGenerated(
      store,
      generated,
      { kind: 'synthetic', settings, preset: null },
      'Synthetic line',
      `Generated in the notebook: ${description}`,
      choices,
    );
  } catch (error) {
    if (error instanceof DataError) store.getState().reportDataError(`No data was generated: ${error.message}`);
    else throw error;
  }
}

/**
 * The second lesson's set-up: x = 1…300 on the line y = 0.5x + 2 with no noise, unscaled,
 * learning rate 0.000025 for 200 000 epochs. Its published result is w = 0.5008287639956263,
 * b = 1.8339723159878247: the bias is still far from 2, because unscaled x makes it crawl.
 */
export function loadSecondLesson(seed: number, choices: Choices = {}, store: Store = useNotebook): void {
  const { slope, intercept, trainingCount, testCount, testXMin, testXMax } = SECOND_LESSON;
  const settings: SyntheticLineSettings = {
    slope,
    intercept,
    noise: 0,
    xMin: 1,
    xMax: trainingCount,
    trainingCount,
    testCount,
    seed,
  };
  // The published result is for plain batch descent from zero, run to the end of the budget;
  // the lesson's set-up and the data arrive in one recompute (a restored session's own
  // choices, when given, win).
  const lessonSetUp: Choices = {
    flavourKind: 'batch',
    optimiserKind: 'plain',
    stopOnTolerance: false,
    scaling: false,
    learningRate: 0.000025,
    epochBudget: 200_000,
  };
  loadGenerated(
    store,
    secondLessonDataSet(seed),
    { kind: 'synthetic', settings, preset: 'second-lesson' },
    'Classic exercise: the line y = 0.5x + 2',
    `Generated in the notebook: x = 1…300 exactly on y = 0.5x + 2; ${testCount} test points with x from ${testXMin} to ${testXMax} (seed ${seed})`,
    { ...lessonSetUp, ...choices },
  );
}

function loadGenerated(
  store: Store,
  generated: SyntheticDataSet,
  origin: DataOrigin,
  title: string,
  source: string,
  choices: Choices,
): void {
  const column = (name: string, values: Float64Array) => ({
    name,
    label: name,
    values: toColumn(values),
    numericCount: values.length,
    missing: [],
    missingCount: 0,
    kind: 'numeric' as const,
    isIndex: false,
  });
  const dataSet: DataSet = {
    title,
    source,
    origin,
    rowCount: generated.training.x.length,
    columns: [column('x', generated.training.x), column('y', generated.training.y)],
    testSet: { featureName: 'x', responseName: 'y', feature: generated.test.x, response: generated.test.y },
  };
  store.getState().loadDataSet(dataSet, { featureName: 'x', responseName: 'y', settings: choices });
}
