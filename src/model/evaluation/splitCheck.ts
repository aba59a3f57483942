import { type DataSet, findColumn } from '../dataSet';
import type { ModelChoice } from '../manyFeatures/modelChoice';
import { splitDataSet } from './splitData';

/** How a share of rows reads in a sentence: 0.2 → "20 %". */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))} %`;
}

/** How many parameters the chosen model fits: one weight a term, plus the intercept unless it goes through the origin. */
export function parameterCount(
  choice: Pick<ModelChoice, 'extraFeatures' | 'polynomialDegree' | 'throughOrigin'>,
): number {
  return choice.polynomialDegree + choice.extraFeatures.length + (choice.throughOrigin ? 0 : 1);
}

/** Rows of `data` with a finite number in every named column. O(N·c). */
export function usableRowCount(data: DataSet, names: readonly string[]): number {
  const columns = names.map((name) => findColumn(data, name)?.values);
  if (columns.some((column) => !column)) return 0;
  let count = 0;
  for (let i = 0; i < data.rowCount; i++) if (columns.every((column) => Number.isFinite(column![i]!))) count++;
  return count;
}

/**
 * Why holding out `testFraction` of the rows with this seed cannot be used for this model, in
 * words, or null when it can: the training part must keep at least as many usable rows as the
 * model has parameters (least squares has no single answer with fewer), and a positive fraction
 * must leave at least one usable held-out row to test on. O(N·c).
 */
export function describeSplitProblem(
  dataSet: DataSet,
  choice: ModelChoice,
  testFraction: number,
  seed: number,
): string | null {
  if (testFraction === 0) return null;
  const { training, test, split } = splitDataSet(dataSet, testFraction, seed);
  const names = [choice.featureName, ...choice.extraFeatures, choice.responseName];
  const parameters = parameterCount(choice);
  const trainingRows = usableRowCount(training, names);
  const share = percentText(testFraction);
  if (trainingRows < parameters)
    return `Holding out ${share} leaves ${trainingRows} training row${trainingRows === 1 ? '' : 's'} with a number in every chosen column, fewer than the ${parameters} parameters the model fits, so least squares has no single answer. Hold out less, or choose a simpler model.`;
  const testRows = test ? usableRowCount(test, names) : 0;
  if (testRows === 0)
    return `Holding out ${share} sets aside ${split.testRows.length} row${split.testRows.length === 1 ? '' : 's'}, but none has a number in every chosen column, so there is nothing to test on. Hold out more rows or try another seed.`;
  return null;
}

/** The share of rows an uploaded or pasted data set starts with held out. */
export const UPLOAD_TEST_FRACTION = 0.2;

/**
 * The test fraction a newly loaded data set opens with: {@link UPLOAD_TEST_FRACTION} for a file
 * or pasted text, when that split suits a line on the chosen pair; 0 for built-in and generated
 * data, so their published numbers stay exact, and for data whose fit was prepared elsewhere on
 * every row. O(N) for uploads, O(1) otherwise.
 */
export function initialTestFraction(
  dataSet: DataSet,
  pair: { featureName: string; responseName: string },
  seed: number,
  preparedOnEveryRow: boolean,
): number {
  if (preparedOnEveryRow || (dataSet.origin.kind !== 'file' && dataSet.origin.kind !== 'pasted')) return 0;
  const choice: ModelChoice = { ...pair, extraFeatures: [], polynomialDegree: 1, throughOrigin: false };
  return describeSplitProblem(dataSet, choice, UPLOAD_TEST_FRACTION, seed) ? 0 : UPLOAD_TEST_FRACTION;
}
