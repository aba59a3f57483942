import { useCallback, useId, useMemo, useState } from 'react';
import { parameterVector } from '../../core/linearModel/model';
import { type LossSlice, lossOnSlice, lossSlice, lossSliceGrid } from '../../core/lossSurface/lossSlice';
import { sliceWindow } from '../../core/lossSurface/sliceWindow';
import { formatNumber } from '../../format/formatNumber';
import { PALETTE } from '../../format/palette';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import type { ManyFeatureProblem } from '../../model/manyFeatures/manyFeatureProblem';
import { modelAtEpoch } from '../../model/manyFeatures/modelAtEpoch';
import { landscapeLayout, sliceTrace } from '../../plots/landscapeFigure';
import { OverlaidPlot } from '../../plots/OverlaidPlot';
import { PlotLegend } from '../../plots/PlotLegend';
import { PLOT_CONFIG } from '../../plots/plotConfig';
import { type PlotGeometry, toPixels } from '../../plots/plotGeometry';
import { problemRevision } from '../../plots/plotRevision';
import { DescentPath, LeastSquaresCross } from './DescentPathMarks';

/** Grid points per axis of the contour (the loss at each costs O(1) from the slice's quadratic). */
const GRID_RESOLUTION = 60;

/** One parameter a slice can span: its name on the page and its index in `[intercept, w₁, …]`. */
interface SliceParameter {
  readonly name: string;
  readonly index: number;
}

function parametersOf(problem: ManyFeatureProblem): SliceParameter[] {
  return [
    ...(problem.working.fitIntercept ? [{ name: 'intercept', index: 0 }] : []),
    ...problem.termNames.map((name, j) => ({ name, index: j + 1 })),
  ];
}

/** The index of the parameter named `chosen`, or the default `fallback`-th choice when it is gone. */
function pick(choices: readonly SliceParameter[], chosen: string | null, fallback: number): SliceParameter {
  return choices.find((choice) => choice.name === chosen) ?? choices[Math.min(fallback, choices.length - 1)]!;
}

/** The history of parameter `index` over the run: the intercepts or one weight's. */
function historyOf(trajectory: { intercepts: Float64Array; weights: readonly Float64Array[] }, index: number) {
  return index === 0 ? trajectory.intercepts : trajectory.weights[index - 1]!;
}

/**
 * The loss landscape of a many-feature model: the MSE over two parameters the student picks
 * (Across and Up), every other parameter held where gradient descent had it at the epoch on
 * screen, with the run's path projected on that plane, the plane's own lowest point and the
 * least-squares answer's two coordinates. The contours come from the exact quadratic of the
 * slice (O(p²) from the Gram statistics, then O(1) a grid point).
 */
export function LossSlicePlot() {
  const [ref, { problem, trajectory, epoch }] = useVisibleNotebook((state) => ({
    problem: state.manyProblem,
    trajectory: state.manyTrajectory,
    epoch: state.currentEpoch,
  }));
  const [chosenAcross, setChosenAcross] = useState<string | null>(null);
  const [chosenUp, setChosenUp] = useState<string | null>(null);
  const acrossId = useId();
  const upId = useId();
  const choices = useMemo(() => (problem ? parametersOf(problem) : []), [problem]);
  // By default the first two weights: how two features trade off is what a line could not show.
  const firstWeight = choices.length > 2 ? 1 : 0;
  const across = choices.length >= 2 ? pick(choices, chosenAcross, firstWeight) : null;
  let up = choices.length >= 2 ? pick(choices, chosenUp, firstWeight + 1) : null;
  if (across && up && up.index === across.index) up = choices.find((choice) => choice.index !== across.index)!;
  const shown = trajectory ? Math.min(epoch, trajectory.lastEpoch) : 0;

  const slice = useMemo((): LossSlice | null => {
    if (!problem || !trajectory || !across || !up) return null;
    const parameters = parameterVector(modelAtEpoch(trajectory, shown, problem.working.fitIntercept));
    return lossSlice({
      statistics: problem.statistics,
      hasIntercept: problem.working.fitIntercept,
      parameters,
      across: across.index,
      up: up.index,
    });
  }, [problem, trajectory, shown, across, up]);

  // The window depends on the whole path, not the epoch, so the axes stay still during playback
  // (the slice's curvature, which sizes it, does not change with the epoch; only its centre does).
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when the axes change, not every epoch
  const bounds = useMemo(() => {
    if (!problem || !trajectory || !slice) return null;
    const ols = parameterVector(problem.olsModel);
    const levelRise = Math.max(trajectory.losses[0]! - problem.olsLoss, problem.olsLoss) || 1;
    return sliceWindow({
      slice,
      acrossPath: historyOf(trajectory, slice.across),
      upPath: historyOf(trajectory, slice.up),
      marks: [[ols[slice.across]!, ols[slice.up]!]],
      levelRise,
    });
  }, [problem, trajectory, slice?.across, slice?.up]);

  const data = useMemo(() => {
    if (!slice || !bounds || !across || !up) return [];
    return [
      sliceTrace(lossSliceGrid(slice, bounds.acrossRange, bounds.upRange, GRID_RESOLUTION), across.name, up.name),
    ];
  }, [slice, bounds, across, up]);
  const revision = problemRevision(problem, across?.name, up?.name);
  const layout = useMemo(
    () => landscapeLayout(revision, { across: across?.name ?? '', up: up?.name ?? '' }),
    [revision, across?.name, up?.name],
  );

  const overlay = useCallback(
    (geometry: PlotGeometry) => {
      if (!problem || !trajectory || !slice) return null;
      const acrossHistory = historyOf(trajectory, slice.across);
      const upHistory = historyOf(trajectory, slice.up);
      const ols = parameterVector(problem.olsModel);
      const [nowX, nowY] = toPixels(geometry, acrossHistory[shown]!, upHistory[shown]!);
      const [bestX, bestY] = toPixels(geometry, ols[slice.across]!, ols[slice.up]!);
      const [lowX, lowY] = toPixels(geometry, slice.centre[0], slice.centre[1]);
      return (
        <>
          <DescentPath geometry={geometry} across={acrossHistory} up={upHistory} shown={shown} />
          {slice.hasLowestPoint && (
            <circle
              data-testid="slice-lowest-point"
              cx={lowX}
              cy={lowY}
              r={7}
              fill="none"
              stroke={PALETTE.accent}
              strokeWidth={2}
              strokeDasharray="3 2"
            />
          )}
          <LeastSquaresCross
            data-testid="slice-least-squares"
            data-across={ols[slice.across]}
            data-up={ols[slice.up]}
            x={bestX}
            y={bestY}
          />
          <circle
            data-testid="slice-current-point"
            data-across={acrossHistory[shown]}
            data-up={upHistory[shown]}
            cx={nowX}
            cy={nowY}
            r={5.5}
            fill={PALETTE.gradientDescent}
            stroke="white"
            strokeWidth={2}
          />
        </>
      );
    },
    [problem, trajectory, slice, shown],
  );

  if (!problem || !trajectory)
    return (
      <div className="plot-placeholder" data-testid="loss-landscape" ref={ref}>
        No landscape without a model that can be fitted.
      </div>
    );
  if (!across || !up || !slice)
    return (
      <div className="plot-placeholder" data-testid="loss-landscape" ref={ref}>
        This model has a single parameter ({choices[0]?.name}), so its loss is a parabola along one line rather than a
        landscape over two. Tick another feature, raise the degree or fit an intercept to see a slice.
      </div>
    );
  // Picking the other axis's parameter swaps the two, so the axes always differ.
  const chooseAcross = (name: string) => {
    if (name === up.name) setChosenUp(across.name);
    setChosenAcross(name);
  };
  const chooseUp = (name: string) => {
    if (name === across.name) setChosenAcross(up.name);
    setChosenUp(name);
  };
  const ols = parameterVector(problem.olsModel);
  const currentLoss = lossOnSlice(
    slice,
    historyOf(trajectory, slice.across)[shown]!,
    historyOf(trajectory, slice.up)[shown]!,
  );
  const olsOnSlice = lossOnSlice(slice, ols[slice.across]!, ols[slice.up]!);
  const units = problem.scaled ? ' (scaled units)' : '';
  return (
    <div className="loss-slice" ref={ref}>
      <div className="slice-axes">
        <label htmlFor={acrossId}>Across</label>
        <select
          id={acrossId}
          data-testid="slice-across"
          value={across.name}
          onChange={(event) => chooseAcross(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.name}
            </option>
          ))}
        </select>
        <label htmlFor={upId}>Up</label>
        <select id={upId} data-testid="slice-up" value={up.name} onChange={(event) => chooseUp(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.name}
            </option>
          ))}
        </select>
      </div>
      <figure
        className="plot"
        data-testid="loss-landscape"
        data-across={across.name}
        data-up={up.name}
        aria-label={`Contours of the loss over ${across.name} and ${up.name}, every other parameter held at epoch ${shown}, with the gradient-descent path`}
      >
        <PlotLegend
          entries={[
            {
              id: 'path',
              label: `Path to epoch ${shown.toLocaleString('en')}`,
              color: PALETTE.gradientDescent,
              kind: 'line',
            },
            { label: 'Least squares (×)', color: PALETTE.leastSquares, kind: 'line' },
            ...(slice.hasLowestPoint
              ? [{ label: 'Lowest point of this slice (◌)', color: PALETTE.accent, kind: 'dashed' as const }]
              : []),
          ]}
        />
        <OverlaidPlot data={data} layout={layout} config={PLOT_CONFIG} overlay={overlay} />
      </figure>
      <p className="plot-caption" data-testid="slice-caption">
        The other {choices.length - 2 === 1 ? 'parameter is' : `${choices.length - 2} parameters are`} held where
        descent had {choices.length - 2 === 1 ? 'it' : 'them'} at epoch {shown.toLocaleString('en')}
        {units}. On this slice the run&apos;s point has loss{' '}
        <strong data-testid="slice-current-loss" data-value={String(currentLoss)}>
          {formatNumber(currentLoss, 8)}
        </strong>
        {slice.hasLowestPoint ? (
          <>
            ; the slice is lowest at {across.name} = {formatNumber(slice.centre[0], 6)}, {up.name} ={' '}
            {formatNumber(slice.centre[1], 6)}, with loss{' '}
            <strong data-testid="slice-lowest-loss" data-value={String(slice.centreLoss)}>
              {formatNumber(slice.centreLoss, 8)}
            </strong>
          </>
        ) : null}
        . The least-squares × shows only its {across.name} and {up.name}: on this slice that point has loss{' '}
        {formatNumber(olsOnSlice, 6)}, against {formatNumber(problem.olsLoss, 6)} with every parameter at its
        least-squares value, so it sits at the bottom only once the others have arrived too.
      </p>
    </div>
  );
}
