import type { DataSet } from '../model/dataSet';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { ModelChoice } from '../model/manyFeatures/modelChoice';

export interface PrepareManyFitRequest {
  /** Only the chosen columns need to travel. */
  readonly dataSet: DataSet;
  readonly choice: ModelChoice;
  readonly scaled: boolean;
}

export type PrepareManyFitReply =
  | { readonly ok: true; readonly problem: ManyFeatureProblem }
  | { readonly ok: false; readonly message: string };
