import { useMemo } from 'react';
import type { Line } from '../../core/line';
import { formatNumber } from '../../format/formatNumber';
import { type Frame, initialHandLine, nudgeLine, scoreHandFit, turnLineByKey } from '../../model/handFit';
import { lineMeanSquaredError } from '../../model/lineLoss';
import { scatterFrame } from '../../plots/scatterFigure';
import { selectHandLine } from '../../store/handFitSlice';
import { useNotebook } from '../../store/notebookStore';
import './handsOn.css';

/**
 * "Fit it yourself": puts a line of the student's own on the lab's scatter plot, with its MSE
 * beside the least-squares minimum, a verdict, keyboard moves, and a way to start descent from it.
 */
export function HandFitPanel() {
  const problem = useNotebook((state) => state.problem);
  const line = useNotebook(selectHandLine);
  const squares = useNotebook((state) => state.residualSquares);
  const start = useNotebook((state) => state.start);
  const { setHandLine, setResidualSquares, setStart } = useNotebook.getState();
  const frame = useMemo(() => (problem ? scatterFrame(problem) : null), [problem]);
  const handMse = useMemo(() => (line && problem ? lineMeanSquaredError(problem, line) : null), [line, problem]);
  if (!problem || !frame) return null;
  if (!line || handMse === null) {
    return (
      <div className="hand-fit card">
        <p>Before any algorithm: put a line through the data yourself and see how small you can make its MSE.</p>
        <button
          type="button"
          className="primary"
          data-testid="hand-fit-start"
          onClick={() => setHandLine(initialHandLine(frame))}
        >
          Draw my own line
        </button>
      </div>
    );
  }
  const score = scoreHandFit(handMse, problem.olsLoss, problem.responseVariance);
  const startsHere = start.intercept === line.intercept && start.slope === line.slope;
  const move = (next: Line) => setHandLine(next);
  return (
    <div className="hand-fit card" data-testid="hand-fit">
      <p>
        Drag the green line on the scatter plot to shift it, or drag one of its round handles to turn it about the
        other. Each thin mark is a residual; the MSE is the average of their squares.
      </p>
      <dl className="hand-fit-numbers">
        <div>
          <dt>Your line</dt>
          <dd>
            intercept{' '}
            <span data-testid="hand-intercept" data-value={String(line.intercept)}>
              {formatNumber(line.intercept, 4)}
            </span>
            , slope{' '}
            <span data-testid="hand-slope" data-value={String(line.slope)}>
              {formatNumber(line.slope, 4)}
            </span>
          </dd>
        </div>
        <div>
          <dt>Its MSE</dt>
          <dd>
            <strong data-testid="hand-mse" data-value={String(handMse)}>
              {formatNumber(handMse, 6)}
            </strong>
          </dd>
        </div>
        <div>
          <dt>Least squares</dt>
          <dd>
            <span data-testid="hand-ols-mse" data-value={String(problem.olsLoss)}>
              {formatNumber(problem.olsLoss, 6)}
            </span>{' '}
            (the lowest possible)
          </dd>
        </div>
      </dl>
      <p className="hand-fit-verdict" data-testid="hand-verdict" data-excess={String(score.excess)} aria-live="polite">
        <strong>Beat least squares?</strong> {score.verdict}
      </p>
      {/* Arrow keys inside this group move the line (and do not step through epochs). */}
      <fieldset
        className="hand-fit-keys"
        aria-label="Move your line: arrow keys or these buttons"
        onKeyDown={(event) => {
          const next = keyMove(event.key, line, frame, event.shiftKey);
          if (!next) return;
          event.preventDefault();
          event.stopPropagation();
          move(next);
        }}
      >
        <button
          type="button"
          data-testid="hand-up"
          onClick={(event) => move(nudgeLine(line, frame, 1, event.shiftKey))}
          aria-label="Shift your line up"
        >
          ↑ Up
        </button>
        <button
          type="button"
          data-testid="hand-down"
          onClick={(event) => move(nudgeLine(line, frame, -1, event.shiftKey))}
          aria-label="Shift your line down"
        >
          ↓ Down
        </button>
        <button
          type="button"
          data-testid="hand-steeper"
          onClick={(event) => move(turnLineByKey(line, frame, 1, event.shiftKey))}
          aria-label="Turn your line anticlockwise (steeper slope)"
        >
          ↺ Turn up
        </button>
        <button
          type="button"
          data-testid="hand-flatter"
          onClick={(event) => move(turnLineByKey(line, frame, -1, event.shiftKey))}
          aria-label="Turn your line clockwise (lower slope)"
        >
          ↻ Turn down
        </button>
        <span className="note">With a button focused, ↑ ↓ shift and ← → turn; hold Shift for ten times the step.</span>
      </fieldset>
      <div className="hand-fit-actions">
        <label className="toggle">
          <input
            type="checkbox"
            checked={squares}
            data-testid="hand-squares"
            onChange={(event) => setResidualSquares(event.target.checked)}
          />
          Draw residuals as squares (area = squared error)
        </label>
        <button type="button" data-testid="start-from-hand-line" disabled={startsHere} onClick={() => setStart(line)}>
          {startsHere ? 'Descent starts from your line' : 'Start descent from my line'}
        </button>
        <button type="button" onClick={() => setHandLine(null)}>
          Remove my line
        </button>
      </div>
    </div>
  );
}

function keyMove(key: string, line: Line, frame: Frame, large: boolean): Line | null {
  if (key === 'ArrowUp') return nudgeLine(line, frame, 1, large);
  if (key === 'ArrowDown') return nudgeLine(line, frame, -1, large);
  if (key === 'ArrowRight') return turnLineByKey(line, frame, 1, large);
  if (key === 'ArrowLeft') return turnLineByKey(line, frame, -1, large);
  return null;
}
