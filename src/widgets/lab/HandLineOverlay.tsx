import { useRef } from 'react';
import type { Line } from '../../core/line';
import { PALETTE } from '../../format/palette';
import { type DataPoint, type Frame, handlePoints, shiftLine, turnLine } from '../../model/handFit';
import { HAND_LINE_DASH } from '../../plots/marks';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';

interface HandLineOverlayProps {
  readonly line: Line;
  readonly geometry: PlotGeometry;
  readonly feature: Float64Array;
  readonly response: Float64Array;
  readonly squares: boolean;
  readonly onChange: (line: Line) => void;
}

/** Residuals drawn for at most this many points (an even sample of rows beyond it). */
const MAX_RESIDUALS = 400;

type Drag = { kind: 'shift'; from: DataPoint; line: Line } | { kind: 'turn'; pivot: DataPoint };

/**
 * The student's own line over the scatter plot: drag its body to shift it, drag a handle to
 * turn it about the other handle. Each point's residual is drawn as a segment to the line, or
 * as a square whose side is the residual (so its area is the squared error). Keyboard
 * equivalents live in the hand-fit panel, since this layer is hidden from assistive technology.
 */
export function HandLineOverlay({ line, geometry, feature, response, squares, onChange }: HandLineOverlayProps) {
  const drag = useRef<Drag | null>(null);
  const frame: Frame = { xMin: geometry.x.min, xMax: geometry.x.max, yMin: geometry.y.min, yMax: geometry.y.max };
  const handles = handlePoints(line, frame);
  const pointAt = (event: React.PointerEvent<SVGElement>): DataPoint => {
    const bounds = (event.currentTarget.ownerSVGElement ?? event.currentTarget).getBoundingClientRect();
    const fx = (event.clientX - bounds.left - geometry.left) / geometry.width;
    const fy = 1 - (event.clientY - bounds.top - geometry.top) / geometry.height;
    return { x: frame.xMin + fx * (frame.xMax - frame.xMin), y: frame.yMin + fy * (frame.yMax - frame.yMin) };
  };
  const begin = (event: React.PointerEvent<SVGElement>, next: Drag) => {
    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = next;
  };
  const move = (event: React.PointerEvent<SVGElement>) => {
    const current = drag.current;
    if (!current) return;
    const to = pointAt(event);
    onChange(current.kind === 'shift' ? shiftLine(current.line, current.from, to) : turnLine(line, current.pivot, to));
  };
  const end = (event: React.PointerEvent<SVGElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const [x1, y1] = toPixels(geometry, frame.xMin, line.intercept + line.slope * frame.xMin);
  const [x2, y2] = toPixels(geometry, frame.xMax, line.intercept + line.slope * frame.xMax);
  const clamp = (value: number) => Math.max(-1e5, Math.min(1e5, value));
  const handlers = { onPointerMove: move, onPointerUp: end, onPointerCancel: end };
  return (
    <g data-testid="hand-line-layer">
      <Residuals line={line} geometry={geometry} feature={feature} response={response} squares={squares} />
      <line
        x1={x1}
        y1={clamp(y1)}
        x2={x2}
        y2={clamp(y2)}
        stroke={PALETTE.accent}
        strokeWidth={3}
        strokeDasharray={HAND_LINE_DASH}
      />
      <line
        data-testid="hand-line"
        x1={x1}
        y1={clamp(y1)}
        x2={x2}
        y2={clamp(y2)}
        stroke="transparent"
        strokeWidth={18}
        style={{ pointerEvents: 'stroke', cursor: 'move', touchAction: 'none' }}
        onPointerDown={(event) => begin(event, { kind: 'shift', from: pointAt(event), line })}
        {...handlers}
      />
      {(['hand-handle-1', 'hand-handle-2'] as const).map((testId, index) => {
        const handle = handles[index]!;
        const [cx, cy] = toPixels(geometry, handle.x, handle.y);
        const pivot = handles[1 - index]!;
        return (
          <circle
            key={testId}
            data-testid={testId}
            data-x={handle.x}
            cx={cx}
            cy={clamp(cy)}
            r={8}
            fill="white"
            stroke={PALETTE.accent}
            strokeWidth={3}
            style={{ pointerEvents: 'all', cursor: 'grab', touchAction: 'none' }}
            onPointerDown={(event) => begin(event, { kind: 'turn', pivot })}
            {...handlers}
          />
        );
      })}
    </g>
  );
}

function Residuals({ line, geometry, feature, response, squares }: Omit<HandLineOverlayProps, 'onChange'>) {
  const stride = Math.max(1, Math.ceil(feature.length / MAX_RESIDUALS));
  const pixelsPerUnit = geometry.height / (geometry.y.max - geometry.y.min);
  const marks: React.ReactNode[] = [];
  for (let i = 0; i < feature.length; i += stride) {
    const x = feature[i]!;
    const predicted = line.intercept + line.slope * x;
    const [px, py] = toPixels(geometry, x, response[i]!);
    const [, lineY] = toPixels(geometry, x, predicted);
    if (squares) {
      const side = Math.min(1e5, Math.abs(py - lineY));
      // the square stands on the residual, on the side away from the line's slope direction
      marks.push(
        <rect
          key={i}
          x={px}
          y={Math.min(py, lineY)}
          width={side}
          height={side}
          fill={PALETTE.accent}
          fillOpacity={0.07}
          stroke={PALETTE.accent}
          strokeOpacity={0.35}
          strokeWidth={1}
        />,
      );
    } else {
      marks.push(
        <line
          key={i}
          x1={px}
          y1={py}
          x2={px}
          y2={Math.max(-1e5, Math.min(1e5, lineY))}
          stroke={PALETTE.accent}
          strokeOpacity={0.55}
          strokeWidth={1.5}
        />,
      );
    }
  }
  return (
    <g data-testid="hand-residuals" data-squares={String(squares)} data-pixels-per-unit={pixelsPerUnit}>
      {marks}
    </g>
  );
}
