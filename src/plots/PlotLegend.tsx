import { DENSITY_COLOURS } from './densityLayer';
import { crossPath, diamondPath, trianglePath } from './marks';

/** How a legend entry's sample is drawn: a line (solid, dashed or with its own dash pattern) or a marker. */
export type LegendMark = 'line' | 'dashed' | 'dot' | 'triangle' | 'cross' | 'diamond' | 'shade';

/** One entry of a chart's legend: a short sample of the mark and its label (plain text, never markup). */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly kind: LegendMark;
  /** An SVG dash pattern for a line, as the chart draws it (default: solid, or "5 3" for `dashed`). */
  readonly dash?: string;
  /**
   * What keeps the entry the same element from one render to the next (default: its label).
   * Give one when the label changes every step (it names the epoch, say), so the entry's text
   * changes instead of the entry being built anew.
   */
  readonly id?: string;
}

/**
 * The legend above a chart, in HTML so it can change every step at no plotly cost. Each entry
 * carries its mark and dash in `data-mark`, so tests can check that no two entries differ by
 * colour alone.
 */
export function PlotLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="plot-legend">
      {entries.map((entry) => {
        const dash = entry.dash ?? (entry.kind === 'dashed' ? '5 3' : undefined);
        const line = entry.kind === 'line' || entry.kind === 'dashed';
        const mark = line ? (dash ? `line:${dash}` : 'line') : entry.kind;
        return (
          <li key={entry.id ?? entry.label} data-mark={mark}>
            <svg width="26" height="12" aria-hidden="true">
              <Sample kind={entry.kind} color={entry.color} dash={dash} />
            </svg>
            {entry.label}
          </li>
        );
      })}
    </ul>
  );
}

function Sample({ kind, color, dash }: { kind: LegendMark; color: string; dash: string | undefined }) {
  switch (kind) {
    case 'dot':
      return <circle cx="13" cy="6" r="4" fill={color} opacity="0.7" />;
    case 'triangle':
      return <path d={trianglePath(13, 7, 5.5)} fill={color} opacity="0.8" />;
    case 'cross':
      return <path d={crossPath(13, 6, 4.5)} stroke={color} strokeWidth="2.5" />;
    case 'diamond':
      return <path d={diamondPath(13, 6, 5.5)} fill={color} />;
    case 'shade':
      return (
        <>
          <rect x="1" y="1" width="12" height="10" fill={DENSITY_COLOURS.fewest} />
          <rect x="13" y="1" width="12" height="10" fill={color} />
        </>
      );
    default:
      return <line x1="1" y1="6" x2="25" y2="6" stroke={color} strokeWidth="3" strokeDasharray={dash} />;
  }
}
