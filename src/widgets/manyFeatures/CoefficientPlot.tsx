import type { Data, Layout } from 'plotly.js';
import { useCallback, useMemo } from 'react';
import { downsampleSeries } from '../../core/downsample';
import { OVERLAY_COLOURS, PALETTE } from '../../format/palette';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { type LegendEntry, PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { type PlotGeometry, polylinePath, toPixels } from '../../plots/plotGeometry';
import { problemRevision } from '../../plots/plotRevision';
import { presentationLayout } from '../../plots/presentationLayout';
import { useNotebook } from '../../store/notebookStore';
import { useShownModel } from './useShownModel';

/** Each coefficient's dash pattern, so curves stay apart without colour. */
const DASHES = ['', '8 3', '2 3', '8 3 2 3', '14 4', '1 4', '5 2 1 2', '12 3 3 3', '3 6', '10 2'];
const COLOURS = [PALETTE.gradientDescent, ...OVERLAY_COLOURS];

/**
 * Every coefficient of the model (working units) epoch by epoch up to the one on screen, each
 * with its least-squares value as a thin line of the same colour: the student sees which weights
 * settle at once and which crawl (the Hessian's slow directions).
 */
export function CoefficientPlot() {
  const { problem, trajectory, epoch } = useShownModel();
  const presentation = useNotebook((state) => state.presentation);
  const series = useMemo(() => {
    if (!problem || !trajectory) return null;
    const named = [
      ...(problem.working.fitIntercept
        ? [{ name: 'intercept', history: trajectory.intercepts, exact: problem.olsModel.intercept }]
        : []),
      ...problem.termNames.map((name, j) => ({
        name,
        history: trajectory.weights[j]!,
        exact: problem.olsModel.weights[j]!,
      })),
    ];
    return named.map((entry, index) => ({
      ...entry,
      colour: COLOURS[index % COLOURS.length]!,
      dash: DASHES[index % DASHES.length]!,
      sampled: downsampleSeries(entry.history, 600),
    }));
  }, [problem, trajectory]);
  const figure = useMemo(() => {
    if (!series || !trajectory) return null;
    let low = Infinity;
    let high = -Infinity;
    for (const entry of series) {
      for (const value of [...entry.sampled.values, entry.exact]) {
        if (!Number.isFinite(value)) continue;
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    }
    const pad = (high - low) * 0.08 || 1;
    const lastEpoch = Math.max(1, trajectory.lastEpoch);
    const data: Data[] = series.map((entry) => ({
      type: 'scatter',
      mode: 'lines',
      x: [0, lastEpoch],
      y: [entry.exact, entry.exact],
      name: `${entry.name} (least squares)`,
      line: { color: entry.colour, width: 1, dash: 'dot' },
      hovertemplate: `${entry.name}: least squares %{y:.6g}<extra></extra>`,
    }));
    const layout: Partial<Layout> = {
      margin: { l: 64, r: 12, t: 8, b: 48 },
      showlegend: false,
      uirevision: problemRevision(problem),
      xaxis: { title: { text: 'epoch' }, range: [0, lastEpoch], zeroline: false },
      yaxis: {
        title: { text: `coefficient${problem?.scaled ? ' (scaled units)' : ''}` },
        range: [low - pad, high + pad],
      },
    };
    return { data, layout };
  }, [series, trajectory, problem]);
  const layout = useMemo(
    () => (figure ? presentationLayout(figure.layout, presentation) : null),
    [figure, presentation],
  );
  const overlay = useCallback(
    (geometry: PlotGeometry) => {
      if (!series) return null;
      return series.map((entry) => {
        let cut = entry.sampled.epochs.findIndex((e) => e > epoch);
        if (cut < 0) cut = entry.sampled.epochs.length;
        const xs = [...entry.sampled.epochs.slice(0, cut), epoch];
        const ys = [...entry.sampled.values.slice(0, cut), entry.history[Math.min(epoch, entry.history.length - 1)]!];
        const [x, y] = toPixels(geometry, epoch, ys[ys.length - 1]!);
        return (
          <g key={entry.name}>
            <path
              d={polylinePath(geometry, xs, ys)}
              fill="none"
              stroke={entry.colour}
              strokeWidth={2}
              strokeDasharray={entry.dash || undefined}
            />
            {Number.isFinite(y) && <circle cx={x} cy={Math.max(-1e5, Math.min(1e5, y))} r={3.5} fill={entry.colour} />}
          </g>
        );
      });
    },
    [series, epoch],
  );
  if (!series || !layout || !figure) return null;
  const entries: LegendEntry[] = series.map((entry) => ({
    label: entry.name,
    color: entry.colour,
    kind: entry.dash ? 'dashed' : 'line',
  }));
  return (
    <figure
      className="plot"
      data-testid="coefficient-plot"
      aria-label={`Each coefficient by epoch, with its least-squares value as a dotted line`}
    >
      <PlotLegend entries={entries} />
      <OverlaidPlot data={figure.data} layout={layout} config={PLOT_CONFIG} overlay={overlay} />
    </figure>
  );
}
