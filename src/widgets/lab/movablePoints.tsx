import { useMemo } from 'react';
import { findColumn } from '../../model/dataSet';
import { MAX_MOVABLE_ROWS, movedRowCount, usableRowIndices } from '../../model/movedPoints';
import { controlAccess } from '../../store/classroomSlice';
import { useNotebook } from '../../store/notebookStore';
import { selectMovedData } from '../../store/pointMoveSlice';
import '../lessons/handsOn.css';

/**
 * What the scatter plot needs to let points be dragged, or null when it must not: the mode is
 * off, the data is larger than {@link MAX_MOVABLE_ROWS} rows, or an instructor locked or hid the data.
 */
export function useMovablePoints() {
  const on = useNotebook((state) => state.movingPoints);
  const open = useNotebook((state) => controlAccess(state, 'data') === 'open');
  const pointCount = useNotebook((state) => state.problem?.rowCount ?? 0);
  const selected = useNotebook((state) => state.selectedPoint);
  const moved = useMovedPointIndices();
  const { selectPoint, movePoint } = useNotebook.getState();
  return useMemo(
    () =>
      on && open && pointCount > 0 && pointCount <= MAX_MOVABLE_ROWS
        ? { selected, moved, onSelect: selectPoint, onMove: movePoint }
        : null,
    [on, open, pointCount, selected, moved, selectPoint, movePoint],
  );
}

/** The plotted points (indices among the fitted rows) whose feature or response was moved. */
export function useMovedPointIndices(): ReadonlySet<number> {
  const movedData = useNotebook(selectMovedData);
  const dataSet = useNotebook((state) => state.dataSet);
  const featureName = useNotebook((state) => state.featureName);
  const responseName = useNotebook((state) => state.responseName);
  return useMemo(() => {
    const indices = new Set<number>();
    const feature = findColumn(dataSet, featureName);
    const response = findColumn(dataSet, responseName);
    if (!movedData || !feature || !response) return indices;
    const movedRows = new Set([
      ...(movedData.moves.get(featureName)?.keys() ?? []),
      ...(movedData.moves.get(responseName)?.keys() ?? []),
    ]);
    usableRowIndices(feature, response).forEach((row, index) => {
      if (movedRows.has(row)) indices.add(index);
    });
    return indices;
  }, [movedData, dataSet, featureName, responseName]);
}

/** Under the scatter plot's legend while points are moved: how many, that they are not saved, and the way back. */
export function MovedPointsNotice() {
  const movedData = useNotebook(selectMovedData);
  const resetData = useNotebook((state) => state.resetData);
  if (!movedData) return null;
  const count = movedRowCount(movedData.moves);
  return (
    <p className="moved-points-notice" data-testid="moved-points-notice" data-value={count}>
      {count} {count === 1 ? 'point' : 'points'} moved by hand: an experiment on this page only (the saved session and
      links keep your data as loaded).{' '}
      <button type="button" className="small" data-testid="reset-data-lab" onClick={resetData}>
        Reset data
      </button>
    </p>
  );
}
