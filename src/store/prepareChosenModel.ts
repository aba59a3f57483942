import type { StoreApi } from 'zustand';
import type { DataSet } from '../model/dataSet';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import { isManyFeatureChoice, type ModelChoice } from '../model/manyFeatures/modelChoice';
import type { ChosenSettings } from '../model/userSettings';
import type { NotebookState } from './notebookState';
import { prepareManyFitOffThread } from './prepareManyFitOffThread';
import { usableExtraFeatures } from './settingsPatch';

type Choices = Readonly<Partial<ChosenSettings>>;

/** What a large load applies: the choices (without the model when it could not be prepared), its prepared problem, and a notice. */
export interface ChosenModel {
  readonly choices: Choices;
  readonly preparedMany?: ManyFeatureProblem;
  readonly notice?: string;
}

/**
 * For large data restored or linked with several features, powers or no intercept: prepares
 * that weight-vector problem in the worker, showing the same "preparing" status as a change of
 * features (`modelPreparing`), so the O(N·p²) work never runs on the main thread. When it cannot
 * be prepared, the data still load with the first feature's line, and the notice says why.
 * Choices of a one-feature line come back unchanged. With a prepared problem, `modelPreparing`
 * is left on for the caller to clear once the data are loaded.
 */
export async function prepareChosenModel(
  store: StoreApi<NotebookState>,
  dataSet: DataSet,
  pair: { featureName: string; responseName: string },
  choices: Choices,
  scaled: boolean,
): Promise<ChosenModel> {
  const choice: ModelChoice = {
    ...pair,
    extraFeatures: usableExtraFeatures(dataSet, pair.featureName, pair.responseName, choices.extraFeatures ?? []),
    polynomialDegree: choices.polynomialDegree ?? 1,
    throughOrigin: choices.throughOrigin ?? false,
  };
  if (!isManyFeatureChoice(choice)) return { choices };
  store.setState({ modelPreparing: true });
  const reply = await prepareManyFitOffThread(dataSet, choice, scaled);
  // on success the status stays until the caller has loaded the data with the problem
  if (reply.ok) return { choices, preparedMany: reply.problem };
  store.setState({ modelPreparing: false });
  const lineOnly = { ...choices, extraFeatures: [], polynomialDegree: 1, throughOrigin: false };
  // overtaken by a newer load or choice: that one's model is the one shown, so nothing to say
  if (reply.stale) return { choices: lineOnly };
  return {
    choices: lineOnly,
    notice: `The saved model with several terms could not be prepared (${reply.message.replace(/\.$/, '')}); the line of ${pair.featureName} is shown instead.`,
  };
}
