import type { LeftOutCell } from '../adapters/csv/usableRows';
import { columnRange } from '../core/columns';
import { DataError } from '../core/dataError';
import { type SufficientStatistics, sufficientStatistics } from '../core/gradientDescent/sufficientStatistics';
import { hessianEigenDecomposition } from '../core/hessianEigen';
import type { Line } from '../core/line';
import { meanSquaredError } from '../core/metrics';
import { applyScaler, fitMinMaxScaler, IDENTITY_SCALER, type MinMaxScaler } from '../core/scaling';
import type { FitBasis } from './activeFit';
import { type DataSet, findColumn } from './dataSet';
import { describeFitConditioning } from './fitWarning';
import { pairedRows } from './pairedRows';

/**
 * Everything fixed by the choice of data, columns and scaling: the numbers gradient descent
 * works on, the exact least-squares answer to compare against, and the stable-rate bound.
 */
export interface RegressionProblem extends FitBasis {
  readonly kind: 'line';
  readonly featureName: string;
  readonly responseName: string;
  readonly scaled: boolean;
  /** Feature and response as gradient descent sees them (scaled to [0, 1] when scaling is on). */
  readonly feature: Float64Array;
  readonly response: Float64Array;
  /** Feature and response in their original units (the same arrays when scaling is off). */
  readonly rawFeature: Float64Array;
  readonly rawResponse: Float64Array;
  readonly featureScaler: MinMaxScaler;
  readonly responseScaler: MinMaxScaler;
  /**
   * Smallest and largest value of `feature` and of `response`, found once where the problem is
   * prepared (a worker, for large data), so plots never walk a million rows to frame them.
   */
  readonly featureRange: { readonly min: number; readonly max: number };
  readonly responseRange: { readonly min: number; readonly max: number };
  /** Rows left out because the feature or the response cell is missing or not a number. */
  readonly leftOutRowCount: number;
  /** The first few cells that kept rows out, and a sentence about them (null when none were). */
  readonly leftOut: readonly LeftOutCell[];
  readonly leftOutNotice: string | null;
  /** The centred sums every fit and every long run of this problem is computed from. */
  readonly statistics: SufficientStatistics;
  readonly ols: Line;
  readonly olsLoss: number;
  /** MSE of the flat line at the mean response: the loss scale used to judge convergence. */
  readonly responseVariance: number;
  /** 2/λmax: batch gradient descent converges for learning rates below this. */
  readonly stableLearningRate: number;
  /** When the data's conditioning limits how many digits of the fit mean anything, why (else null). */
  readonly fitWarning: string | null;
}

/** Builds the problem, throwing a DataError with a student-readable message if it cannot be fitted. */
export function prepareRegressionProblem(
  dataSet: DataSet,
  featureName: string,
  responseName: string,
  scaled: boolean,
): RegressionProblem {
  const featureColumn = findColumn(dataSet, featureName);
  const responseColumn = findColumn(dataSet, responseName);
  if (!featureColumn || !responseColumn)
    throw new DataError(`The data set has no column named "${!featureColumn ? featureName : responseName}".`);
  if (featureName === responseName)
    throw new DataError(
      'The feature and the response are the same column; pick two different columns to see how one predicts the other.',
    );
  const rows = pairedRows(featureColumn, responseColumn);
  if (!rows.ok) throw new DataError(rows.problem.message);
  const { feature: rawFeature, response: rawResponse } = rows;
  const featureScaler = scaled ? fitMinMaxScaler(rawFeature) : IDENTITY_SCALER;
  const responseScaler = scaled ? fitMinMaxScaler(rawResponse) : IDENTITY_SCALER;
  const feature = scaled ? applyScaler(featureScaler, rawFeature) : rawFeature;
  const response = scaled ? applyScaler(responseScaler, rawResponse) : rawResponse;
  let statistics: SufficientStatistics;
  try {
    statistics = sufficientStatistics(feature, response);
  } catch (error) {
    if (error instanceof DataError && /same/.test(error.message)) {
      throw new DataError(
        `Every row has the same ${featureName}, so no single line fits best: a line through the data could have any slope. Pick a feature whose values vary.`,
      );
    }
    throw error;
  }
  // The same arithmetic as fitLeastSquaresLine (numpy-order sums), from one shared pass.
  const ols: Line = {
    intercept: statistics.responseMean - statistics.bestSlope * statistics.featureMean,
    slope: statistics.bestSlope,
  };
  // Far from zero, residuals y − (a + b·x) cancel huge terms; the centred sum has every digit.
  const olsLoss = statistics.shifted
    ? statistics.minimalSumOfSquares / statistics.count
    : meanSquaredError(ols, feature, response);
  const responseVariance = statistics.responseSpread / statistics.count;
  return {
    kind: 'line',
    rowCount: statistics.count,
    statistics,
    featureName,
    responseName,
    scaled,
    feature,
    response,
    rawFeature,
    rawResponse,
    featureScaler,
    responseScaler,
    featureRange: columnRange(feature),
    responseRange: columnRange(response),
    leftOutRowCount: rows.leftOutCount,
    leftOut: rows.leftOut,
    leftOutNotice: rows.notice,
    ols,
    olsLoss,
    responseVariance,
    stableLearningRate: 2 / hessianEigenDecomposition(statistics).largest.value,
    fitWarning: describeFitConditioning(
      { feature: featureColumn.label, response: responseColumn.label },
      rawFeature,
      rawResponse,
    ),
  };
}
