import type { HeldOut } from '../model/evaluation/heldOut';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { ModelChoice } from '../model/manyFeatures/modelChoice';
import type { DataSetShape } from './heldColumns';
import type { TrainingSplit } from './prepareFitProtocol';

/**
 * A weight-vector model to prepare from the columns the worker holds for data set `key`
 * (sent before the request). `sequence` grows with every request: an older one still waiting
 * when a newer one arrives is answered as stale.
 */
export interface PrepareManyFitRequest {
  readonly key: number;
  readonly sequence: number;
  readonly shape: DataSetShape;
  readonly choice: ModelChoice;
  readonly scaled: boolean;
  /** When rows are held out: the model is fitted on the training rows only, as the page fits it. */
  readonly split?: TrainingSplit;
}

/** Why a request was not prepared: a reason to show, or `stale` when a newer choice or data set replaced it (nothing to show). */
export type PreparationRefusal = {
  readonly ok: false;
  readonly message: string;
  readonly stale?: true;
  /** The new split was refused (too few training rows, nothing usable held out), not the model. */
  readonly splitRefused?: true;
};

/**
 * The prepared model, or why not. `columnsOnPage`: no row was left out or held out, so the original-unit
 * columns of the plain terms and the response are exactly the page's columns of those names;
 * the reply leaves them out (empty arrays, in `working` too where it shares them) and the page
 * puts its own arrays back.
 */
export type PrepareManyFitReply =
  | {
      readonly ok: true;
      readonly problem: ManyFeatureProblem;
      readonly columnsOnPage?: true;
      /** With rows held out: those rows arranged for the model (`heldOutFor`), made here so the page never splits the rows. */
      readonly heldOut?: HeldOut | null;
    }
  | PreparationRefusal;
