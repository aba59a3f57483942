import type { RegressionProblem } from '../model/regressionProblem';
import type { DataSetShape } from './heldColumns';
import type { PreparationRefusal } from './prepareManyFitProtocol';

/** A one-feature line to prepare from the two columns the worker holds for data set `key` (sent before the request). */
export interface PrepareFitRequest {
  readonly key: number;
  readonly shape: DataSetShape;
  readonly featureName: string;
  readonly responseName: string;
  readonly scaled: boolean;
}

export type PrepareFitReply = { readonly ok: true; readonly problem: RegressionProblem } | PreparationRefusal;
