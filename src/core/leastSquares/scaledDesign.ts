import { quickTwoSum, twoSum } from '../doubleDouble/errorFreeTransforms';
import type { LinearProblem } from '../linearModel/model';
import { type DesignScaling, designScaling } from './streamedTriangle';

/**
 * The design least squares factorises, in memory: a column of ones (with an intercept) and
 * every feature centred on its mean (with an intercept), each column multiplied by a power of
 * two that brings its norm near 1 (`designScaling`). Column j is exactly
 * `((xⱼ + residueⱼ) − meanⱼ)·scaleⱼ`, held as the double-double `high + low`. Because the
 * scales are powers of two and the centring is done in double-double, the reparametrisation is
 * exact: the fitted coefficients map back to the original ones with no loss.
 */
export interface ScaledDesign extends DesignScaling {
  readonly high: Float64Array[];
  readonly low: Float64Array[];
}

/**
 * Builds the design in O(N·m) time and 16·N·m bytes. Assumes a checked problem
 * (`assertLinearProblem`) with no constant (or, without intercept, all-zero) column.
 */
export function buildScaledDesign(problem: LinearProblem): ScaledDesign {
  const scaling = designScaling(problem);
  const rows = problem.response.length;
  const high: Float64Array[] = [];
  const low: Float64Array[] = [];
  if (scaling.hasIntercept) {
    high.push(new Float64Array(rows).fill(scaling.scales[0]!));
    low.push(new Float64Array(rows));
  }
  const offset = scaling.hasIntercept ? 1 : 0;
  const pair = new Float64Array(2);
  problem.features.forEach((feature, j) => {
    const { values, residue } = feature;
    const mean = scaling.means[j]!;
    const scale = scaling.scales[j + offset]!;
    const columnHigh = new Float64Array(rows);
    const columnLow = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      twoSum(values[i]!, -mean, pair);
      quickTwoSum(pair[0]!, pair[1]! + (residue ? residue[i]! : 0), pair);
      columnHigh[i] = pair[0]! * scale;
      columnLow[i] = pair[1]! * scale;
    }
    high.push(columnHigh);
    low.push(columnLow);
  });
  return { ...scaling, high, low };
}
