import type { OptimisationSettings, TrainingSettings } from './userSettings';

/**
 * Shuffled descent costs an update per batch, O(points) an epoch with no shortcut, so a run is
 * capped at this many point evaluations (about 0.1 s) to keep sliders live; batch descent has
 * the O(1)-per-epoch path and no cap.
 */
export const MAX_SHUFFLED_POINT_UPDATES = 2_000_000;

/** The epochs a run will actually take: the budget, or fewer for a shuffled run on large data. */
export function affordableEpochs(
  state: Pick<TrainingSettings, 'epochBudget'> & Pick<OptimisationSettings, 'flavourKind'>,
  pointCount: number,
): number {
  if (state.flavourKind === 'batch') return state.epochBudget;
  return Math.max(1, Math.min(state.epochBudget, Math.floor(MAX_SHUFFLED_POINT_UPDATES / pointCount)));
}

/**
 * Above this many points a shuffled run is computed in a worker: it has no O(1)-an-epoch
 * shortcut, and at the cap above it held the page for 200–500 ms on a million rows.
 */
export const SHUFFLED_OFF_PAGE_POINTS = 200_000;

/** Whether the run for these settings on `pointCount` points is computed off the page (see above). O(1). */
export function runsOffPage(state: Pick<OptimisationSettings, 'flavourKind'>, pointCount: number): boolean {
  return state.flavourKind !== 'batch' && pointCount > SHUFFLED_OFF_PAGE_POINTS;
}

/** The most numbers a many-feature run may record (epochs × (p + 2)): 96 MB of doubles. */
export const MAX_RECORDED_NUMBERS = 12_000_000;

/**
 * {@link affordableEpochs} for the weight-vector model, also capped so that the recorded run
 * (every parameter and the loss, every epoch) stays within {@link MAX_RECORDED_NUMBERS}. O(1).
 */
export function affordableManyFeatureEpochs(
  state: Pick<TrainingSettings, 'epochBudget'> & Pick<OptimisationSettings, 'flavourKind'>,
  problem: { readonly rowCount: number; readonly termNames: readonly string[] },
): number {
  const perEpoch = problem.termNames.length + 2;
  return Math.max(1, Math.min(affordableEpochs(state, problem.rowCount), Math.floor(MAX_RECORDED_NUMBERS / perEpoch)));
}
