import { ZERO_LINE } from '../core/line';
import { findColumn } from '../model/dataSet';
import { type ChosenSettings, checkSettingsPatch } from '../model/userSettings';
import { selectActiveRun } from './activeRun';
import type { NotebookState } from './notebookState';
import { type ChangeReach, type Derived, type RecomputeOptions, recompute } from './recompute';
import { usableExtraFeatures } from './settingsPatch';

/** Fields whose change makes a new regression problem; any other chosen field only changes the run. */
const PROBLEM_FIELDS = [
  'dataSet',
  'featureName',
  'responseName',
  'scaling',
  'extraFeatures',
  'polynomialDegree',
  'throughOrigin',
  'testFraction',
  'splitSeed',
] as const;
const RUN_FIELDS = [
  'learningRate',
  'epochBudget',
  'start',
  'flavourKind',
  'batchSize',
  'optimiserKind',
  'shuffleSeed',
  'stopOnTolerance',
  'tolerance',
] as const;

/**
 * `state` with the allowed fields of `patch` applied (see `checkSettingsPatch`), and the names
 * of the fields that were refused. Columns that are not in the data are refused; a new pair of
 * columns or new units put the start back on the zero line unless the patch moves it too.
 */
export function withChoices(
  state: NotebookState,
  patch: Readonly<Record<string, unknown>>,
): { next: NotebookState; rejected: string[] } {
  const { accepted, rejected } = checkSettingsPatch(patch);
  const { currentEpoch: _epoch, ...choices } = accepted;
  const next: NotebookState = { ...state, ...choices };
  const featureName = choices.featureName ?? state.featureName;
  const responseName = choices.responseName ?? state.responseName;
  const pairUsable =
    featureName !== responseName && findColumn(state.dataSet, featureName) && findColumn(state.dataSet, responseName);
  if (!pairUsable) {
    next.featureName = state.featureName;
    next.responseName = state.responseName;
    if (choices.featureName !== undefined) rejected.push('featureName');
    if (choices.responseName !== undefined) rejected.push('responseName');
  }
  const extras = usableExtraFeatures(state.dataSet, next.featureName, next.responseName, next.extraFeatures);
  if (extras.length !== next.extraFeatures.length) {
    if (choices.extraFeatures !== undefined) rejected.push('extraFeatures');
    next.extraFeatures = extras;
  }
  const unitsOrPairChanged =
    next.scaling !== state.scaling ||
    next.featureName !== state.featureName ||
    next.responseName !== state.responseName;
  if (unitsOrPairChanged && choices.start === undefined) next.start = ZERO_LINE;
  return { next, rejected };
}

/** How far the change from `before` to `after` reaches, or null when nothing that shapes the run changed. */
export function reachOf(before: NotebookState, after: NotebookState): ChangeReach | null {
  if (PROBLEM_FIELDS.some((field) => before[field] !== after[field])) return 'problem';
  if (RUN_FIELDS.some((field) => before[field] !== after[field])) return 'run';
  return null;
}

/**
 * One user intent, one recompute: applies a patch of chosen settings to `state` (already holding
 * any new data), recomputes once with the widest reach it needs, then moves to the patch's epoch
 * when it has one. Returns the state's changed part and the refused fields.
 */
export function applyChoices(
  state: NotebookState,
  patch: Readonly<Partial<ChosenSettings>> | Readonly<Record<string, unknown>>,
  reach: ChangeReach | null,
  options: RecomputeOptions = {},
): { changes: Partial<NotebookState>; rejected: string[] } {
  const { next, rejected } = withChoices(state, patch);
  const widest = reach === 'problem' ? 'problem' : (reachOf(state, next) ?? reach);
  const derived: Derived | Record<string, never> = widest ? recompute(next, widest, options) : {};
  const after = { ...next, ...derived };
  const epoch = (patch as Partial<ChosenSettings>).currentEpoch;
  const currentEpoch =
    typeof epoch === 'number' && !rejected.includes('currentEpoch') && selectActiveRun(after)
      ? Math.min(epoch, selectActiveRun(after)!.lastEpoch)
      : after.currentEpoch;
  const changes: Partial<NotebookState> = { ...next, ...derived, currentEpoch };
  if (typeof epoch === 'number') changes.playing = false;
  return { changes, rejected };
}
