import type { DataSet } from '../model/dataSet';
import type { RegressionProblem } from '../model/regressionProblem';

export interface PrepareFitRequest {
  /** Only the two chosen columns need to travel. */
  readonly dataSet: DataSet;
  readonly featureName: string;
  readonly responseName: string;
  readonly scaled: boolean;
}

export type PrepareFitReply =
  | { readonly ok: true; readonly problem: RegressionProblem }
  | { readonly ok: false; readonly message: string };
