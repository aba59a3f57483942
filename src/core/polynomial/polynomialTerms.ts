import { twoProduct } from '../doubleDouble/errorFreeTransforms';
import type { FeatureColumn } from '../linearModel/model';

/** The highest power a polynomial feature may have. */
export const MAX_POLYNOMIAL_DEGREE = 10;

/** The name of the k-th power of a column: the column's own name for k = 1, else `<name>^<k>` (e.g. `x^2`). */
export function powerName(name: string, power: number): string {
  return power === 1 ? name : `${name}^${power}`;
}

/**
 * The derived features x, x², …, x^degree of one column, named by {@link powerName}. Each power
 * is computed in double-double (`xᵏ = xᵏ⁻¹·x` by TwoProduct, carrying the low part), so
 * `values + residue` is the exact power of the data to about 1e−30 relative: a degree-10 fit
 * such as NIST's Filip loses half its digits if x¹⁰ is first rounded to a double. Complexity
 * O(N·degree). Throws a RangeError unless the degree is a whole number from 1 to 10.
 *
 * @example polynomialTerms({ name: 'x', values: Float64Array.of(3) }, 2).map((f) => f.name) // ['x', 'x^2']
 */
export function polynomialTerms(feature: FeatureColumn, degree: number): FeatureColumn[] {
  if (!Number.isInteger(degree) || degree < 1 || degree > MAX_POLYNOMIAL_DEGREE) {
    throw new RangeError(`The polynomial degree must be a whole number from 1 to ${MAX_POLYNOMIAL_DEGREE}.`);
  }
  const rows = feature.values.length;
  const terms: FeatureColumn[] = [feature];
  let high = feature.values;
  let low = feature.residue ?? new Float64Array(rows);
  const product = new Float64Array(2);
  for (let power = 2; power <= degree; power++) {
    const nextHigh = new Float64Array(rows);
    const nextLow = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const x = feature.values[i]!;
      const xLow = feature.residue ? feature.residue[i]! : 0;
      twoProduct(high[i]!, x, product);
      const tail = product[1]! + (high[i]! * xLow + low[i]! * x);
      const sum = product[0]! + tail;
      nextHigh[i] = sum;
      nextLow[i] = tail - (sum - product[0]!);
    }
    terms.push({ name: powerName(feature.name, power), values: nextHigh, residue: nextLow });
    high = nextHigh;
    low = nextLow;
  }
  return terms;
}
