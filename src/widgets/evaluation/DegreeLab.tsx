import type { Data, Layout } from 'plotly.js';
import { useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import {
  type DegreeResult,
  type FittedDegree,
  featureMap,
  MAX_SWEEP_DEGREE,
  polynomialAt,
  SWEEP_EPOCHS,
} from '../../model/evaluation/degreeSweep';
import { sweepRowsOf } from '../../model/evaluation/sweepRows';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { plotsAllowed } from '../../plots/plotLoading';
import { plotText } from '../../plots/plotText';
import { useNotebook } from '../../store/notebookStore';
import { PlotTextAlternative } from '../lab/PlotTextAlternative';
import { conditionText, DegreeTable } from './DegreeTable';
import { useDegreeSweep } from './useDegreeSweep';
import './evaluation.css';

const noOverlay = () => null;
const CURVE_POINTS = 300;
const BASE_LAYOUT: Partial<Layout> = {
  margin: { l: 64, r: 12, t: 8, b: 48 },
  showlegend: false,
  font: { family: 'inherit', size: 13 },
  paper_bgcolor: 'rgba(0,0,0,0)',
  plot_bgcolor: 'rgba(0,0,0,0)',
};

function extent(...arrays: ArrayLike<number>[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const values of arrays)
    for (let i = 0; i < values.length; i++) {
      low = Math.min(low, values[i]!);
      high = Math.max(high, values[i]!);
    }
  return [low, high];
}

/** The degree whose held-out RMSE is lowest (the sweet spot), or null when nothing is held out. */
function sweetSpot(results: readonly DegreeResult[]): number | null {
  let best: number | null = null;
  let lowest = Infinity;
  for (const result of results)
    if (result.ok && result.testRmse !== null && result.testRmse < lowest) {
      lowest = result.testRmse;
      best = result.degree;
    }
  return best;
}

/**
 * Polynomials of degree 1 to 15 of the lab's feature, fitted by least squares on the training
 * rows of the store's split: the chosen degree's curve over the data, the training and test RMSE
 * against the degree, and how gradient descent fares on the same powers. The fifteen fits and
 * descent runs (a few hundred milliseconds on a slow machine) start once the lab's first fit is
 * on screen, so opening the page never waits for this lesson far below it
 */
export function DegreeLab() {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let mounted = true;
    // and then when the page is idle (the charts' code compiles first), or within a second
    const start = () => mounted && setStarted(true);
    plotsAllowed().then(() =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 1000 }) : setTimeout(start, 0),
    );
    return () => {
      mounted = false;
    };
  }, []);
  return started ? (
    <DegreeSweepLab />
  ) : (
    <p className="degree-lab" data-testid="degree-lab-waiting">
      Fitting the polynomials of degree 1 to {MAX_SWEEP_DEGREE}…
    </p>
  );
}

const NO_RESULTS: readonly DegreeResult[] = [];

/**
 * The plot marks at most this many training rows (and a quarter as many held-out ones), an even
 * sample; the fits use every row of the sweep. Twenty-five thousand SVG markers took plotly over
 * 150 ms to draw, and a few thousand show the cloud as well.
 */
const DRAWN_TRAINING_POINTS = 2_000;

/** Every k-th value, k chosen so that at most `limit` are kept. O(limit). */
function evenSample(values: Float64Array, limit: number): number[] {
  const stride = Math.max(1, Math.ceil(values.length / limit));
  const kept: number[] = [];
  for (let i = 0; i < values.length; i += stride) kept.push(values[i]!);
  return kept;
}

function DegreeSweepLab() {
  const [ref, { dataSet, featureName, responseName, testFraction, splitSeed }] = useVisibleNotebook((state) => ({
    dataSet: state.dataSet,
    featureName: state.featureName,
    responseName: state.responseName,
    testFraction: state.testFraction,
    splitSeed: state.splitSeed,
  }));
  const setTestFraction = useNotebook((state) => state.setTestFraction);
  const [degree, setDegree] = useState(3);
  const rows = useMemo(
    () => sweepRowsOf(dataSet, featureName, responseName, testFraction, splitSeed),
    [dataSet, featureName, responseName, testFraction, splitSeed],
  );
  // the fifteen fits run in a worker; the map onto [−1, 1] for drawing the curve is cheap
  const outcome = useDegreeSweep(rows);
  const map = useMemo(() => (outcome?.ok ? featureMap(rows.trainingX) : null), [outcome, rows]);
  const results: readonly DegreeResult[] = outcome?.ok ? outcome.results : NO_RESULTS;
  const chosen = results[degree - 1];
  const best = sweetSpot(results);
  const curveFigure = useMemo(() => {
    if (!map || !chosen?.ok) return null;
    const [xLow, xHigh] = extent(rows.trainingX, rows.testX);
    const [yLow, yHigh] = extent(rows.trainingY, rows.testY);
    const yPad = 0.25 * (yHigh - yLow || 1);
    const xs = Float64Array.from({ length: CURVE_POINTS }, (_, k) => xLow + ((xHigh - xLow) * k) / (CURVE_POINTS - 1));
    const curve = polynomialAt(chosen.coefficients, map, xs);
    const data: Data[] = [
      {
        type: 'scatter',
        mode: 'markers',
        x: evenSample(rows.trainingX, DRAWN_TRAINING_POINTS),
        y: evenSample(rows.trainingY, DRAWN_TRAINING_POINTS),
        marker: { color: PALETTE.data, size: 6, opacity: 0.65 },
        hoverinfo: 'skip',
      },
      {
        type: 'scatter',
        mode: 'markers',
        x: evenSample(rows.testX, DRAWN_TRAINING_POINTS / 4),
        y: evenSample(rows.testY, DRAWN_TRAINING_POINTS / 4),
        marker: { color: PALETTE.leastSquares, size: 8, symbol: 'triangle-up', opacity: 0.85 },
        hoverinfo: 'skip',
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: Array.from(xs),
        y: Array.from(curve),
        line: { color: PALETTE.gradientDescent, width: 3 },
        hovertemplate: `degree ${degree}: %{y:.4g}<extra></extra>`,
      },
    ];
    const layout: Partial<Layout> = {
      ...BASE_LAYOUT,
      xaxis: { title: { text: plotText(featureName) }, zeroline: false },
      yaxis: { title: { text: plotText(responseName) }, range: [yLow - yPad, yHigh + yPad], zeroline: false },
    };
    return { data, layout };
  }, [map, chosen, rows, degree, featureName, responseName]);
  const rmseFigure = useMemo(() => {
    const fitted = results.filter((result): result is FittedDegree => result.ok);
    if (fitted.length === 0) return null;
    const degrees = fitted.map((result) => result.degree);
    const data: Data[] = [
      {
        type: 'scatter',
        mode: 'lines+markers',
        x: degrees,
        y: fitted.map((result) => result.trainingRmse),
        line: { color: PALETTE.gradientDescent, width: 2 },
        marker: { symbol: 'circle', size: 7 },
        hovertemplate: 'degree %{x}: training RMSE %{y:.4g}<extra></extra>',
      },
    ];
    if (fitted.some((result) => result.testRmse !== null))
      data.push({
        type: 'scatter',
        mode: 'lines+markers',
        x: degrees,
        y: fitted.map((result) => result.testRmse ?? Number.NaN),
        line: { color: PALETTE.leastSquares, width: 2, dash: 'dash' },
        marker: { symbol: 'triangle-up', size: 9 },
        hovertemplate: 'degree %{x}: test RMSE %{y:.4g}<extra></extra>',
      });
    const layout: Partial<Layout> = {
      ...BASE_LAYOUT,
      xaxis: { title: { text: 'polynomial degree' }, dtick: 1, range: [0.5, MAX_SWEEP_DEGREE + 0.5], zeroline: false },
      yaxis: { title: { text: plotText(`RMSE (${responseName})`) }, type: 'log', exponentformat: 'power' },
      shapes: [
        {
          type: 'line',
          x0: degree,
          x1: degree,
          yref: 'paper',
          y0: 0,
          y1: 1,
          line: { color: PALETTE.muted, dash: 'dot', width: 1.5 },
        },
      ],
    };
    return { data, layout };
  }, [results, degree, responseName]);

  if (outcome === null)
    return (
      <p ref={ref} className="degree-lab" role="status" data-testid="degree-lab-waiting">
        Fitting the polynomials of degree 1 to {MAX_SWEEP_DEGREE} in the background…
      </p>
    );
  if (!outcome.ok)
    return (
      <p ref={ref} role="alert">
        {outcome.message}
      </p>
    );
  const heldOut = rows.testY.length > 0;
  return (
    <div ref={ref} className="degree-lab" data-testid="degree-lab">
      {!heldOut && (
        <p className="lesson-actions">
          Nothing is held out, so only the training error can be drawn, and it only ever falls.{' '}
          <button type="button" data-testid="degree-lab-hold-out" onClick={() => setTestFraction(0.2)}>
            Hold out 20 %
          </button>
        </p>
      )}
      <label className="degree-lab-control">
        Degree <output data-testid="degree-lab-value">{degree}</output>
        <input
          type="range"
          min={1}
          max={MAX_SWEEP_DEGREE}
          step={1}
          value={degree}
          data-testid="degree-lab-degree"
          onChange={(event) => setDegree(Number(event.target.value))}
        />
      </label>
      {chosen && !chosen.ok && (
        <p className="data-error" role="alert" data-testid="degree-refused">
          {chosen.reason}
        </p>
      )}
      <div className="plots">
        {curveFigure && (
          <div className="plot-cell">
            <figure className="plot" data-testid="degree-curve-plot" aria-label={`Degree ${degree} polynomial fit`}>
              <PlotLegend
                entries={[
                  { label: 'training rows', color: PALETTE.data, kind: 'dot' },
                  ...(heldOut
                    ? [{ label: 'held-out rows', color: PALETTE.leastSquares, kind: 'triangle' as const }]
                    : []),
                  { label: `least squares, degree ${degree}`, color: PALETTE.gradientDescent, kind: 'line' },
                ]}
              />
              <OverlaidPlot
                data={curveFigure.data}
                layout={curveFigure.layout}
                config={PLOT_CONFIG}
                overlay={noOverlay}
              />
            </figure>
          </div>
        )}
        {rmseFigure && (
          <div className="plot-cell">
            <figure className="plot" data-testid="degree-rmse-plot" aria-label="Training and test RMSE against degree">
              <PlotLegend
                entries={[
                  { label: 'training RMSE', color: PALETTE.gradientDescent, kind: 'dot' },
                  ...(heldOut ? [{ label: 'test RMSE', color: PALETTE.leastSquares, kind: 'triangle' as const }] : []),
                  { label: 'degree shown', color: PALETTE.muted, kind: 'dashed' as const, dash: '2 3' },
                ]}
              />
              <OverlaidPlot
                data={rmseFigure.data}
                layout={rmseFigure.layout}
                config={PLOT_CONFIG}
                overlay={noOverlay}
              />
            </figure>
          </div>
        )}
      </div>
      <DegreeText results={results} best={best} responseName={responseName} sampled={rows.sampled} />
    </div>
  );
}

function DegreeText({
  results,
  best,
  responseName,
  sampled,
}: {
  results: readonly DegreeResult[];
  best: number | null;
  responseName: string;
  sampled: boolean;
}) {
  const fitted = results.filter((result): result is FittedDegree => result.ok);
  if (fitted.length === 0) return null;
  const first = fitted[0]!;
  const last = fitted[fitted.length - 1]!;
  const bestResult = fitted.find((result) => result.degree === best);
  const summary = `Training RMSE falls from ${formatNumber(first.trainingRmse, 4)} at degree ${first.degree} to ${formatNumber(last.trainingRmse, 4)} at degree ${last.degree}.${
    bestResult && bestResult.testRmse !== null && last.testRmse !== null
      ? ` Test RMSE is lowest at degree ${bestResult.degree} (${formatNumber(bestResult.testRmse, 4)})${
          bestResult.degree === last.degree
            ? ', the highest degree tried.'
            : ` and is ${formatNumber(last.testRmse, 4)} at degree ${last.degree}.`
        }`
      : ' Nothing is held out, so there is no test RMSE.'
  }${sampled ? ' (An even sample of the rows is used.)' : ''}`;
  const table = () => ({
    caption: `Least squares and gradient descent (${SWEEP_EPOCHS.toLocaleString('en')} epochs at rate 1/λmax) by degree, RMSE in ${responseName}`,
    columns: ['degree', 'training RMSE', 'test RMSE', 'Hessian condition number', 'descent training RMSE'],
    rows: results.map((result) =>
      result.ok
        ? [
            String(result.degree),
            formatNumber(result.trainingRmse, 6),
            result.testRmse === null ? 'none held out' : formatNumber(result.testRmse, 6),
            conditionText(result.conditionNumber),
            formatNumber(result.descentTrainingRmse, 6),
          ]
        : [String(result.degree), 'refused', result.reason, '', ''],
    ),
  });
  return (
    <>
      <PlotTextAlternative testId="degree" summary={summary} table={table} />
      <DegreeTable results={results} best={best} />
    </>
  );
}
