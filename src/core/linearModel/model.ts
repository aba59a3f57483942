import { DataError } from '../dataError';

/**
 * One feature of a linear model: a named numeric column. `residue`, when present, holds what
 * the doubles could not: the exact feature value of row i is `values[i] + residue[i]` (a
 * double-double). Derived features such as `x^7` carry it so that least squares can work with
 * the powers of the data as given rather than with their rounded doubles; raw data columns are
 * exact as doubles and leave it out.
 */
export interface FeatureColumn {
  readonly name: string;
  readonly values: Float64Array;
  readonly residue?: Float64Array;
}

/** A regression problem: features (one column each), the response, and whether the model has an intercept. */
export interface LinearProblem {
  readonly features: readonly FeatureColumn[];
  readonly response: Float64Array;
  /** False fits through the origin: ŷ = w·x, with no intercept (and R² taken about zero). */
  readonly fitIntercept: boolean;
}

/**
 * The model `ŷ = intercept + w₁x₁ + … + w_p x_p`. Without an intercept (`hasIntercept`
 * false) the intercept is 0 and stays 0.
 */
export interface LinearModel {
  readonly hasIntercept: boolean;
  readonly intercept: number;
  readonly weights: Float64Array;
}

/**
 * The model's parameters as one working vector `[intercept, w₁, …, w_p]`, the layout every
 * optimiser in this folder updates in place (slot 0 is 0 and held there without an intercept).
 */
export function parameterVector(model: LinearModel): Float64Array {
  const parameters = new Float64Array(model.weights.length + 1);
  parameters[0] = model.hasIntercept ? model.intercept : 0;
  parameters.set(model.weights, 1);
  return parameters;
}

/** The inverse of {@link parameterVector}: a model reading `[intercept, w₁, …, w_p]`. */
export function modelFromParameters(parameters: ArrayLike<number>, hasIntercept: boolean): LinearModel {
  const weights = new Float64Array(parameters.length - 1);
  for (let j = 1; j < parameters.length; j++) weights[j - 1] = parameters[j]!;
  return { hasIntercept, intercept: hasIntercept ? parameters[0]! : 0, weights };
}

/** The all-zero model with `featureCount` weights, where the lessons start gradient descent. */
export function zeroModel(featureCount: number, hasIntercept = true): LinearModel {
  return { hasIntercept, intercept: 0, weights: new Float64Array(featureCount) };
}

/**
 * Checks that a problem can be fitted: at least one feature, distinct non-empty names, every
 * column as long as the response, at least one row, every value finite (the last left out when
 * `checkValues` is false: the caller knows them finite). Throws a {@link DataError} naming the
 * first problem (the column and the row). Complexity O(N·p), O(p) without the values.
 */
export function assertLinearProblem(problem: LinearProblem, checkValues = true): void {
  const { features, response } = problem;
  if (features.length === 0) throw new DataError('Choose at least one feature to fit.');
  if (response.length === 0) throw new DataError('The data have no rows to fit.');
  const seen = new Set<string>();
  for (const feature of features) {
    if (feature.name.trim() === '') throw new DataError('Every feature needs a name.');
    if (seen.has(feature.name)) throw new DataError(`The feature "${feature.name}" is chosen twice.`);
    seen.add(feature.name);
    if (feature.values.length !== response.length) {
      throw new DataError(
        `"${feature.name}" has ${feature.values.length} values but the response has ${response.length}; they must pair up row by row.`,
      );
    }
    if (feature.residue && feature.residue.length !== feature.values.length)
      throw new DataError(`"${feature.name}" has a malformed residue column.`);
    if (checkValues) assertFinite(feature.values, `"${feature.name}"`);
  }
  if (checkValues) assertFinite(response, 'the response');
}

function assertFinite(column: Float64Array, label: string): void {
  for (let i = 0; i < column.length; i++) {
    if (!Number.isFinite(column[i]!))
      throw new DataError(`Row ${i + 1} of ${label} is ${String(column[i])}; every value must be a finite number.`);
  }
}
