import { ZERO_LINE } from '../core/line';
import { type DataSet, findColumn, selectableColumns } from '../model/dataSet';
import type { IgnoredField, SessionSettings } from '../model/settings';
import { SESSION_FIELDS } from '../model/settings';
import type { NotebookState } from './notebookState';

/** Settings to change together; each present field has already passed the schema. */
export type SettingsPatch = Partial<SessionSettings>;

/**
 * The state's settings after a patch, minus what this data set cannot take: a column it does
 * not have (or that holds no numbers), or the same column as feature and response. A new
 * scaling without a start of its own puts the start back at zero (the start is in working units).
 */
export function mergeSettings(
  state: Pick<NotebookState, 'featureName' | 'responseName' | 'scaling' | 'extraFeatures'>,
  dataSet: DataSet,
  patch: SettingsPatch,
): { settings: SettingsPatch; ignored: IgnoredField[] } {
  const ignored: IgnoredField[] = [];
  const { featureName, responseName, currentEpoch: _epoch, ...rest } = patch;
  const settings: SettingsPatch = { ...rest };
  const choosable = new Set(selectableColumns(dataSet).map((column) => column.name));
  const column = (name: string | undefined, role: 'featureName' | 'responseName') => {
    if (name === undefined) return state[role];
    if (choosable.has(name)) return name;
    const spec = SESSION_FIELDS[role];
    const reason = findColumn(dataSet, name)
      ? `is not a column of ${dataSet.title} that holds numbers`
      : `is not a column of ${dataSet.title}`;
    ignored.push({
      key: spec.key,
      label: spec.label,
      value: name.length > 40 ? `${name.slice(0, 39)}…` : name,
      reason,
    });
    return state[role];
  };
  const feature = column(featureName, 'featureName');
  let response = column(responseName, 'responseName');
  if (feature === response) {
    ignored.push({
      key: SESSION_FIELDS.responseName.key,
      label: SESSION_FIELDS.responseName.label,
      value: response,
      reason: 'is the same column as the feature; a column cannot be fitted against itself',
    });
    response = state.featureName === feature ? state.responseName : state.featureName;
  }
  if (feature !== response) {
    settings.featureName = feature;
    settings.responseName = response;
  }
  if (patch.extraFeatures !== undefined) {
    const kept = usableExtraFeatures(dataSet, feature, response, patch.extraFeatures);
    for (const name of patch.extraFeatures.filter((extra) => !kept.includes(extra))) {
      ignored.push({
        key: SESSION_FIELDS.extraFeatures.key,
        label: SESSION_FIELDS.extraFeatures.label,
        value: name.length > 40 ? `${name.slice(0, 39)}…` : name,
        reason: choosable.has(name)
          ? 'is already the feature or the response, or chosen twice'
          : `is not a column of ${dataSet.title} that holds numbers`,
      });
    }
    settings.extraFeatures = kept;
  } else if (settings.featureName !== undefined || settings.responseName !== undefined) {
    settings.extraFeatures = usableExtraFeatures(dataSet, feature, response, state.extraFeatures);
  }
  if (patch.scaling !== undefined && patch.scaling !== state.scaling && !patch.start) settings.start = ZERO_LINE;
  return { settings, ignored };
}

/**
 * The further features that can join a first feature and a response: columns of this data set
 * that hold numbers, neither the feature nor the response, each once, in the order given. O(p·C).
 */
export function usableExtraFeatures(
  dataSet: DataSet,
  featureName: string,
  responseName: string,
  names: readonly string[],
): string[] {
  const choosable = new Set(selectableColumns(dataSet).map((column) => column.name));
  const kept: string[] = [];
  for (const name of names) {
    if (choosable.has(name) && name !== featureName && name !== responseName && !kept.includes(name)) kept.push(name);
  }
  return kept;
}
