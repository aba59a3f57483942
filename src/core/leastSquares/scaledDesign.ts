import { quickTwoSum, twoSum } from '../doubleDouble/errorFreeTransforms';
import type { LinearProblem } from '../linearModel/model';
import { pairwiseMean } from '../summation';
import { INTERCEPT_NAME } from './rankDeficiency';

/**
 * The design least squares factorises: a column of ones (with an intercept) and every feature
 * centred on its mean (with an intercept), each column multiplied by a power of two that
 * brings its norm near 1. Column j is exactly `((xⱼ + residueⱼ) − meanⱼ)·scaleⱼ`, held as the
 * double-double `high + low` (`low` only when asked for). Because the scales are powers of two
 * and the centring is done in double-double, the reparametrisation is exact: the fitted
 * coefficients map back to the original ones with no loss (see `toOriginalCoefficients`).
 */
export interface ScaledDesign {
  readonly names: readonly string[];
  readonly hasIntercept: boolean;
  readonly high: Float64Array[];
  readonly low: Float64Array[] | null;
  /** The mean subtracted from each feature (0 without intercept), one per feature. */
  readonly means: Float64Array;
  /** The power of two each design column was multiplied by, one per design column. */
  readonly scales: Float64Array;
  /** max over features of max|x| / rms(x − mean): how much the centring cancels (1 = nothing). */
  readonly cancellation: number;
}

/**
 * Builds the design in O(N·m). With `keepLow` false only the rounded columns are kept (the
 * fast path's memory: 8·N·m bytes). Assumes a checked problem (`assertLinearProblem`) with no
 * constant (or, without intercept, all-zero) column.
 */
export function buildScaledDesign(problem: LinearProblem, keepLow: boolean): ScaledDesign {
  const { features, fitIntercept } = problem;
  const rows = problem.response.length;
  const names = fitIntercept ? [INTERCEPT_NAME] : [];
  const high: Float64Array[] = [];
  const low: Float64Array[] = [];
  const scales: number[] = [];
  if (fitIntercept) {
    const scale = powerOfTwoNear(1 / Math.sqrt(rows));
    high.push(new Float64Array(rows).fill(scale));
    low.push(new Float64Array(rows));
    scales.push(scale);
  }
  const means = new Float64Array(features.length);
  const pair = new Float64Array(2);
  let cancellation = 1;
  features.forEach((feature, j) => {
    const mean = fitIntercept ? pairwiseMean(feature.values) : 0;
    means[j] = mean;
    const columnHigh = new Float64Array(rows);
    const columnLow = keepLow ? new Float64Array(rows) : null;
    let squares = 0;
    let largest = 0;
    const { values, residue } = feature;
    if (columnLow || residue) {
      for (let i = 0; i < rows; i++) {
        twoSum(values[i]!, -mean, pair);
        quickTwoSum(pair[0]!, pair[1]! + (residue ? residue[i]! : 0), pair);
        columnHigh[i] = pair[0]!;
        if (columnLow) columnLow[i] = pair[1]!;
      }
    } else {
      // the high part of TwoSum(x, −mean) is fl(x − mean): the same doubles, without the tail
      for (let i = 0; i < rows; i++) columnHigh[i] = values[i]! - mean;
    }
    for (let i = 0; i < rows; i++) {
      squares += columnHigh[i]! * columnHigh[i]!;
      const size = Math.abs(values[i]!);
      if (size > largest) largest = size;
    }
    const norm = Math.sqrt(squares);
    cancellation = Math.max(cancellation, largest / (norm / Math.sqrt(rows)));
    const scale = powerOfTwoNear(1 / norm);
    for (let i = 0; i < rows; i++) columnHigh[i] = columnHigh[i]! * scale;
    if (columnLow) for (let i = 0; i < rows; i++) columnLow[i] = columnLow[i]! * scale;
    names.push(feature.name);
    high.push(columnHigh);
    if (columnLow) low.push(columnLow);
    scales.push(scale);
  });
  return {
    names,
    hasIntercept: fitIntercept,
    high,
    low: keepLow ? low : null,
    means,
    scales: Float64Array.from(scales),
    cancellation,
  };
}

/** 2^round(log2 v) for a positive finite v (1 otherwise): scaling by it is exact. */
export function powerOfTwoNear(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  return 2 ** Math.max(-1000, Math.min(1000, Math.round(Math.log2(value))));
}
