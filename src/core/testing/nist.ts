// Test helper: NIST StRD linear least-squares sets (copied from ../shared/data/nist, public
// domain, see nist/README.md), read straight from disk and built into problems exactly as
// NIST defines each model.
import { readFileSync } from 'node:fs';
import type { FeatureColumn, LinearProblem } from '../linearModel/model';
import { polynomialTerms } from '../polynomial/polynomialTerms';

export const NIST_DIRECTORY = new URL('./nist/', import.meta.url);

export interface NistCertified {
  readonly dataset: string;
  readonly intercept: boolean;
  readonly polynomial_terms_of_x?: number[];
  readonly certified: {
    readonly parameters: { name: string; estimate: number; sd: number }[];
    readonly r_squared: number;
    readonly residual_sd: number;
  };
}

export function readNistSet(name: string): { problem: LinearProblem; certified: NistCertified } {
  const certified = JSON.parse(readFileSync(new URL(`${name}.json`, NIST_DIRECTORY), 'utf8')) as NistCertified;
  const [header, ...lines] = readFileSync(new URL(`${name}.csv`, NIST_DIRECTORY), 'utf8')
    .trim()
    .split('\n');
  const names = header!.split(',');
  const rows = lines.map((line) => line.split(',').map(Number));
  const column = (index: number) => Float64Array.from(rows, (row) => row[index]!);
  const response = column(names.length - 1);
  let features: FeatureColumn[] = names
    .slice(0, -1)
    .map((featureName, index) => ({ name: featureName, values: column(index) }));
  const powers = (certified.polynomial_terms_of_x ?? []).filter((power) => power > 0);
  if (features.length === 1 && powers.length > 1) features = polynomialTerms(features[0]!, Math.max(...powers));
  return { problem: { features, response, fitIntercept: certified.intercept }, certified };
}
