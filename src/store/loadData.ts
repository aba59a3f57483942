import { type CsvImportResult, type CsvImportTask, formatBytes, importCsvText, startCsvImport } from '../adapters/csv';
import { toColumn } from '../core/columns';
import { DataError } from '../core/dataError';
import { generateSyntheticLine, type SyntheticDataSet, type SyntheticLineSettings } from '../core/syntheticData';
import { SECOND_LESSON, secondLessonDataSet } from '../core/syntheticPresets';
import { type BuiltInDataSetId, builtInDataSet } from '../data/builtInDataSets';
import { type DataOrigin, type DataSet, dataSetFromTable } from '../model/dataSet';
import { chooseFittablePair } from '../model/fittablePair';
import type { RegressionProblem } from '../model/regressionProblem';
import { LARGE_DATA_ROWS } from './dataSlice';
import { useNotebook } from './notebookStore';
import { prepareFitOffThread } from './prepareFitOffThread';

// The actions that bring data in from outside: files (read in a worker), pasted text, the
// built-in sets and generated data. Each ends in the store's loadDataSet, which keeps the
// previous data when the new one cannot be fitted.

let runningImport: CsvImportTask | null = null;

/** Reads a file off the main thread, showing progress; a newer file cancels an older one. */
export async function importFile(file: File): Promise<void> {
  runningImport?.cancel();
  const { setImportProgress } = useNotebook.getState();
  setImportProgress({ fileName: file.name, fraction: null });
  const task = startCsvImport(file, { onProgress: (fraction) => setImportProgress({ fileName: file.name, fraction }) });
  runningImport = task;
  const result = await task.promise;
  if (runningImport !== task) return; // superseded by a newer import
  runningImport = null;
  await acceptImport(
    result,
    { kind: 'file', fileName: file.name },
    file.name,
    `Your file ${file.name} (${formatBytes(file.size)})`,
  );
}

/** Stops the file being read; the data on screen stays as it is. */
export function cancelImport(): void {
  runningImport?.cancel();
  runningImport = null;
  useNotebook.getState().setImportProgress(null);
}

/** Reads CSV text typed or pasted into the page. */
export function importPastedText(text: string): void {
  void acceptImport(
    importCsvText(text, { name: 'pasted text' }),
    { kind: 'pasted' },
    'Pasted data',
    'Text pasted into the notebook',
  );
}

async function acceptImport(result: CsvImportResult, origin: DataOrigin, title: string, source: string): Promise<void> {
  const state = useNotebook.getState();
  if (!result.ok) {
    if (result.problem.code === 'cancelled') state.setImportProgress(null);
    else state.reportDataError(`${title} was not loaded: ${result.problem.message}`);
    return;
  }
  const dataSet = dataSetFromTable(result.table, origin, title, source);
  const loaded =
    dataSet.rowCount > LARGE_DATA_ROWS
      ? await loadInSteps(dataSet, result.warnings)
      : state.loadDataSet(dataSet, { notices: result.warnings });
  if (!loaded) state.reportDataError(`${title} was not loaded: ${useNotebook.getState().dataError}`);
}

/** Lets the browser paint and handle input before the next step of a large load. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A million rows take a few hundred milliseconds of work after parsing. Done in one go on the
 * main thread, the page would freeze for that long; so the columns are chosen, the fit is
 * prepared in a worker, and showing it and running gradient descent are separate tasks.
 */
async function loadInSteps(
  dataSet: DataSet,
  notices: readonly string[],
  preferred?: { featureName: string; responseName: string },
): Promise<boolean> {
  const choice = chooseFittablePair(dataSet, preferred);
  await nextTask();
  if (!choice.ok) {
    useNotebook.getState().reportDataError(choice.message);
    return false;
  }
  const prepared = await prepareFitOffThread(
    dataSet,
    choice.featureName,
    choice.responseName,
    useNotebook.getState().scaling,
  );
  if (!prepared.ok) {
    useNotebook.getState().reportDataError(prepared.message);
    return false;
  }
  const problem: RegressionProblem = prepared.problem;
  await nextTask();
  return useNotebook.getState().loadDataSet(dataSet, {
    notices,
    prepared: { featureName: choice.featureName, responseName: choice.responseName, problem },
  });
}

/**
 * Brings back data saved with the session, preferring the saved pair of columns. Large data
 * goes through the same steps as a large upload, so restoring millions of rows never holds
 * the page for long. Returns whether the data could be fitted and was loaded.
 */
export function loadSavedDataSet(dataSet: DataSet, preferred?: { featureName: string; responseName: string }) {
  if (dataSet.rowCount > LARGE_DATA_ROWS) return loadInSteps(dataSet, [], preferred);
  return Promise.resolve(useNotebook.getState().loadDataSet(dataSet, preferred ?? {}));
}

/** Loads one of the data sets that ship with the notebook (each in a chunk of its own). */
export async function loadBuiltIn(id: BuiltInDataSetId): Promise<void> {
  const entry = builtInDataSet(id);
  const result = importCsvText(await entry.loadCsv(), { name: `${id}.csv` });
  if (!result.ok) throw new Error(`The shipped data set ${entry.title} failed to import: ${result.problem.message}`);
  useNotebook
    .getState()
    .loadDataSet(dataSetFromTable(result.table, { kind: 'built-in', id }, entry.title, entry.source), {
      featureName: entry.defaultFeature,
      responseName: entry.defaultResponse,
      notices: result.warnings,
    });
}

/** Generates points around a known line; the test points are kept aside for evaluation. */
export function loadSynthetic(settings: SyntheticLineSettings): void {
  try {
    const generated = generateSyntheticLine(settings);
    const description = `y = ${settings.slope}·x + ${settings.intercept}${settings.noise > 0 ? ` + noise (σ = ${settings.noise})` : ''}, x from ${settings.xMin} to ${settings.xMax}, seed ${settings.seed}`;
    loadGenerated(
      generated,
      { kind: 'synthetic', settings, preset: null },
      'Synthetic line',
      `Generated in the notebook: ${description}`,
    );
  } catch (error) {
    if (error instanceof DataError) useNotebook.getState().reportDataError(`No data was generated: ${error.message}`);
    else throw error;
  }
}

/**
 * The second lesson's set-up: x = 1…300 on the line y = 0.5x + 2 with no noise, unscaled,
 * learning rate 0.000025 for 200 000 epochs. Its published result is w = 0.5008287639956263,
 * b = 1.8339723159878247: the bias is still far from 2, because unscaled x makes it crawl.
 */
export function loadSecondLesson(seed: number): void {
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
  loadGenerated(
    secondLessonDataSet(seed),
    { kind: 'synthetic', settings, preset: 'second-lesson' },
    'Classic exercise: the line y = 0.5x + 2',
    `Generated in the notebook: x = 1…300 exactly on y = 0.5x + 2; ${testCount} test points with x from ${testXMin} to ${testXMax} (seed ${seed})`,
  );
  const state = useNotebook.getState();
  // The published result is for plain batch descent from zero, run to the end of the budget.
  state.setFlavourKind('batch');
  state.setOptimiserKind('plain');
  state.setStopOnTolerance(false);
  state.setScaling(false);
  state.setLearningRate(0.000025);
  state.setEpochBudget(200_000);
}

function loadGenerated(generated: SyntheticDataSet, origin: DataOrigin, title: string, source: string): void {
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
  useNotebook.getState().loadDataSet(dataSet, { featureName: 'x', responseName: 'y' });
}
