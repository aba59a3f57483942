import type { HeldOut } from '../model/evaluation/heldOut';
import type { NotebookState } from './notebookState';

/** Held-out rows of the one-feature line in the shape of a generated test set (original units). */
export interface LineTestRows {
  readonly featureName: string;
  readonly responseName: string;
  readonly feature: Float64Array;
  readonly response: Float64Array;
}

const cache = new WeakMap<HeldOut, LineTestRows>();

/**
 * The held-out rows of the line on screen, whether a split's test rows or a generated data
 * set's own test points; undefined when nothing is held out or the model is not the line.
 * The same object for the same held-out rows, so components re-render only when they change. O(1).
 */
export function selectLineTestRows(state: Pick<NotebookState, 'heldOut' | 'problem'>): LineTestRows | undefined {
  const { heldOut, problem } = state;
  if (!heldOut || !problem) return undefined;
  let rows = cache.get(heldOut);
  if (!rows) {
    rows = {
      featureName: problem.featureName,
      responseName: problem.responseName,
      feature: heldOut.terms[0]!,
      response: heldOut.response,
    };
    cache.set(heldOut, rows);
  }
  return rows;
}
