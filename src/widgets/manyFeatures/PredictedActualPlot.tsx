import type { Data, Layout } from 'plotly.js';
import { useCallback, useMemo } from 'react';
import { predictRows } from '../../core/evaluation/modelErrors';
import { everyRow } from '../../core/split/trainTestSplit';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import { modelAtEpoch } from '../../model/manyFeatures/modelAtEpoch';
import { drawnRows, predictionsInOriginalUnits, predictOriginal } from '../../model/manyFeatures/predictions';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';
import { problemRevision } from '../../plots/plotRevision';
import { presentationLayout } from '../../plots/presentationLayout';
import { useNotebook } from '../../store/notebookStore';
import { useShownModel } from './useShownModel';

/**
 * Drawn rows given to plotly as hoverable markers (evenly spaced through them); the other drawn
 * rows are marked in the overlay, one SVG path per kind. Each plotly marker costs tens of
 * microseconds a redraw, so a thousand of them held the page for a few hundred milliseconds
 * whenever the model changed on large data.
 *
 * When some drawn rows are only in the overlay, the overlay marks them all and plotly's traces of
 * the hoverable rows draw nothing (mode 'none'): plotly still finds the row under the pointer and
 * labels it in the trace's colour, and a new model costs its redraw no SVG marker at all.
 */
const HOVER_ROWS = 200;

/**
 * The positions the overlay marks: every one when `sample` (plotly's hoverable rows, sorted)
 * leaves some out (plotly then draws none), else none (plotly draws them all).
 */
function overlayPositions(count: number, sample: Uint32Array): Uint32Array {
  return sample.length < count ? everyRow(count) : new Uint32Array();
}

/** One SVG path marking each (x, y) with `glyph` (a relative path drawn from the point), skipping points that cannot be placed. */
function markerPath(
  geometry: PlotGeometry,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  positions: Uint32Array,
  glyph: (x: string, y: string) => string,
): string {
  let path = '';
  for (const k of positions) {
    const [x, y] = toPixels(geometry, xs[k]!, ys[k]!);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    path += glyph(x.toFixed(1), Math.max(-1e5, Math.min(1e5, y)).toFixed(1));
  }
  return path;
}

const CROSS = (x: string, y: string) => `M${x},${y}m-3.5,-3.5l7,7m0,-7l-7,7`;
const TRIANGLE = (x: string, y: string) => `M${x},${y}m0,-5l4.3,7.5h-8.6z`;

/**
 * With several features there is no single x axis: each point is drawn at its actual response
 * (across) against the model's prediction (up). A perfect model puts every point on the
 * diagonal. Least squares is drawn by plotly; gradient descent at the epoch on screen in the
 * overlay, so stepping through epochs never redraws the chart.
 */
export function PredictedActualPlot() {
  const { problem, trajectory, epoch, pending } = useShownModel();
  const presentation = useNotebook((state) => state.presentation);
  const rows = useMemo(() => (problem ? drawnRows(problem.rowCount) : null), [problem]);
  const heldOut = useNotebook((state) => (state.heldOut?.origin === 'split' ? state.heldOut : null));
  const figure = useMemo(() => {
    if (!problem || !rows) return null;
    const actual = Float64Array.from(rows, (i) => problem.original.response[i]!);
    const exact = predictOriginal(problem, problem.leastSquares.model, rows);
    // held-out rows: least squares' predictions there, drawn as triangles
    const testRows = heldOut ? drawnRows(heldOut.count) : new Uint32Array();
    const testActual = Float64Array.from(testRows, (i) => heldOut!.response[i]!);
    const testTerms = heldOut ? heldOut.terms.map((term) => Float64Array.from(testRows, (i) => term[i]!)) : [];
    const testExact = heldOut
      ? predictRows(problem.leastSquares.model, testTerms, testRows.length)
      : new Float64Array();
    let low = Infinity;
    let high = -Infinity;
    for (const values of [actual, exact, testActual, testExact])
      for (const value of values) {
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    const pad = (high - low) * 0.06 || Math.abs(high) * 0.1 || 1;
    const range: [number, number] = [low - pad, high + pad];
    const response = problem.choice.responseName;
    // plotly draws an even sample of the markers (for hovering); the overlay marks the rest
    const hover = drawnRows(actual.length, HOVER_ROWS);
    const testHover = drawnRows(testActual.length, HOVER_ROWS);
    const pick = (values: Float64Array, positions: Uint32Array) => Array.from(positions, (k) => values[k]!);
    const data: Data[] = [
      {
        type: 'scatter',
        mode: 'lines',
        x: range,
        y: range,
        name: 'perfect prediction',
        line: { color: PALETTE.muted, dash: 'dot', width: 1.5 },
        hoverinfo: 'skip',
      },
      {
        type: 'scatter',
        mode: hover.length < actual.length ? 'none' : 'markers',
        hoverlabel: { bgcolor: PALETTE.leastSquares },
        x: pick(actual, hover),
        y: pick(exact, hover),
        name: 'Least squares',
        marker: {
          color: PALETTE.leastSquares,
          symbol: 'x-thin',
          size: 7,
          line: { width: 1.5, color: PALETTE.leastSquares },
        },
        hovertemplate: `actual ${response} %{x:.4g}<br>least squares predicts %{y:.4g}<extra></extra>`,
      },
      ...(heldOut
        ? [
            {
              type: 'scatter',
              mode: testHover.length < testActual.length ? 'none' : 'markers',
              hoverlabel: { bgcolor: PALETTE.accent },
              x: pick(testActual, testHover),
              y: pick(testExact, testHover),
              name: 'Held-out rows',
              marker: { color: PALETTE.accent, symbol: 'triangle-up', size: 8 },
              hovertemplate: `held-out row: actual ${response} %{x:.4g}<br>least squares predicts %{y:.4g}<extra></extra>`,
            } satisfies Data,
          ]
        : []),
    ];
    const layout: Partial<Layout> = {
      margin: { l: 64, r: 12, t: 8, b: 48 },
      showlegend: false,
      uirevision: problemRevision(problem),
      xaxis: { title: { text: `actual ${response}` }, range, zeroline: false },
      yaxis: { title: { text: `predicted ${response}` }, range, zeroline: false },
    };
    const rest = {
      exact: overlayPositions(actual.length, hover),
      test: overlayPositions(testActual.length, testHover),
    };
    return { data, layout, actual, exact, testActual, testExact, rest };
  }, [problem, rows, heldOut]);
  const descent = useMemo(() => {
    if (!problem || !trajectory || !rows) return null;
    return predictionsInOriginalUnits(problem, modelAtEpoch(trajectory, epoch, problem.working.fitIntercept), rows);
  }, [problem, trajectory, rows, epoch]);
  const layout = useMemo(
    () => (figure ? presentationLayout(figure.layout, presentation) : null),
    [figure, presentation],
  );
  const overlay = useCallback(
    (geometry: PlotGeometry) => {
      if (!figure || !descent) return null;
      let path = '';
      for (let k = 0; k < descent.length; k++) {
        const [x, y] = toPixels(geometry, figure.actual[k]!, descent[k]!);
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        const clampedY = Math.max(-1e5, Math.min(1e5, y));
        path += `M${(x - 3).toFixed(1)},${clampedY.toFixed(1)}a3,3 0 1,0 6,0a3,3 0 1,0 -6,0`;
      }
      return (
        <>
          <path
            d={markerPath(geometry, figure.actual, figure.exact, figure.rest.exact, CROSS)}
            data-testid="least-squares-predictions"
            fill="none"
            stroke={PALETTE.leastSquares}
            strokeWidth={1.5}
          />
          {figure.rest.test.length > 0 && (
            <path
              d={markerPath(geometry, figure.testActual, figure.testExact, figure.rest.test, TRIANGLE)}
              fill={PALETTE.accent}
            />
          )}
          <path
            d={path}
            data-testid="descent-predictions"
            fill="none"
            stroke={PALETTE.gradientDescent}
            strokeWidth={1.3}
          />
        </>
      );
    },
    [figure, descent],
  );
  if (!problem || !figure || !layout)
    return (
      <div className="plot-placeholder" data-testid="predicted-actual-plot" aria-busy={pending}>
        {pending ? '' : 'No model can be fitted to these columns.'}
      </div>
    );
  const sampled = rows && rows.length < problem.rowCount;
  return (
    <figure
      className="plot"
      data-testid="predicted-actual-plot"
      aria-label={`Predicted against actual ${problem.choice.responseName} for ${problem.termNames.length} terms`}
    >
      <PlotLegend
        entries={[
          {
            label: `Gradient descent, epoch ${epoch.toLocaleString('en')} (○)`,
            color: PALETTE.gradientDescent,
            kind: 'dot',
          },
          { label: 'Least squares (×)', color: PALETTE.leastSquares, kind: 'line' },
          ...(heldOut
            ? [
                {
                  label: `Held-out rows, least squares (△, ${heldOut.count.toLocaleString('en')})`,
                  color: PALETTE.accent,
                  kind: 'triangle' as const,
                },
              ]
            : []),
          { label: 'Perfect prediction', color: PALETTE.muted, kind: 'dashed' },
        ]}
      />
      <OverlaidPlot data={figure.data} layout={layout} config={PLOT_CONFIG} overlay={overlay} />
      {sampled && (
        <figcaption className="plot-note">
          {formatNumber(rows.length, 4)} of {problem.rowCount.toLocaleString('en')} rows drawn, evenly spaced through
          the data.
        </figcaption>
      )}
    </figure>
  );
}
