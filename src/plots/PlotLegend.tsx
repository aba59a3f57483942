/** One entry of a chart's legend: a short sample of the mark and its label (plain text, never markup). */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly kind: 'line' | 'dashed' | 'dot';
}

/** The legend above a chart, in HTML so it can change every step at no plotly cost. */
export function PlotLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="plot-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width="26" height="10" aria-hidden="true">
            {entry.kind === 'dot' ? (
              <circle cx="13" cy="5" r="4" fill={entry.color} opacity="0.7" />
            ) : (
              <line
                x1="1"
                y1="5"
                x2="25"
                y2="5"
                stroke={entry.color}
                strokeWidth="3"
                strokeDasharray={entry.kind === 'dashed' ? '5 3' : undefined}
              />
            )}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
