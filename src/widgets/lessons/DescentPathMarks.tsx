// biome-ignore-all lint/suspicious/noArrayIndexKey: path dots are identified by their epoch, which is their position
import type { EpochValues } from '../../core/gradientDescent/epochValues';
import { PALETTE } from '../../format/palette';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';

/** Up to this many epochs the path is drawn with a dot at every step. */
const DOTTED_PATH_LIMIT = 150;
/** Paths longer than this are thinned for drawing. */
const MAX_DRAWN_EPOCHS = 5000;

interface DescentPathProps {
  readonly geometry: PlotGeometry;
  /** The parameter drawn across, per epoch (read only at the epochs drawn). */
  readonly across: EpochValues;
  /** The parameter drawn up, per epoch (read only at the epochs drawn). */
  readonly up: EpochValues;
  /** The last epoch drawn. */
  readonly shown: number;
}

/**
 * The descent path over a loss map: a line through the epochs up to `shown` (every stride-th
 * epoch plus the last once it is longer than MAX_DRAWN_EPOCHS), a dot at each epoch up to
 * DOTTED_PATH_LIMIT, and a hollow circle at the start. O(min(shown, MAX_DRAWN_EPOCHS)).
 */
export function DescentPath({ geometry, across, up, shown }: DescentPathProps) {
  const stride = Math.max(1, Math.ceil((shown + 1) / MAX_DRAWN_EPOCHS));
  const points: string[] = [];
  for (let k = 0; k <= shown; k = k === shown ? k + 1 : Math.min(shown, k + stride)) {
    const [x, y] = toPixels(geometry, across.at(k)!, up.at(k)!);
    points.push(`${x.toFixed(1)},${Math.max(-1e5, Math.min(1e5, y)).toFixed(1)}`);
  }
  const [startX, startY] = toPixels(geometry, across.at(0)!, up.at(0)!);
  return (
    <>
      <polyline
        data-testid="descent-path"
        data-points={points.length}
        data-epochs={shown + 1}
        points={points.join(' ')}
        fill="none"
        stroke={PALETTE.gradientDescent}
        strokeWidth={2}
        strokeLinejoin="round"
      />
      {shown <= DOTTED_PATH_LIMIT &&
        points.map((point, k) => {
          const [x, y] = point.split(',');
          return <circle key={k} cx={x} cy={y} r={2.5} fill={PALETTE.gradientDescent} />;
        })}
      <circle cx={startX} cy={startY} r={6} fill="white" stroke={PALETTE.gradientDescent} strokeWidth={2} />
    </>
  );
}

/** The cross that marks the least-squares minimum at pixel (x, y); extra props (test ids, data) pass through. */
export function LeastSquaresCross({
  x,
  y,
  ...rest
}: { readonly x: number; readonly y: number } & Record<string, unknown>) {
  return (
    <path
      {...rest}
      d={`M${x - 7},${y - 7}L${x + 7},${y + 7}M${x - 7},${y + 7}L${x + 7},${y - 7}`}
      stroke={PALETTE.leastSquares}
      strokeWidth={3}
    />
  );
}
