import { useRef } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import type { RunTrajectory } from '../../model/activeFit';
import { LOSS_ESTIMATE_EPOCH } from '../../model/predictions/lossEstimate';
import type { EstimateRecord } from '../../model/predictions/predictionRecord';
import { fromPixels, type PlotGeometry, toPixels } from '../../plots/plotGeometry';

/** The guess's colour: black, apart from the blue run, the orange minimum and the kept runs' colours. */
const GUESS_COLOUR = '#222222';

interface LossGuessOverlayProps {
  readonly geometry: PlotGeometry;
  /** The guess being drawn (draggable), or null. */
  readonly guess: number | null;
  /** The answered guess, drawn beside the real loss while the run it predicted is on screen. */
  readonly record: EstimateRecord | null;
  readonly trajectory: Pick<RunTrajectory, 'losses'> | null;
  /** False when an instructor locked the questions: the guess shows but cannot be moved. */
  readonly movable: boolean;
  readonly onGuess: (guess: number) => void;
}

/**
 * The student's guess of the loss at epoch 100, on the loss plot: a diamond on a rail at epoch
 * 100 that follows the pointer up and down; after the run, the guess beside the real loss with
 * the factor between them. The same guess can be typed in the question (this layer is hidden from
 * assistive technology).
 */
export function LossGuessOverlay({ geometry, guess, record, trajectory, movable, onGuess }: LossGuessOverlayProps) {
  const dragging = useRef(false);
  const clampY = (y: number) => Math.max(geometry.top, Math.min(geometry.top + geometry.height, y));
  const [railX] = toPixels(geometry, LOSS_ESTIMATE_EPOCH, 1);
  const lossAt = (event: React.PointerEvent<SVGElement>): number | null => {
    const bounds = (event.currentTarget.ownerSVGElement ?? event.currentTarget).getBoundingClientRect();
    const point = fromPixels(geometry, railX, clampY(event.clientY - bounds.top));
    return point && point[1] > 0 && Number.isFinite(point[1]) ? point[1] : null;
  };
  const follow = (event: React.PointerEvent<SVGElement>) => {
    const loss = lossAt(event);
    if (loss !== null) onGuess(loss);
  };
  if (guess !== null) {
    const [, guessY] = toPixels(geometry, LOSS_ESTIMATE_EPOCH, guess);
    const y = clampY(Number.isFinite(guessY) ? guessY : geometry.top + geometry.height);
    return (
      <g data-testid="loss-guess" data-value={String(guess)}>
        <line
          x1={railX}
          x2={railX}
          y1={geometry.top}
          y2={geometry.top + geometry.height}
          stroke={GUESS_COLOUR}
          strokeOpacity={0.25}
          strokeDasharray="3 4"
        />
        <Diamond x={railX} y={y} filled />
        <text x={railX + 12} y={y - 8} className="overlay-note" fill={GUESS_COLOUR}>
          your guess: {formatNumber(guess, 3)}
        </text>
        {movable && (
          <rect
            data-testid="loss-guess-rail"
            x={railX - 18}
            y={geometry.top}
            width={36}
            height={geometry.height}
            fill="transparent"
            style={{ pointerEvents: 'all', cursor: 'ns-resize', touchAction: 'none' }}
            onPointerDown={(event) => {
              event.preventDefault();
              event.stopPropagation();
              event.currentTarget.setPointerCapture(event.pointerId);
              dragging.current = true;
              follow(event);
            }}
            onPointerMove={(event) => dragging.current && follow(event)}
            onPointerUp={(event) => {
              dragging.current = false;
              event.currentTarget.releasePointerCapture(event.pointerId);
            }}
            onPointerCancel={() => {
              dragging.current = false;
            }}
          />
        )}
      </g>
    );
  }
  // After the run: the guess beside the real loss, while the predicted run is the one on screen.
  if (!record || !trajectory || trajectory.losses[LOSS_ESTIMATE_EPOCH] !== record.actual) return null;
  const [, guessY] = toPixels(geometry, LOSS_ESTIMATE_EPOCH, record.guess);
  const [, actualY] = toPixels(geometry, LOSS_ESTIMATE_EPOCH, record.actual);
  if (!Number.isFinite(actualY)) return null;
  const shownGuessY = clampY(Number.isFinite(guessY) ? guessY : geometry.top + geometry.height);
  const ratio = record.guess / record.actual;
  const factor = ratio >= 1 ? `×${formatNumber(ratio, 3)}` : `÷${formatNumber(1 / ratio, 3)}`;
  return (
    <g data-testid="loss-guess-result" data-guess={String(record.guess)} data-actual={String(record.actual)}>
      <line
        x1={railX}
        x2={railX}
        y1={shownGuessY}
        y2={actualY}
        stroke={GUESS_COLOUR}
        strokeWidth={1.5}
        strokeDasharray="2 3"
      />
      <circle cx={railX} cy={actualY} r={6} fill={PALETTE.gradientDescent} stroke="white" strokeWidth={2} />
      <Diamond x={railX} y={shownGuessY} filled={false} />
      <text
        x={railX + 12}
        y={shownGuessY + (shownGuessY < actualY ? -8 : 16)}
        className="overlay-note"
        fill={GUESS_COLOUR}
      >
        your guess {formatNumber(record.guess, 3)} ({factor})
      </text>
      <text
        x={railX + 12}
        y={actualY + (shownGuessY < actualY ? 16 : -8)}
        className="overlay-note"
        fill={PALETTE.gradientDescent}
      >
        real loss {formatNumber(record.actual, 3)}
      </text>
    </g>
  );
}

function Diamond({ x, y, filled }: { x: number; y: number; filled: boolean }) {
  const r = 8;
  return (
    <path
      d={`M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`}
      fill={filled ? GUESS_COLOUR : 'white'}
      stroke={GUESS_COLOUR}
      strokeWidth={2.5}
    />
  );
}
