import type { Data, Layout } from 'plotly.js';
import { useMemo } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import { leastSquaresResiduals, type Residuals } from '../../model/evaluation/residuals';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { plotText } from '../../plots/plotText';
import { useNotebook } from '../../store/notebookStore';
import { PlotTextAlternative } from '../lab/PlotTextAlternative';

/** At most this many points of each part are drawn (evenly spaced through the rows). */
const DRAWN = 1500;
/** Rows of each part the text alternative's table lists. */
const TABLE_ROWS = 50;

/** The residual plot changes only with the fit, so plotly draws it all. */
const noOverlay = () => null;

function useResiduals(): { residuals: Residuals; responseName: string } | null {
  const problem = useNotebook((state) => state.problem ?? state.manyProblem);
  const heldOut = useNotebook((state) => (state.heldOut?.origin === 'split' ? state.heldOut : null));
  const responseName = useNotebook((state) => state.responseName);
  return useMemo(
    () =>
      problem
        ? { residuals: leastSquaresResiduals(problem, heldOut, { drawn: DRAWN, first: TABLE_ROWS }), responseName }
        : null,
    [problem, heldOut, responseName],
  );
}

/**
 * Residuals of the least-squares fit against its fitted values: training rows as circles,
 * held-out rows as triangles, and the zero line. A good linear fit leaves a shapeless band
 * around zero; a curve or a funnel says the model misses something.
 */
export function ResidualPlot() {
  const shown = useResiduals();
  const figure = useMemo(() => {
    if (!shown) return null;
    const { residuals, responseName } = shown;
    const low = Math.min(residuals.training.fittedLow, residuals.test?.fittedLow ?? Infinity);
    const high = Math.max(residuals.training.fittedHigh, residuals.test?.fittedHigh ?? -Infinity);
    const pad = 0.05 * (high - low || 1);
    const data: Data[] = [
      {
        type: 'scatter',
        mode: 'lines',
        x: [low - pad, high + pad],
        y: [0, 0],
        line: { color: PALETTE.muted, dash: 'dot', width: 1.5 },
        hoverinfo: 'skip',
      },
      {
        type: 'scatter',
        mode: 'markers',
        x: [...residuals.training.drawn.fitted],
        y: [...residuals.training.drawn.residuals],
        name: 'training rows',
        marker: { color: PALETTE.data, size: 6, opacity: 0.7 },
        hovertemplate: 'fitted %{x:.4g}<br>residual %{y:.4g}<extra>training</extra>',
      },
    ];
    if (residuals.test)
      data.push({
        type: 'scatter',
        mode: 'markers',
        x: [...residuals.test.drawn.fitted],
        y: [...residuals.test.drawn.residuals],
        name: 'held-out rows',
        marker: { color: PALETTE.leastSquares, size: 8, symbol: 'triangle-up', opacity: 0.85 },
        hovertemplate: 'fitted %{x:.4g}<br>residual %{y:.4g}<extra>held out</extra>',
      });
    const layout: Partial<Layout> = {
      margin: { l: 64, r: 12, t: 8, b: 48 },
      showlegend: false,
      xaxis: { title: { text: plotText(`fitted ${responseName}`) }, range: [low - pad, high + pad], zeroline: false },
      yaxis: { title: { text: plotText(`residual (actual − fitted ${responseName})`) }, zeroline: false },
      font: { family: 'inherit', size: 13 },
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
    };
    return { data, layout };
  }, [shown]);
  if (!shown || !figure) return null;
  return (
    <figure className="plot" data-testid="residual-plot" aria-label="Residuals against fitted values">
      <PlotLegend
        entries={[
          { label: 'training rows', color: PALETTE.data, kind: 'dot' },
          ...(shown.residuals.test
            ? [{ label: 'held-out rows', color: PALETTE.leastSquares, kind: 'triangle' as const }]
            : []),
          { label: 'zero residual', color: PALETTE.muted, kind: 'dashed' as const },
        ]}
      />
      <OverlaidPlot data={figure.data} layout={figure.layout} config={PLOT_CONFIG} overlay={noOverlay} />
    </figure>
  );
}

/** The residual plot in words and as a table. */
export function ResidualPlotText() {
  const shown = useResiduals();
  if (!shown) return null;
  const { residuals, responseName } = shown;
  const { largest } = residuals;
  const summary = `Residuals of the least-squares fit against its fitted ${responseName}: ${residuals.training.count.toLocaleString('en')} training rows${
    residuals.test ? ` and ${residuals.test.count.toLocaleString('en')} held-out rows` : ''
  }. The largest residual is ${formatNumber(largest.residual, 4)}, on ${largest.part} row ${largest.row}.`;
  const table = () => {
    const rows: string[][] = [];
    for (const [part, points] of [
      ['training', residuals.training],
      ['held out', residuals.test],
    ] as const) {
      if (!points) continue;
      points.first.fitted.forEach((fitted, i) => {
        rows.push([`${part} ${i + 1}`, formatNumber(fitted, 6), formatNumber(points.first.residuals[i]!, 6)]);
      });
    }
    return {
      caption: `Fitted values and residuals (the first ${TABLE_ROWS} rows of each part)`,
      columns: ['Row', `fitted ${responseName}`, 'residual'],
      rows,
    };
  };
  return <PlotTextAlternative testId="residual" summary={summary} table={table} />;
}
