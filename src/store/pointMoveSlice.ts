import type { DataSet } from '../model/dataSet';
import { findColumn } from '../model/dataSet';
import { splitDataSet } from '../model/evaluation/splitData';
import { applyMoves, type MovedData, usableRowIndices, withMove } from '../model/movedPoints';
import type { NotebookState, SliceCreator } from './notebookState';
import { recompute } from './recompute';

export interface PointMoveSlice {
  /** Whether the scatter plot's points can be dragged (the "fit it yourself" lesson turns it on). */
  movingPoints: boolean;
  /** The moves made, with the data as loaded; only in force while `edited` is the data on screen. */
  movedData: MovedData | null;
  /** The point (index among the plotted rows) that the keys move; null when none is chosen. */
  selectedPoint: number | null;
  /** Why the last move was refused, until the next move. */
  pointMoveMessage: string | null;
  setMovingPoints: (on: boolean) => void;
  selectPoint: (index: number | null) => void;
  /**
   * Moves plotted point `index` to (x, y) in original units and refits: least squares and the
   * whole descent run are recomputed, the student's own line stays. A move that would leave no
   * line to fit is refused with a message, and the data stays as it was.
   */
  movePoint: (index: number, to: { readonly x: number; readonly y: number }) => void;
  /** Puts back the data as loaded (the same object), and refits. */
  resetData: () => void;
}

/** The moves in force: those made on the data on screen (none after other data was loaded). */
export function selectMovedData(state: Pick<NotebookState, 'movedData' | 'dataSet'>): MovedData | null {
  return state.movedData && state.movedData.edited === state.dataSet ? state.movedData : null;
}

/** The data set to keep in the saved session and in links: the data as loaded, never the moved points. */
export function dataSetToKeep(state: Pick<NotebookState, 'movedData' | 'dataSet'>): DataSet {
  return selectMovedData(state)?.original ?? state.dataSet;
}

/** The state after putting `dataSet` on screen with a refit, the hand-made line kept on the new problem. */
function refitOn(state: NotebookState, dataSet: DataSet): Partial<NotebookState> & ReturnType<typeof recompute> {
  const derived = recompute({ ...state, dataSet }, 'problem');
  const handFit =
    state.handFit && state.handFit.problem === state.problem && derived.problem
      ? { line: state.handFit.line, problem: derived.problem }
      : state.handFit;
  return { dataSet, ...derived, handFit };
}

export const createPointMoveSlice: SliceCreator<PointMoveSlice> = (set) => ({
  movingPoints: false,
  movedData: null,
  selectedPoint: null,
  pointMoveMessage: null,
  setMovingPoints: (movingPoints) => set({ movingPoints, selectedPoint: null, pointMoveMessage: null }),
  selectPoint: (selectedPoint) => set({ selectedPoint }),
  movePoint: (index, to) =>
    set((state) => {
      // the k-th point is the k-th usable training row; held-out rows are not in the fit
      const { training, split } = splitDataSet(state.dataSet, state.testFraction, state.splitSeed);
      const feature = findColumn(training, state.featureName);
      const response = findColumn(training, state.responseName);
      if (!state.problem || !feature || !response) return {};
      const trainingRow = usableRowIndices(feature, response)[index];
      const row = trainingRow === undefined ? undefined : split.trainingRows[trainingRow];
      if (row === undefined) return {};
      const current = selectMovedData(state);
      const original = current?.original ?? state.dataSet;
      let moves: MovedData['moves'];
      try {
        moves = withMove(original, current?.moves ?? new Map(), row, [
          { column: state.featureName, value: to.x },
          { column: state.responseName, value: to.y },
        ]);
      } catch (error) {
        return { pointMoveMessage: error instanceof Error ? error.message : String(error) };
      }
      const edited = applyMoves(original, moves);
      const next = refitOn(state, edited);
      if (!next.problem)
        return {
          pointMoveMessage: `That move was not made: ${next.problemError ?? 'no line could be fitted to the points'} The points stay where they were.`,
        };
      return { ...next, movedData: { original, moves, edited }, selectedPoint: index, pointMoveMessage: null };
    }),
  resetData: () =>
    set((state) => {
      const current = selectMovedData(state);
      if (!current) return { movedData: null, pointMoveMessage: null };
      return { ...refitOn(state, current.original), movedData: null, pointMoveMessage: null };
    }),
});
