import { formatNumber } from '../../format/formatNumber';
import { MAX_MOVABLE_ROWS, movedRowCount, toOriginalUnits } from '../../model/movedPoints';
import { scatterFrame } from '../../plots/scatterFigure';
import { useNotebook } from '../../store/notebookStore';
import { selectMovedData } from '../../store/pointMoveSlice';
import { ControlGate } from '../classroom/ControlGate';
import './handsOn.css';

/** One key press moves the chosen point by this share of the plot's width or height (ten times with Shift). */
const KEY_STEP_SHARE = 0.02;

/**
 * "Which points pull the line most?": turns on dragging of the scatter plot's points, moves the
 * chosen point with keys or buttons, and puts the data back. The least-squares line and the
 * descent run refit on every move.
 */
export function PointMovePanel() {
  const on = useNotebook((state) => state.movingPoints);
  const problem = useNotebook((state) => state.problem);
  const selected = useNotebook((state) => state.selectedPoint);
  const movedData = useNotebook(selectMovedData);
  const message = useNotebook((state) => state.pointMoveMessage);
  const { setMovingPoints, selectPoint, movePoint, resetData } = useNotebook.getState();
  if (!problem) return null;
  const count = problem.rowCount;
  const tooMany = count > MAX_MOVABLE_ROWS;
  const index = selected !== null && selected < count ? selected : null;
  const frame = scatterFrame(problem);
  const nudge = (dx: number, dy: number, large: boolean) => {
    if (index === null) return;
    const factor = (large ? 10 : 1) * KEY_STEP_SHARE;
    const shownX = problem.feature[index]! + dx * factor * (frame.xMax - frame.xMin);
    const shownY = problem.response[index]! + dy * factor * (frame.yMax - frame.yMin);
    movePoint(index, {
      x: dx === 0 ? problem.rawFeature[index]! : toOriginalUnits(problem.featureScaler, shownX),
      y: dy === 0 ? problem.rawResponse[index]! : toOriginalUnits(problem.responseScaler, shownY),
    });
  };
  const keyMoves: Record<string, [number, number]> = {
    ArrowUp: [0, 1],
    ArrowDown: [0, -1],
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
  };
  return (
    <ControlGate control="data">
      <div className="point-move card" data-testid="point-move">
        <label className="toggle">
          <input
            type="checkbox"
            data-testid="move-points"
            checked={on}
            disabled={tooMany}
            onChange={(event) => setMovingPoints(event.target.checked)}
          />
          Let me move the data points
        </label>
        {tooMany && (
          <p className="note">
            Points can be moved on data sets of up to {MAX_MOVABLE_ROWS.toLocaleString('en')} rows; this one has{' '}
            {count.toLocaleString('en')}.
          </p>
        )}
        {on && !tooMany && (
          <>
            <p>
              Drag any point of the scatter plot and watch both lines follow: points far from the middle of{' '}
              {problem.featureName} turn the line most. Or choose a point here and move it with the arrow keys (Shift:
              ten times the step). The data you loaded is kept apart; moved points are not saved with the session or put
              in links, and <em>Reset data</em> brings every point back exactly.
            </p>
            {/* Arrow keys inside this group move the chosen point (and do not step through epochs). */}
            <fieldset
              className="hand-fit-keys"
              aria-label="Move the chosen point: arrow keys or these buttons"
              onKeyDown={(event) => {
                const move = keyMoves[event.key];
                if (!move || index === null) return;
                event.preventDefault();
                event.stopPropagation();
                nudge(move[0], move[1], event.shiftKey);
              }}
            >
              <button
                type="button"
                data-testid="point-previous"
                onClick={() => selectPoint(index === null ? count - 1 : (index + count - 1) % count)}
              >
                ‹ Previous point
              </button>
              <button
                type="button"
                data-testid="point-next"
                onClick={() => selectPoint(index === null ? 0 : (index + 1) % count)}
              >
                Next point ›
              </button>
              {index !== null && (
                <>
                  <button type="button" aria-label="Move the point up" onClick={(e) => nudge(0, 1, e.shiftKey)}>
                    ↑
                  </button>
                  <button type="button" aria-label="Move the point down" onClick={(e) => nudge(0, -1, e.shiftKey)}>
                    ↓
                  </button>
                  <button type="button" aria-label="Move the point left" onClick={(e) => nudge(-1, 0, e.shiftKey)}>
                    ←
                  </button>
                  <button type="button" aria-label="Move the point right" onClick={(e) => nudge(1, 0, e.shiftKey)}>
                    →
                  </button>
                </>
              )}
            </fieldset>
            <p className="live-readout" data-testid="selected-point" aria-live="polite">
              {index === null
                ? 'No point chosen yet: press one on the plot, or Next point.'
                : `Point ${index + 1} of ${count}: ${problem.featureName} ${formatNumber(problem.rawFeature[index]!, 4)}, ${problem.responseName} ${formatNumber(problem.rawResponse[index]!, 4)}.`}{' '}
              Least squares now: intercept {formatNumber(problem.ols.intercept, 4)}, slope{' '}
              {formatNumber(problem.ols.slope, 4)}
              {problem.scaled ? ' (scaled units)' : ''}.
            </p>
          </>
        )}
        {message && (
          <p className="field-problem" role="alert">
            {message}
          </p>
        )}
        <button
          type="button"
          data-testid="reset-data"
          disabled={!movedData}
          onClick={() => {
            resetData();
            selectPoint(null);
          }}
        >
          Reset data{movedData ? ` (${movedRowCount(movedData.moves)} moved)` : ''}
        </button>
      </div>
    </ControlGate>
  );
}
