/** Where a plotly chart's plotting area sits and what its axes show, read after each draw. */
export interface PlotGeometry {
  /** Plotting area in CSS pixels from the chart's top-left corner. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly x: AxisGeometry;
  readonly y: AxisGeometry;
}

export interface AxisGeometry {
  /** The visible range in data units (for a log axis, still data units, not exponents). */
  readonly min: number;
  readonly max: number;
  readonly log: boolean;
}

/** Maps a data value to a fraction of the axis (0 at min, 1 at max); log axes map log10 linearly. */
export function axisFraction(axis: AxisGeometry, value: number): number {
  if (axis.log) return (Math.log10(value) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min));
  return (value - axis.min) / (axis.max - axis.min);
}

/** Pixel position of a data point; y grows downwards on screen. Non-positive values on a log axis give NaN. */
export function toPixels(geometry: PlotGeometry, x: number, y: number): [number, number] {
  return [
    geometry.left + axisFraction(geometry.x, x) * geometry.width,
    geometry.top + (1 - axisFraction(geometry.y, y)) * geometry.height,
  ];
}

/** The data point under a pixel of the chart, or null outside the plotting area. */
export function fromPixels(geometry: PlotGeometry, px: number, py: number): [number, number] | null {
  const fx = (px - geometry.left) / geometry.width;
  const fy = 1 - (py - geometry.top) / geometry.height;
  if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return null;
  const value = (axis: AxisGeometry, fraction: number) =>
    axis.log
      ? 10 ** (Math.log10(axis.min) + fraction * (Math.log10(axis.max) - Math.log10(axis.min)))
      : axis.min + fraction * (axis.max - axis.min);
  return [value(geometry.x, fx), value(geometry.y, fy)];
}

/** Paths already built, per geometry and per series of values (with the epochs they were built with). */
const builtPaths = new WeakMap<PlotGeometry, WeakMap<object, { xs: ArrayLike<number>; path: string }>>();

/**
 * {@link polylinePath}, built once per geometry and series: a loss curve of a thousand points is
 * a 20 kB string, and an epoch step that only moves the current-epoch marker should not rebuild
 * it. The series are keyed by identity, so they must not be changed in place once drawn.
 */
export function storedPolylinePath(
  geometry: PlotGeometry,
  xs: ArrayLike<number> & object,
  ys: ArrayLike<number> & object,
): string {
  let forGeometry = builtPaths.get(geometry);
  if (!forGeometry) {
    forGeometry = new WeakMap();
    builtPaths.set(geometry, forGeometry);
  }
  const built = forGeometry.get(ys);
  if (built?.xs === xs) return built.path;
  const path = polylinePath(geometry, xs, ys);
  forGeometry.set(ys, { xs, path });
  return path;
}

/**
 * An SVG path through the points, skipping any that cannot be placed (NaN, ≤ 0 on a log axis).
 * Each point is placed with {@link toPixels}' arithmetic, written out so that no pair is
 * allocated per point (a loss curve is redrawn on every slider step).
 */
export function polylinePath(geometry: PlotGeometry, xs: ArrayLike<number>, ys: ArrayLike<number>): string {
  const { left, top, width, height, x, y } = geometry;
  let path = '';
  let pen = 'M';
  for (let i = 0; i < xs.length; i++) {
    const px = left + axisFraction(x, xs[i]!) * width;
    const py = top + (1 - axisFraction(y, ys[i]!)) * height;
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = 'M';
      continue;
    }
    // keep far-off points finite for the renderer; the overlay clips to the plotting area
    path += `${pen}${px.toFixed(1)},${Math.max(-1e5, Math.min(1e5, py)).toFixed(1)}`;
    pen = 'L';
  }
  return path;
}

export function sameGeometry(a: PlotGeometry | null, b: PlotGeometry | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.left === b.left &&
    a.top === b.top &&
    a.width === b.width &&
    a.height === b.height &&
    a.x.min === b.x.min &&
    a.x.max === b.x.max &&
    a.x.log === b.x.log &&
    a.y.min === b.y.min &&
    a.y.max === b.y.max &&
    a.y.log === b.y.log
  );
}
