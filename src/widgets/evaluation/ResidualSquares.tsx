import type { Line } from '../../core/line';
import { PALETTE } from '../../format/palette';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';

/** At most this many squares are drawn (evenly spaced through the points). */
const MAX_SQUARES = 600;

/**
 * Each point's residual against `line` drawn as a square standing on it: its height is the
 * residual on the y axis and its width the same number of pixels, so every square looks square
 * whatever the two axes' scales, and its area is the squared error times one constant shared by
 * all points (pixels per unit of y, squared). Least squares is the line that makes the total
 * area smallest. Squares open away from the line towards the side with room in the plot.
 */
export function ResidualSquares({
  line,
  geometry,
  feature,
  response,
  testId,
  dashed = false,
}: {
  line: Line;
  geometry: PlotGeometry;
  feature: ArrayLike<number>;
  response: ArrayLike<number>;
  testId: string;
  dashed?: boolean;
}) {
  const stride = Math.max(1, Math.ceil(feature.length / MAX_SQUARES));
  const right = geometry.left + geometry.width;
  const squares = [];
  for (let i = 0; i < feature.length; i += stride) {
    const x = feature[i]!;
    const [px, py] = toPixels(geometry, x, response[i]!);
    const [, lineY] = toPixels(geometry, x, line.intercept + line.slope * x);
    if (!Number.isFinite(py) || !Number.isFinite(lineY)) continue;
    const side = Math.min(geometry.width, Math.abs(py - lineY));
    const left = px + side <= right ? px : px - side;
    squares.push(
      <rect
        key={i}
        x={left}
        y={Math.min(py, lineY)}
        width={side}
        height={side}
        fill={PALETTE.leastSquares}
        fillOpacity={dashed ? 0.03 : 0.08}
        stroke={PALETTE.leastSquares}
        strokeOpacity={0.45}
        strokeDasharray={dashed ? '3 2' : undefined}
        strokeWidth={1}
      />,
    );
  }
  return <g data-testid={testId}>{squares}</g>;
}
