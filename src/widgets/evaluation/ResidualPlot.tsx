import type { Data, Layout } from 'plotly.js';
import { useMemo } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import type { HeldOut } from '../../model/evaluation/heldOut';
import { LISTED_RESIDUALS, leastSquaresResiduals, type Residuals } from '../../model/evaluation/residuals';
import type { ManyFeatureProblem } from '../../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../../model/regressionProblem';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { plotText } from '../../plots/plotText';
import { PlotTextAlternative } from '../lab/PlotTextAlternative';

/** The residual plot changes only with the fit, so plotly draws it all. */
const noOverlay = () => null;

/** The fit whose residuals are shown: the problem on screen, its held-out rows (a split's only) and the response's name. */
export interface ResidualsShown {
  readonly problem: RegressionProblem | ManyFeatureProblem | null;
  readonly heldOut: HeldOut | null;
  readonly responseName: string;
}

function useResiduals({ problem, heldOut, responseName }: ResidualsShown): {
  residuals: Residuals;
  responseName: string;
} | null {
  return useMemo(
    () => (problem ? { residuals: leastSquaresResiduals(problem, heldOut), responseName } : null),
    [problem, heldOut, responseName],
  );
}

/**
 * Residuals of the least-squares fit against its fitted values: training rows as circles,
 * held-out rows as triangles, and the zero line. A good linear fit leaves a shapeless band
 * around zero; a curve or a funnel says the model misses something.
 */
export function ResidualPlot(props: ResidualsShown) {
  const shown = useResiduals(props);
  const figure = useMemo(() => {
    if (!shown) return null;
    const { residuals, responseName } = shown;
    let low = Infinity;
    let high = -Infinity;
    for (const part of [residuals.training, residuals.test])
      if (part)
        for (const value of part.drawn.fitted) {
          low = Math.min(low, value);
          high = Math.max(high, value);
        }
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
        x: Array.from(residuals.training.drawn.fitted),
        y: Array.from(residuals.training.drawn.residuals),
        name: 'training rows',
        marker: { color: PALETTE.data, size: 6, opacity: 0.7 },
        hovertemplate: 'fitted %{x:.4g}<br>residual %{y:.4g}<extra>training</extra>',
      },
    ];
    if (residuals.test)
      data.push({
        type: 'scatter',
        mode: 'markers',
        x: Array.from(residuals.test.drawn.fitted),
        y: Array.from(residuals.test.drawn.residuals),
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
export function ResidualPlotText(props: ResidualsShown) {
  const shown = useResiduals(props);
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
      const { fitted, residuals: listed } = points.listed;
      for (let i = 0; i < fitted.length; i++)
        rows.push([`${part} ${i + 1}`, formatNumber(fitted[i]!, 6), formatNumber(listed[i]!, 6)]);
    }
    return {
      caption: `Fitted values and residuals (the first ${LISTED_RESIDUALS} rows of each part)`,
      columns: ['Row', `fitted ${responseName}`, 'residual'],
      rows,
    };
  };
  return <PlotTextAlternative testId="residual" summary={summary} table={table} />;
}
