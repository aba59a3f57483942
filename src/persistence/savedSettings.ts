import { checkField, SESSION_FIELDS, type SessionFieldName } from '../model/settings';
import type { SavedSettings } from './sessionSnapshot';

// The settings part of a saved session, checked one field at a time against the one settings
// schema (model/settings/schema.ts) that links use too: a damaged field is dropped (the
// notebook's default takes its place) and the others are kept.

/** The valid fields of a saved settings record, and one plain sentence per field that was not. */
export interface SettingsReading {
  readonly settings: Partial<SavedSettings>;
  readonly problems: readonly string[];
}

const shown = (value: unknown) =>
  typeof value === 'string' ? `“${value.slice(0, 40)}”` : typeof value === 'object' ? 'a damaged value' : String(value);

/** Fields added after the first saved sessions: a session without them takes their defaults, silently. */
const LATER_FIELDS: ReadonlySet<SessionFieldName> = new Set(['extraFeatures', 'polynomialDegree', 'throughOrigin']);

/**
 * Reads saved settings field by field with the settings schema. A missing or invalid field is
 * left out and described ("the learning rate -1 must be …"); a feature and response that name
 * the same column are both left out.
 *
 * @example readSavedSettings({ epochBudget: 1e12, learningRate: 0.5 })
 * // settings { learningRate: 0.5 }, problems ['the epoch budget 1000000000000 must be …', …]
 */
export function readSavedSettings(stored: unknown): SettingsReading {
  if (typeof stored !== 'object' || stored === null) {
    return { settings: {}, problems: ['the settings were missing'] };
  }
  const record = stored as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of Object.keys(SESSION_FIELDS) as SessionFieldName[]) {
    const value = record[name];
    if (value === undefined && LATER_FIELDS.has(name)) continue;
    const checked = checkField(name, value);
    if (checked.ok) settings[name] = checked.value;
    else
      problems.push(
        value === undefined
          ? `the setting “${name}” was missing`
          : `the ${SESSION_FIELDS[name].label} ${shown(value)} ${checked.reason}`,
      );
  }
  if (settings.featureName !== undefined && settings.featureName === settings.responseName) {
    delete settings.featureName;
    delete settings.responseName;
    problems.push('the feature and the response were the same column');
  }
  return { settings: settings as Partial<SavedSettings>, problems };
}
