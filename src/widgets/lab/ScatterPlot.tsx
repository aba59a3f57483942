import { useCallback, useMemo, useState } from 'react';
import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import { PALETTE } from '../../format/palette';
import { useNextTaskValue } from '../../hooks/useNextTaskValue';
import { scalesOnRead } from '../../model/scaledColumnsOnDemand';
import type { ChartSize } from '../../plots/axisTicks';
import { DENSITY_COLOURS, densityPointCount, needsDensityLayer, type PointColumns } from '../../plots/densityLayer';
import { frameWithPoints, heldOutMarkers } from '../../plots/heldOutTraces';
import { HAND_LINE_DASH } from '../../plots/marks';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import type { PlotGeometry } from '../../plots/plotGeometry';
import { presentationLayout } from '../../plots/presentationLayout';
import { dataMarkers, drawnPointCount, scatterFrame, scatterLayout } from '../../plots/scatterFigure';
import { useDensityCells } from '../../plots/useDensityCells';
import { useDensityTrace } from '../../plots/useDensityTrace';
import { LARGE_DATA_ROWS } from '../../store/dataSlice';
import { selectHandLine } from '../../store/handFitSlice';
import { useNotebook } from '../../store/notebookStore';
import { ResidualSquares } from '../evaluation/ResidualSquares';
import { HandLineOverlay } from './HandLineOverlay';
import { MovablePointsOverlay } from './MovablePointsOverlay';
import { MovedPointsNotice, useMovablePoints } from './movablePoints';
import { DescentLine, LeastSquaresLine, MarkerLayer } from './ScatterMarks';

/** The data and the exact least-squares line (plotly), with the gradient-descent line at the epoch on screen (overlay). */
export function ScatterPlot() {
  const problem = useNotebook((state) => state.problem);
  const trajectory = useNotebook((state) => state.trajectory);
  const epoch = useNotebook((state) => state.currentEpoch);
  // held-out rows of the split, in the working units of the plot (drawn as triangles); a generated
  // data set's own far-away test points would squash the training data into a corner, so not those
  const heldOut = useNotebook((state) => (state.heldOut?.origin === 'split' && state.problem ? state.heldOut : null));
  const frame = useMemo(
    () =>
      problem
        ? heldOut
          ? frameWithPoints(scatterFrame(problem), heldOut.workingTerms[0]!, heldOut.workingResponse)
          : scatterFrame(problem)
        : null,
    [problem, heldOut],
  );
  // Above the sample threshold, every point (training and held-out) counted into a density layer
  // under the sampled markers, at about the chart's pixel resolution; recounted only when the
  // data, the frame or the chart's size change, never on a slider step or an epoch.
  const [densityBox, cells] = useDensityCells();
  const densitySets = useMemo(() => {
    if (!problem) return null;
    // in the plot's units; large scaled data is counted from its original columns (no scaled copy kept)
    const training: PointColumns = scalesOnRead(problem)
      ? {
          x: problem.rawFeature,
          y: problem.rawResponse,
          scalers: { x: problem.featureScaler, y: problem.responseScaler },
        }
      : { x: problem.feature, y: problem.response };
    const sets = [training, ...(heldOut ? [{ x: heldOut.workingTerms[0]!, y: heldOut.workingResponse }] : [])];
    return needsDensityLayer(sets) ? sets : null;
  }, [problem, heldOut]);
  const densityLayer = useDensityTrace(densitySets, frame, cells);
  const densityTotal = densitySets ? densityPointCount(densitySets) : null;
  // plotly draws the density, a hoverable sample of the markers and the held-out rows; the other
  // markers and the least-squares line are the overlay's (ScatterMarks.tsx)
  const markers = useMemo(() => (problem ? dataMarkers(problem) : null), [problem]);
  const heldOutMarks = useMemo(
    () => (heldOut ? heldOutMarkers(heldOut.workingTerms[0]!, heldOut.workingResponse) : null),
    [heldOut],
  );
  const data = useMemo(
    () => (markers && frame ? [markers.trace, ...(heldOutMarks ? [heldOutMarks.trace] : [])] : []),
    [markers, frame, heldOutMarks],
  );
  // The density is a chart of its own under the markers' (OverlaidPlot's underlay): each is drawn
  // in its own task, and the density's arrival (counted a slice per task on large data) redraws
  // only the underlay. An empty underlay while counting draws the grid that the markers' chart leaves out.
  const underlay = useMemo(
    () => (densitySets ? (densityLayer ? [densityLayer] : []) : undefined),
    [densitySets, densityLayer],
  );
  const presentation = useNotebook((state) => state.presentation);
  const layout = useMemo(
    () =>
      problem && frame
        ? (size: ChartSize) => presentationLayout(scatterLayout(problem, frame, size), presentation)
        : null,
    [problem, frame, presentation],
  );
  // On large data, redraw the markers a task after React has rendered the rest of the page.
  const figure = useNextTaskValue(
    useMemo(() => ({ data, layout, underlay }), [data, layout, underlay]),
    (problem?.rowCount ?? 0) > LARGE_DATA_ROWS,
  );
  const descent = useMemo(() => (trajectory ? lineAtEpoch(trajectory, epoch) : null), [trajectory, epoch]);
  // Without a run yet (a large data set is still being fitted) the chart stays mounted and only
  // the descent line is missing, so its arrival does not rebuild the plotly chart.
  // The student's own line (the "fit it yourself" lesson), when there is one for these data.
  const handLine = useNotebook(selectHandLine);
  const residualSquares = useNotebook((state) => state.residualSquares);
  const setHandLine = useNotebook((state) => state.setHandLine);
  // Each least-squares residual drawn as a square whose area is its squared error.
  const [squaredErrors, setSquaredErrors] = useState(false);
  // Dragging data points (turned on in the "fit it yourself" lesson).
  const movable = useMovablePoints();
  const overlay = useCallback(
    (geometry: PlotGeometry) => (
      <>
        {markers && <MarkerLayer points={markers.rest} geometry={geometry} kind="data" />}
        {heldOutMarks && <MarkerLayer points={heldOutMarks.rest} geometry={geometry} kind="held-out" />}
        {problem && <LeastSquaresLine line={problem.ols} geometry={geometry} />}
        {handLine && problem && (
          <HandLineOverlay
            line={handLine}
            geometry={geometry}
            feature={problem.feature}
            response={problem.response}
            squares={residualSquares}
            onChange={setHandLine}
          />
        )}
        {squaredErrors && problem && (
          <ResidualSquares
            line={problem.ols}
            geometry={geometry}
            feature={problem.feature}
            response={problem.response}
            testId="squared-errors"
          />
        )}
        {descent && <DescentLine line={descent} geometry={geometry} />}
        {movable && problem && <MovablePointsOverlay geometry={geometry} problem={problem} {...movable} />}
      </>
    ),
    [descent, handLine, markers, heldOutMarks, problem, residualSquares, setHandLine, movable, squaredErrors],
  );
  if (!layout || !problem)
    return (
      <div className="plot-placeholder" data-testid="scatter-plot">
        No line can be fitted to these columns.
      </div>
    );
  return (
    <figure
      ref={densityBox}
      className="plot"
      data-testid="scatter-plot"
      aria-label={`Scatter plot of ${problem.responseName} against ${problem.featureName} with the gradient-descent and least-squares lines${densityTotal !== null ? `, over a density layer of all ${densityTotal.toLocaleString('en')} points` : ''}`}
    >
      <PlotLegend
        entries={[
          ...(densityTotal !== null
            ? [
                {
                  label: `Density of all ${densityTotal.toLocaleString('en')} points (darker: more points)`,
                  color: DENSITY_COLOURS.most,
                  kind: 'shade' as const,
                },
              ]
            : []),
          { label: dataLabel(problem.rowCount), color: PALETTE.data, kind: 'dot' },
          ...(heldOut
            ? [
                {
                  label: heldOutLabel(heldOut.count),
                  color: PALETTE.leastSquares,
                  kind: 'triangle' as const,
                },
              ]
            : []),
          { label: 'Least squares', color: PALETTE.leastSquares, kind: 'dashed' },
          {
            id: 'gradient-descent',
            label: descent ? `Gradient descent, epoch ${epoch.toLocaleString('en')}` : 'Gradient descent (running…)',
            color: PALETTE.gradientDescent,
            kind: 'line',
          },
          ...(handLine
            ? [{ label: 'Your line', color: PALETTE.accent, kind: 'line' as const, dash: HAND_LINE_DASH }]
            : []),
        ]}
      />
      <label className="toggle plot-toggle residual-toggle">
        <input
          type="checkbox"
          checked={squaredErrors}
          data-testid="show-squared-errors"
          onChange={(event) => setSquaredErrors(event.target.checked)}
          title="Draw each least-squares residual as a square whose area is its squared error"
        />
        Residuals as squares
      </label>
      <MovedPointsNotice />
      <OverlaidPlot
        data={figure.data}
        underlay={figure.underlay}
        layout={figure.layout ?? layout}
        config={PLOT_CONFIG}
        overlay={overlay}
      />
    </figure>
  );
}

function dataLabel(count: number): string {
  const drawn = drawnPointCount(count);
  return drawn === count
    ? `Data (${count.toLocaleString('en')} points)`
    : `Data (${count.toLocaleString('en')} points, an even sample of ${drawn.toLocaleString('en')} drawn)`;
}

function heldOutLabel(count: number): string {
  const drawn = drawnPointCount(count);
  return drawn === count
    ? `Held out for testing (${count.toLocaleString('en')} points)`
    : `Held out for testing (${count.toLocaleString('en')} points, an even sample of ${drawn.toLocaleString('en')} drawn)`;
}
