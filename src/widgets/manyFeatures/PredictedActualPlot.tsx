import type { Data, Layout } from 'plotly.js';
import { useCallback, useMemo } from 'react';
import { predictRows } from '../../core/evaluation/modelErrors';
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

/**
 * With several features there is no single x axis: each point is drawn at its actual response
 * (across) against the model's prediction (up). A perfect model puts every point on the
 * diagonal. Least squares is drawn by plotly; gradient descent at the epoch on screen in the
 * overlay, so stepping through epochs never redraws the chart.
 */
export function PredictedActualPlot() {
  const problem = useNotebook((state) => state.manyProblem);
  const trajectory = useNotebook((state) => state.manyTrajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
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
        mode: 'markers',
        x: Array.from(actual),
        y: Array.from(exact),
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
              mode: 'markers',
              x: Array.from(testActual),
              y: Array.from(testExact),
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
    return { data, layout, actual };
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
        <path
          d={path}
          data-testid="descent-predictions"
          fill="none"
          stroke={PALETTE.gradientDescent}
          strokeWidth={1.3}
        />
      );
    },
    [figure, descent],
  );
  if (!problem || !figure || !layout)
    return (
      <div className="plot-placeholder" data-testid="predicted-actual-plot">
        No model can be fitted to these columns.
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
