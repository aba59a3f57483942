import { formatNumber } from '../format/formatNumber';

/** Tick positions on an axis and the text shown at each. */
export interface AxisTicks {
  readonly values: readonly number[];
  readonly labels: readonly string[];
}

/**
 * Approximate width of a tick label in pixels: digits, signs and letters about 0.62 em, the
 * separators "," and "." 0.3 em, superscript digits 0.4 em. Generous on purpose: an estimate a
 * little too wide costs a tick, one too narrow lets labels touch.
 */
export function labelWidth(label: string, fontSize: number): number {
  let ems = 0;
  for (const character of label) ems += ',.'.includes(character) ? 0.3 : /[⁰-⁹⁻¹²³]/.test(character) ? 0.4 : 0.62;
  return ems * fontSize;
}

/**
 * A tick label with exactly the digits a step of `step` needs (step 500 → whole hundreds; step
 * 0.05 → two decimals), in the notebook's number format: 1,000,000,500 rather than 1.0000005B.
 */
export function tickLabel(value: number, step: number): string {
  if (Math.abs(value) < Math.abs(step) * 1e-9) return '0';
  const decimals = -Math.floor(Math.log10(step) + 1e-9);
  const integerDigits = Math.floor(Math.log10(Math.abs(value)) + 1e-12) + 1;
  return formatNumber(value, Math.min(17, Math.max(1, integerDigits + Math.max(0, decimals))));
}

/**
 * Ticks for a linear axis from `min` to `max` drawn `pixelLength` pixels long, at the finest
 * step of 1, 2 or 5 × 10ᵏ whose labels, `fontSize` pixels high, keep at least one em of space
 * between neighbours and sit at least 5.5 em apart. With `endTick` the axis's last value always gets a tick of its own (the
 * loss plot ends at the run's last epoch and says so), and regular ticks too close to it give way.
 * Returns no ticks for an empty or non-finite range.
 */
export function readableTicks(
  min: number,
  max: number,
  pixelLength: number,
  fontSize: number,
  options: { endTick?: boolean } = {},
): AxisTicks {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span) || !(pixelLength > 0)) return { values: [], labels: [] };
  const gap = fontSize;
  // No label is narrower than about one em, so no finer step can ever fit.
  let exponent = Math.floor(Math.log10(span / Math.max(1, pixelLength / fontSize)));
  let previous: AxisTicks = { values: [], labels: [] };
  for (let tries = 0; tries < 40; tries++, exponent++) {
    for (const mantissa of [1, 2, 5]) {
      const step = mantissa * 10 ** exponent;
      const width = (label: string) => labelWidth(label, fontSize);
      const ticks = ticksAt(min, max, step, options.endTick ?? false, width, gap, span / pixelLength);
      // A step wider than the range leaves no tick: keep the one of the last try nearest the middle.
      if (ticks.values.length === 0) return middleTick(previous, (min + max) / 2);
      if (fits(ticks, span, pixelLength, width, gap)) return ticks;
      previous = ticks;
    }
  }
  return middleTick(previous, (min + max) / 2);
}

function middleTick(ticks: AxisTicks, middle: number): AxisTicks {
  let best = -1;
  ticks.values.forEach((value, index) => {
    if (best < 0 || Math.abs(value - middle) < Math.abs(ticks.values[best]! - middle)) best = index;
  });
  return best < 0 ? ticks : { values: [ticks.values[best]!], labels: [ticks.labels[best]!] };
}

function ticksAt(
  min: number,
  max: number,
  step: number,
  endTick: boolean,
  width: (label: string) => number,
  gap: number,
  unitsPerPixel: number,
): AxisTicks {
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  // Far from zero a fine step is below the doubles' spacing (x near 1e15 differing by 0.125):
  // k and k + 1 would be the same number, so this step has no usable ticks.
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || last - first > MAX_TICKS) {
    return { values: [], labels: [] };
  }
  let values: number[] = [];
  for (let k = first; k <= last; k++) values.push(Number((k * step).toPrecision(15)));
  let labels = values.map((value) => tickLabel(value, step));
  if (endTick) {
    const endLabel = formatNumber(max, 15);
    const endWidth = width(endLabel);
    const keep = values.map(
      (value, index) => (max - value) / unitsPerPixel >= (width(labels[index]!) + endWidth) / 2 + gap,
    );
    values = [...values.filter((_, index) => keep[index]), max];
    labels = [...labels.filter((_, index) => keep[index]), endLabel];
  }
  return { values, labels };
}

/** More ticks than this on one axis are never readable; such a step is skipped. */
const MAX_TICKS = 1000;

/** Ticks closer than this many ems look crowded even when their labels are short (plotly keeps about 80 px). */
const MIN_TICK_SPACING_EMS = 5.5;

/** Whether every pair of neighbouring labels keeps `gap` pixels between them. */
function fits(ticks: AxisTicks, span: number, pixelLength: number, width: (label: string) => number, gap: number) {
  for (let i = 1; i < ticks.values.length; i++) {
    const distance = ((ticks.values[i]! - ticks.values[i - 1]!) / span) * pixelLength;
    const needed = (width(ticks.labels[i]!) + width(ticks.labels[i - 1]!)) / 2 + gap;
    if (distance < Math.max(needed, MIN_TICK_SPACING_EMS * gap)) return false;
  }
  return true;
}

/** Pixel size of a whole chart, margins included. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * A linear x axis with `readableTicks`, and the left and right margins widened (never narrowed)
 * so that the first and last labels fit inside the chart: plotly hides a label that would cross
 * the chart's edge, which is how the loss plot's last epoch lost its tick.
 */
export function readableXAxis(
  range: readonly [number, number],
  chartWidth: number,
  margin: { readonly l: number; readonly r: number },
  fontSize: number,
  options: { endTick?: boolean } = {},
): { axis: { tickmode: 'array'; tickvals: number[]; ticktext: string[] }; margin: { l: number; r: number } } {
  const [min, max] = range;
  let { l, r } = margin;
  let ticks: AxisTicks = { values: [], labels: [] };
  // Twice: widening a margin shortens the axis, which can change the ticks once.
  for (let pass = 0; pass < 2; pass++) {
    const length = chartWidth - l - r;
    ticks = readableTicks(min, max, length, fontSize, options);
    if (ticks.values.length === 0) {
      // No step gives distinct ticks (a range far narrower than its distance from zero): one
      // tick in the middle, written in full, still says where the data sits.
      const middle = (min + max) / 2;
      ticks = { values: [middle], labels: [middle.toLocaleString('en', { maximumFractionDigits: 6 })] };
    }
    const count = ticks.values.length;
    const at = (value: number) => ((value - min) / (max - min)) * length;
    const firstHalf = labelWidth(ticks.labels[0]!, fontSize) / 2;
    const lastHalf = labelWidth(ticks.labels[count - 1]!, fontSize) / 2;
    l = Math.max(margin.l, Math.ceil(firstHalf - at(ticks.values[0]!) + 4));
    r = Math.max(margin.r, Math.ceil(lastHalf - (length - at(ticks.values[count - 1]!)) + 4));
  }
  return {
    axis: { tickmode: 'array', tickvals: [...ticks.values], ticktext: [...ticks.labels] },
    margin: { l, r },
  };
}
