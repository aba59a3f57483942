import { useRef } from 'react';
import { PALETTE } from '../../format/palette';
import { toOriginalUnits } from '../../model/movedPoints';
import type { RegressionProblem } from '../../model/regressionProblem';
import { fromPixels, type PlotGeometry, toPixels } from '../../plots/plotGeometry';

interface MovablePointsOverlayProps {
  readonly geometry: PlotGeometry;
  readonly problem: RegressionProblem;
  readonly selected: number | null;
  /** Indices (among the plotted rows) of the points that have been moved. */
  readonly moved: ReadonlySet<number>;
  readonly onSelect: (index: number) => void;
  /** Called with the point's new place in original units. */
  readonly onMove: (index: number, to: { x: number; y: number }) => void;
}

/** What a drag keeps from its start: the plot's frame and the scaling, so the pointer maps to the same place throughout. */
interface Drag {
  readonly index: number;
  readonly geometry: PlotGeometry;
  readonly problem: RegressionProblem;
}

/**
 * A grab target on every point of the scatter plot: press a point to choose it, drag to move it.
 * During one drag the pointer is read with the frame and scaling the drag began with, and kept
 * inside that frame, so a point always lands where the pointer says even when moving it changes
 * the min–max scaling of every other point. Keys for the chosen point live in the lesson's panel
 * (this layer is hidden from assistive technology).
 */
export function MovablePointsOverlay({
  geometry,
  problem,
  selected,
  moved,
  onSelect,
  onMove,
}: MovablePointsOverlayProps) {
  const drag = useRef<Drag | null>(null);
  const follow = (event: React.PointerEvent<SVGElement>) => {
    const current = drag.current;
    if (!current) return;
    const { geometry: frame, problem: start } = current;
    const bounds = (event.currentTarget.ownerSVGElement ?? event.currentTarget).getBoundingClientRect();
    const px = Math.max(frame.left, Math.min(frame.left + frame.width, event.clientX - bounds.left));
    const py = Math.max(frame.top, Math.min(frame.top + frame.height, event.clientY - bounds.top));
    const point = fromPixels(frame, px, py);
    if (!point) return;
    onMove(current.index, {
      x: toOriginalUnits(start.featureScaler, point[0]),
      y: toOriginalUnits(start.responseScaler, point[1]),
    });
  };
  const end = (event: React.PointerEvent<SVGElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const targets: React.ReactNode[] = [];
  for (let index = 0; index < problem.rowCount; index++) {
    const [cx, cy] = toPixels(geometry, problem.feature[index]!, problem.response[index]!);
    const isSelected = index === selected;
    const isMoved = moved.has(index);
    targets.push(
      <circle
        key={index}
        data-testid="movable-point"
        data-index={index}
        data-selected={isSelected ? 'true' : undefined}
        cx={cx}
        cy={cy}
        r={isSelected ? 8 : 7}
        fill={isMoved ? PALETTE.accent : 'transparent'}
        fillOpacity={isMoved ? 0.5 : 0}
        stroke={isSelected ? PALETTE.accent : isMoved ? PALETTE.accent : 'transparent'}
        strokeWidth={isSelected ? 3 : 1.5}
        style={{ pointerEvents: 'all', cursor: 'grab', touchAction: 'none' }}
        onPointerDown={(event) => {
          event.preventDefault();
          event.stopPropagation();
          event.currentTarget.setPointerCapture(event.pointerId);
          drag.current = { index, geometry, problem };
          onSelect(index);
        }}
        onPointerMove={follow}
        onPointerUp={end}
        onPointerCancel={end}
      />,
    );
  }
  return <g data-testid="movable-points">{targets}</g>;
}
