import type { HeldOut } from '../model/evaluation/heldOut';
import type { RegressionProblem } from '../model/regressionProblem';
import type { DataSetShape } from './heldColumns';
import type { PreparationRefusal } from './prepareManyFitProtocol';

/** Rows held out by the seeded split `splitDataSet(data, testFraction, seed)`: the model is prepared on the rest. */
export interface TrainingSplit {
  readonly testFraction: number;
  readonly seed: number;
  /**
   * The split is a new one the student asked for: the worker first checks that it suits the
   * model (`describeSplitProblem`) and refuses it with the reason (`splitRefused`) when it does not.
   */
  readonly check?: boolean;
}

/** A one-feature line to prepare from the two columns the worker holds for data set `key` (sent before the request). */
export interface PrepareFitRequest {
  readonly key: number;
  readonly shape: DataSetShape;
  readonly featureName: string;
  readonly responseName: string;
  readonly scaled: boolean;
  /** When rows are held out: the line is fitted on the training rows only, as the page fits it. */
  readonly split?: TrainingSplit;
}

/**
 * The prepared line, or why not. `rawOnPage`: the raw columns are exactly the page's columns of
 * those names (no row left out), so the reply leaves them out (empty arrays, and so are
 * `feature` and `response` when unscaled) and the page puts its own arrays back.
 */
export type PrepareFitReply =
  | {
      readonly ok: true;
      readonly problem: RegressionProblem;
      readonly rawOnPage?: true;
      /** With rows held out: those rows arranged for the problem (`heldOutFor`), made here so the page never splits the rows. */
      readonly heldOut?: HeldOut | null;
    }
  | PreparationRefusal;
