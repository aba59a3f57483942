import type { Data, Layout } from 'plotly.js';
import { useCallback, useMemo } from 'react';
import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import type { Line } from '../../core/line';
import { lineInOriginalUnits } from '../../core/scaling';
import { PALETTE } from '../../format/palette';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { trianglePath } from '../../plots/marks';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';
import { plotText } from '../../plots/plotText';
import { selectLineTestRows } from '../../store/heldOutSelectors';

const MAX_POINTS = 2000;

/** Predicted against actual response for the training and test points: perfect predictions lie on the diagonal. */
export function PredictionPlot() {
  const [ref, { problem, trajectory, epoch, testSet }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
    testSet: selectLineTestRows(state),
  }));
  const test =
    testSet && problem && testSet.featureName === problem.featureName && testSet.responseName === problem.responseName
      ? testSet
      : null;
  const range = useMemo(() => {
    if (!problem) return [0, 1] as const;
    let low = Infinity,
      high = -Infinity;
    for (const values of [problem.rawResponse, test?.response ?? new Float64Array()])
      for (const y of values) {
        low = Math.min(low, y);
        high = Math.max(high, y);
      }
    const pad = 0.06 * (high - low || 1);
    return [low - pad, high + pad] as const;
  }, [problem, test]);
  const layout = useMemo(
    (): Partial<Layout> => ({
      margin: { l: 64, r: 12, t: 8, b: 48 },
      showlegend: false,
      xaxis: { title: { text: plotText(`actual ${problem?.responseName ?? ''}`) }, range: [...range], zeroline: false },
      yaxis: {
        title: { text: plotText(`predicted ${problem?.responseName ?? ''}`) },
        range: [...range],
        zeroline: false,
      },
      font: { family: 'inherit', size: 13 },
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
    }),
    [range, problem?.responseName],
  );
  const data = useMemo(
    (): Data[] => [
      {
        type: 'scatter',
        mode: 'lines',
        x: [...range],
        y: [...range],
        line: { color: PALETTE.muted, dash: 'dot', width: 1.5 },
        hoverinfo: 'skip',
      },
    ],
    [range],
  );
  const line = useMemo(
    () =>
      problem && trajectory
        ? lineInOriginalUnits(lineAtEpoch(trajectory, epoch), problem.featureScaler, problem.responseScaler)
        : null,
    [problem, trajectory, epoch],
  );
  const overlay = useCallback(
    (geometry: PlotGeometry) =>
      problem && line ? (
        <>
          {dots(geometry, line, problem.rawFeature, problem.rawResponse, PALETTE.data, 'circle')}
          {test && dots(geometry, line, test.feature, test.response, PALETTE.leastSquares, 'triangle')}
        </>
      ) : null,
    [problem, line, test],
  );
  if (!problem || !trajectory) return <div ref={ref} />;
  return (
    <figure className="plot" data-testid="prediction-plot" ref={ref} aria-label="Predicted against actual values">
      <PlotLegend
        entries={[
          { label: 'training points', color: PALETTE.data, kind: 'dot' },
          ...(test ? [{ label: 'test points', color: PALETTE.leastSquares, kind: 'triangle' as const }] : []),
          { label: 'perfect prediction', color: PALETTE.muted, kind: 'dashed' },
        ]}
      />
      <OverlaidPlot data={data} layout={layout} config={PLOT_CONFIG} overlay={overlay} />
    </figure>
  );
}

/**
 * Each point's prediction (from `line`) against its actual value, as circles (training points)
 * or triangles (test points, told apart by shape as well as colour); large sets are thinned.
 */
function dots(
  geometry: PlotGeometry,
  line: Line,
  x: Float64Array,
  y: Float64Array,
  colour: string,
  shape: 'circle' | 'triangle',
) {
  const stride = Math.max(1, Math.ceil(x.length / MAX_POINTS));
  const marks = [];
  for (let i = 0; i < x.length; i += stride) {
    const [px, py] = toPixels(geometry, y[i]!, line.slope * x[i]! + line.intercept);
    if (!Number.isFinite(py)) continue;
    const cy = Math.max(-1e4, Math.min(1e4, py));
    marks.push(
      shape === 'circle' ? (
        <circle key={i} cx={px} cy={cy} r={3} fill={colour} opacity={0.65} />
      ) : (
        <path key={i} data-testid="test-point" d={trianglePath(px, cy, 5)} fill={colour} opacity={0.75} />
      ),
    );
  }
  return marks;
}
