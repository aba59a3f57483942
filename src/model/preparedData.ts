import { DataError } from '../core/dataError';
import type { DataSet } from './dataSet';
import { chooseFittablePair } from './fittablePair';
import { prepareRegressionProblem, type RegressionProblem } from './regressionProblem';
import { withoutColumnsMadeOnRead } from './scaledColumnsOnDemand';

/** The pair of columns to show first and its fit, worked out before the data reaches the page. */
export interface PreparedPair {
  readonly featureName: string;
  readonly responseName: string;
  readonly problem: RegressionProblem;
}

/** A prepared pair, or the sentence that says why no pair of the data's columns can be fitted. */
export type Preparation =
  | { readonly ok: true; readonly prepared: PreparedPair }
  | { readonly ok: false; readonly message: string };

/**
 * Chooses the pair of columns to fit (the preferred names when they work, else the default
 * pair; see {@link chooseFittablePair}) and prepares its regression problem, scaled or not.
 * Run where the data was read (a worker), so that on a million rows neither the O(n) pass
 * over the usable rows nor the centred sums ever run on the page's thread. The scaled columns of
 * large data are left out: the page makes them on read (see withScaledColumnsOnDemand).
 */
export function prepareLoadedData(
  dataSet: DataSet,
  preferred: { featureName: string; responseName: string } | undefined,
  scaled: boolean,
): Preparation {
  const choice = chooseFittablePair(dataSet, preferred);
  if (!choice.ok) return choice;
  try {
    const problem = prepareRegressionProblem(dataSet, choice.featureName, choice.responseName, scaled);
    return {
      ok: true,
      prepared: {
        featureName: choice.featureName,
        responseName: choice.responseName,
        problem: withoutColumnsMadeOnRead(problem),
      },
    };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Every buffer behind the data set's columns and the prepared problem's arrays, each once (the
 * problem shares its columns' arrays when no row is left out), to transfer rather than copy.
 */
export function buffersToTransfer(dataSet: DataSet, preparation: Preparation | null): ArrayBuffer[] {
  const arrays: Float64Array[] = dataSet.columns.map((column) => column.values);
  if (preparation?.ok) {
    const { problem } = preparation.prepared;
    arrays.push(problem.feature, problem.response, problem.rawFeature, problem.rawResponse);
  }
  return [...new Set(arrays.map((values) => values.buffer as ArrayBuffer))];
}
