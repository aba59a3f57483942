import { DataError } from '../../core/dataError';
import { fitKeepingTriangle, type LeastSquaresFit } from '../../core/leastSquares/fitLinearLeastSquares';
import { gramStatisticsFromTriangle } from '../../core/leastSquares/triangleStatistics';
import { type GramStatistics, gramStatistics } from '../../core/linearModel/gramStatistics';
import { hessianSpectrum, type LinearHessianSpectrum } from '../../core/linearModel/hessian';
import type { FeatureColumn, LinearModel, LinearProblem } from '../../core/linearModel/model';
import { polynomialTerms } from '../../core/polynomial/polynomialTerms';
import {
  applyScaler,
  fitMagnitudeScaler,
  fitMinMaxScaler,
  IDENTITY_SCALER,
  type MinMaxScaler,
} from '../../core/scaling';
import type { FitBasis } from '../activeFit';
import { type DataSet, findColumn } from '../dataSet';
import { describeManyFeatureWarning } from './manyFeatureWarning';
import { type ModelChoice, termNames } from './modelChoice';
import { modelInWorkingUnits } from './modelUnits';
import { usableRowsOfColumns } from './usableRowsOfColumns';

/** Largest magnitude a power of the data may reach: its square then stays far from overflow. */
const LARGEST_TERM_MAGNITUDE = 1e150;

/**
 * The weight-vector problem `ŷ = b + w·x` (or `w·x` through the origin) fixed by the chosen
 * columns, degree, intercept and scaling: what gradient descent works on, the exact answer by
 * QR, and the Hessian's spectrum with the stable-rate bound. Working units are min–max scaled
 * columns (scaled by magnitude only through the origin, so that zero stays zero) when scaling
 * is on, the original units otherwise.
 */
export interface ManyFeatureProblem extends FitBasis {
  readonly kind: 'many';
  readonly choice: ModelChoice;
  readonly scaled: boolean;
  /** The weights' names in order: `x`, `x^2`, …, then the further features. */
  readonly termNames: readonly string[];
  readonly rowCount: number;
  readonly leftOutRowCount: number;
  readonly leftOutNotice: string | null;
  /** The terms and response as gradient descent sees them. */
  readonly working: LinearProblem;
  /** The terms (with their double-double residues for powers) and response in original units. */
  readonly original: LinearProblem;
  readonly termScalers: readonly MinMaxScaler[];
  readonly responseScaler: MinMaxScaler;
  /** The centred statistics of the working problem: every batch epoch costs O(p²) from them. */
  readonly statistics: GramStatistics;
  readonly spectrum: LinearHessianSpectrum;
  /** Least squares by QR in original units, with its rank, condition number and digits. */
  readonly leastSquares: LeastSquaresFit;
  /** The same least-squares model in working units (what gradient descent converges to). */
  readonly olsModel: LinearModel;
  /** MSE of the least-squares model in working units: the floor of the loss curve. */
  readonly olsLoss: number;
  /** MSE of the flat model at the mean response, working units (the convergence scale). */
  readonly responseVariance: number;
  /** 2/λmax of the working problem's Hessian. */
  readonly stableLearningRate: number;
  readonly fitWarning: string | null;
}

/**
 * Builds the problem from a data set and a choice, throwing a DataError whose message names the
 * columns when it cannot be fitted: a missing or repeated column, the response used as a
 * feature, too few usable rows, a constant column, powers too large to square, or columns
 * that depend on each other (QR's rank, see `fitLinearLeastSquares`). Complexity O(N·p²).
 */
export function prepareManyFeatureProblem(dataSet: DataSet, choice: ModelChoice, scaled: boolean): ManyFeatureProblem {
  const names = [choice.featureName, ...choice.extraFeatures];
  const seen = new Set<string>();
  for (const name of names) {
    if (name === choice.responseName)
      throw new DataError(
        `“${name}” is the response, so it cannot also be a feature. Untick it or choose another response.`,
      );
    if (seen.has(name)) throw new DataError(`“${name}” is chosen twice as a feature.`);
    seen.add(name);
  }
  const columns = names.map((name) => findColumn(dataSet, name));
  const response = findColumn(dataSet, choice.responseName);
  const missing = names[columns.findIndex((column) => !column)] ?? (!response ? choice.responseName : null);
  if (missing !== null || !response) throw new DataError(`The data set has no column named “${missing}”.`);
  const rows = usableRowsOfColumns(columns as NonNullable<(typeof columns)[number]>[], response, choice.throughOrigin);

  const [first, ...rest] = rows.features;
  const terms: FeatureColumn[] = [
    ...polynomialTerms({ name: choice.featureName, values: first! }, choice.polynomialDegree),
    ...rest.map((values, index) => ({ name: choice.extraFeatures[index]!, values })),
  ];
  for (const term of terms) assertSquarable(term);
  const original: LinearProblem = { features: terms, response: rows.response, fitIntercept: !choice.throughOrigin };
  const fitScaler = choice.throughOrigin ? fitMagnitudeScaler : fitMinMaxScaler;
  const termScalers = terms.map((term) => (scaled ? fitScaler(term.values) : IDENTITY_SCALER));
  const responseScaler = scaled ? fitScaler(rows.response) : IDENTITY_SCALER;
  const working: LinearProblem = scaled
    ? {
        features: terms.map((term, j) => ({ name: term.name, values: applyScaler(termScalers[j]!, term.values) })),
        response: applyScaler(responseScaler, rows.response),
        fitIntercept: original.fitIntercept,
      }
    : { ...original, features: terms.map((term) => ({ name: term.name, values: term.values })) };

  const count = rows.response.length;
  const { fit: leastSquares, factor } = fitKeepingTriangle(original);
  // a large fit keeps its QR triangle, and the descent statistics are read from it (no second pass over the data)
  const statistics =
    (factor && gramStatisticsFromTriangle(factor, termScalers, responseScaler, count)) ??
    gramStatistics(
      working.features.map((feature) => feature.values),
      working.response,
    );
  const spectrum = hessianSpectrum(statistics, working.fitIntercept);
  const olsModel = modelInWorkingUnits(leastSquares.model, termScalers, responseScaler);
  return {
    kind: 'many',
    choice,
    scaled,
    termNames: termNames(choice),
    rowCount: count,
    leftOutRowCount: rows.leftOutCount,
    leftOutNotice: rows.notice,
    working,
    original,
    termScalers,
    responseScaler,
    statistics,
    spectrum,
    leastSquares,
    olsModel,
    olsLoss: (leastSquares.residualSumOfSquares / count) * responseScaler.scale ** 2,
    responseVariance: statistics.responseSpread / count,
    stableLearningRate: spectrum.largestStableLearningRate,
    hessianConditionNumber: spectrum.conditionNumber,
    fitWarning: describeManyFeatureWarning(leastSquares, termNames(choice)),
  };
}

function assertSquarable(term: FeatureColumn): void {
  let largest = 0;
  for (let i = 0; i < term.values.length; i++) largest = Math.max(largest, Math.abs(term.values[i]!));
  if (largest > LARGEST_TERM_MAGNITUDE)
    throw new DataError(
      `The term “${term.name}” reaches ${largest.toPrecision(3)}, too large to square and add in doubles (about 1.8e308 at most). Choose a lower polynomial degree or divide the column by a power of ten.`,
    );
}
