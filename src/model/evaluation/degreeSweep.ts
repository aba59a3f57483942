import { DataError } from '../../core/dataError';
import { modelMeanSquaredError } from '../../core/evaluation/modelErrors';
import { fitLinearLeastSquares } from '../../core/leastSquares/fitLinearLeastSquares';
import { gramStatistics } from '../../core/linearModel/gramStatistics';
import { hessianSpectrum } from '../../core/linearModel/hessian';
import { runLinearOptimiser } from '../../core/linearModel/runLinearOptimiser';

/** The highest degree the degree lesson sweeps to (the lab's own control stops at 10). */
export const MAX_SWEEP_DEGREE = 15;
/** Epochs of batch gradient descent run at each degree to show how conditioning slows it. */
export const SWEEP_EPOCHS = 5000;

/** Condition numbers above this cannot be measured in doubles: λmin is lost in λmax's rounding. */
export const MEASURABLE_CONDITION = 1e15;

/** One feature's rows, training and held out, in original units. */
export interface SweepRows {
  readonly trainingX: Float64Array;
  readonly trainingY: Float64Array;
  readonly testX: Float64Array;
  readonly testY: Float64Array;
}

/** What one degree gives: least squares' errors, or why the rows cannot take it; and gradient descent's struggle. */
export type DegreeResult =
  | {
      readonly degree: number;
      readonly ok: true;
      /** Least squares on the powers of the centred, scaled feature: intercept then weights of z, z², … */
      readonly coefficients: Float64Array;
      readonly trainingRmse: number;
      /** Null when nothing is held out. */
      readonly testRmse: number | null;
      /**
       * λmax/λmin of the MSE's Hessian on min–max scaled powers x, x², … (what gradient descent
       * would face); null when it exceeds {@link MEASURABLE_CONDITION}, beyond what doubles resolve.
       */
      readonly conditionNumber: number | null;
      /** Training RMSE batch gradient descent reaches in {@link SWEEP_EPOCHS} epochs at rate 1/λmax. */
      readonly descentTrainingRmse: number;
    }
  | { readonly degree: number; readonly ok: false; readonly reason: string };

/** The map x → z = (x − centre)/halfRange that takes the training feature onto [−1, 1]. */
export interface FeatureMap {
  readonly centre: number;
  readonly halfRange: number;
}

/** Powers z, z², …, z^degree of the mapped feature. O(N·degree). */
export function mappedPowers(x: ArrayLike<number>, map: FeatureMap, degree: number): Float64Array[] {
  const z = Float64Array.from(x, (value) => (value - map.centre) / map.halfRange);
  const powers: Float64Array[] = [z];
  for (let k = 2; k <= degree; k++) powers.push(Float64Array.from(z, (value, i) => value * powers[k - 2]![i]!));
  return powers;
}

/** The fitted polynomial's value at each x (original units), from {@link DegreeResult.coefficients}. O(M·degree). */
export function polynomialAt(coefficients: Float64Array, map: FeatureMap, x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x, (value) => {
    const z = (value - map.centre) / map.halfRange;
    let sum = 0;
    for (let k = coefficients.length - 1; k >= 1; k--) sum = (sum + coefficients[k]!) * z;
    return sum + coefficients[0]!;
  });
}

/** The training feature's map onto [−1, 1]; throws a DataError when the feature does not vary. O(N). */
export function featureMap(trainingX: ArrayLike<number>): FeatureMap {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < trainingX.length; i++) {
    low = Math.min(low, trainingX[i]!);
    high = Math.max(high, trainingX[i]!);
  }
  if (!(high > low)) throw new DataError('Every training row has the same feature value, so no curve can be fitted.');
  return { centre: (low + high) / 2, halfRange: (high - low) / 2 };
}

/**
 * Least squares by Householder QR (`fitLinearLeastSquares`) for every degree 1 … maxDegree of
 * one feature, on powers of the feature mapped onto [−1, 1] (powers of raw values such as
 * 300¹⁵ ≈ 1.4e37 would be hopelessly ill-conditioned; on [−1, 1] degree 15 stays near 1e7), with
 * training and test RMSE. Beside it, gradient descent as the lab would run it: min–max scaled
 * powers x, x², … (nearly parallel columns), its Hessian's condition number, and the training
 * RMSE it reaches in {@link SWEEP_EPOCHS} epochs at rate 1/λmax. A degree needs more distinct
 * training feature values than the degree; higher ones are refused with that reason.
 * Complexity O(maxDegree·(N·maxDegree² + SWEEP_EPOCHS·maxDegree²)).
 */
export function sweepDegrees(rows: SweepRows, maxDegree = MAX_SWEEP_DEGREE): DegreeResult[] {
  const map = featureMap(rows.trainingX);
  const distinct = new Set(rows.trainingX).size;
  const allTraining = mappedPowers(rows.trainingX, map, maxDegree);
  const allTest = mappedPowers(rows.testX, map, maxDegree);
  // what gradient descent sees: x mapped onto [0, 1], its powers, the response onto [0, 1]
  const unit = Float64Array.from(allTraining[0]!, (z) => (z + 1) / 2);
  let yLow = Infinity;
  let yHigh = -Infinity;
  for (const y of rows.trainingY) {
    yLow = Math.min(yLow, y);
    yHigh = Math.max(yHigh, y);
  }
  const yScale = yHigh > yLow ? 1 / (yHigh - yLow) : 1;
  const scaledY = Float64Array.from(rows.trainingY, (y) => (y - yLow) * yScale);
  const unitPowers: Float64Array[] = [unit];
  for (let k = 2; k <= maxDegree; k++)
    unitPowers.push(Float64Array.from(unit, (value, i) => value * unitPowers[k - 2]![i]!));
  const results: DegreeResult[] = [];
  for (let degree = 1; degree <= maxDegree; degree++) {
    if (degree >= distinct) {
      results.push({
        degree,
        ok: false,
        reason: `A degree-${degree} curve has ${degree + 1} coefficients, but the training rows hold only ${distinct} different ${distinct === 1 ? 'value' : 'values'} of the feature, so many curves fit them equally well. Hold out fewer rows or choose a lower degree.`,
      });
      continue;
    }
    const training = allTraining.slice(0, degree);
    const fit = fitLinearLeastSquares({
      features: training.map((values, k) => ({ name: `z^${k + 1}`, values })),
      response: rows.trainingY,
      fitIntercept: true,
    });
    const coefficients = Float64Array.of(fit.model.intercept, ...fit.model.weights);
    const trainingRmse = Math.sqrt(modelMeanSquaredError(fit.model, training, rows.trainingY));
    const testRmse =
      rows.testY.length > 0 ? Math.sqrt(modelMeanSquaredError(fit.model, allTest.slice(0, degree), rows.testY)) : null;
    const columns = unitPowers.slice(0, degree);
    const statistics = gramStatistics(columns, scaledY);
    const spectrum = hessianSpectrum(statistics, true);
    const run = runLinearOptimiser({
      problem: {
        features: columns.map((values, k) => ({ name: `x^${k + 1}`, values })),
        response: scaledY,
        fitIntercept: true,
      },
      learningRate: 1 / spectrum.largest,
      epochs: SWEEP_EPOCHS,
      statistics,
    });
    const descentTrainingRmse = Math.sqrt(run.losses[run.lastEpoch]!) / yScale;
    results.push({
      degree,
      ok: true,
      coefficients,
      trainingRmse,
      testRmse,
      conditionNumber:
        Number.isFinite(spectrum.conditionNumber) && spectrum.conditionNumber <= MEASURABLE_CONDITION
          ? spectrum.conditionNumber
          : null,
      descentTrainingRmse,
    });
  }
  return results;
}

/** A degree least squares could fit. */
export type FittedDegree = Extract<DegreeResult, { ok: true }>;
