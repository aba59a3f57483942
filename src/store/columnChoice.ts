import type { NotebookState } from './notebookState';

/** Which column a picker sets: the feature (x) or the response (y). */
export type ColumnRole = 'feature' | 'response';

/**
 * The pair of columns after choosing `name` for `role`. Picking the column that holds the other
 * role swaps the two, so a column is never fitted against itself. O(1).
 */
export function pairAfterChoosing(
  state: Pick<NotebookState, 'featureName' | 'responseName'>,
  role: ColumnRole,
  name: string,
): { featureName: string; responseName: string } {
  return role === 'feature'
    ? { featureName: name, responseName: name === state.responseName ? state.featureName : state.responseName }
    : { featureName: name === state.featureName ? state.responseName : state.featureName, responseName: name };
}
