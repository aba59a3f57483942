import type { ImportedColumn } from '../adapters/csv';
import type { DataOrigin, DataSet } from '../model/dataSet';
import { readSessionSettings, SESSION_FIELDS, type SessionSettings } from '../model/settings';

/** Bump when the snapshot's shape changes; older snapshots are then discarded with a notice. */
export const SNAPSHOT_VERSION = 1;

/** The settings a student chose, saved with every change: the fields of the settings schema (model/settings). */
export type SavedSettings = SessionSettings;

/**
 * What survives a reload. Built-in and generated data are saved as their recipe (they can be
 * rebuilt exactly); uploaded or pasted data is saved whole, its columns as typed arrays.
 */
export interface SessionSnapshot {
  readonly version: number;
  readonly origin: DataOrigin;
  /** Present only for uploaded and pasted data. */
  readonly dataSet: DataSet | null;
  readonly settings: SavedSettings;
}

export function snapshotOf(state: SavedSettings & { readonly dataSet: DataSet }): SessionSnapshot {
  const { origin } = state.dataSet;
  const keepsData = origin.kind === 'file' || origin.kind === 'pasted';
  return {
    version: SNAPSHOT_VERSION,
    origin,
    dataSet: keepsData ? state.dataSet : null,
    settings: savedSettingsOf(state),
  };
}

/** The values of every field of the settings schema, taken from a state that holds them (and maybe more). */
export function savedSettingsOf(state: SavedSettings): SavedSettings {
  const names = Object.keys(SESSION_FIELDS) as (keyof SavedSettings)[];
  return Object.fromEntries(names.map((name) => [name, state[name]])) as unknown as SavedSettings;
}

/** Checks a stored value field by field; returns the snapshot or the first reason it is unusable. */
export function readSnapshot(stored: unknown): { ok: true; snapshot: SessionSnapshot } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false as const, reason });
  if (!isRecord(stored)) return fail('it is not a saved session');
  if (stored.version !== SNAPSHOT_VERSION)
    return fail(
      `it was saved by an ${Number(stored.version) < SNAPSHOT_VERSION ? 'older' : 'unknown'} version of Downhill`,
    );
  if (!isOrigin(stored.origin)) return fail('its record of where the data came from is damaged');
  // The settings part is checked by the settings schema, field by field, with its ranges.
  const read = readSessionSettings(stored.settings);
  if (!read.ok) return fail(read.reason);
  if (read.settings.featureName === read.settings.responseName) return fail('it fits a column against itself');
  const needsData = stored.origin.kind === 'file' || stored.origin.kind === 'pasted';
  if (needsData && !isDataSet(stored.dataSet)) return fail('its data is damaged');
  return { ok: true, snapshot: { ...(stored as unknown as SessionSnapshot), settings: read.settings } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isOrigin(value: unknown): value is DataOrigin {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'built-in':
      return typeof value.id === 'string';
    case 'file':
      return typeof value.fileName === 'string';
    case 'pasted':
      return true;
    case 'synthetic':
      return isRecord(value.settings) && (value.preset === null || value.preset === 'second-lesson');
    default:
      return false;
  }
}

function isDataSet(value: unknown): value is DataSet {
  if (
    !isRecord(value) ||
    typeof value.title !== 'string' ||
    !Number.isInteger(value.rowCount) ||
    !Array.isArray(value.columns)
  )
    return false;
  return (
    value.columns.length > 0 && value.columns.every((column: unknown) => isColumn(column, value.rowCount as number))
  );
}

function isColumn(value: unknown, rowCount: number): value is ImportedColumn {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.label === 'string' &&
    value.values instanceof Float64Array &&
    value.values.length === rowCount &&
    Number.isInteger(value.numericCount) &&
    Array.isArray(value.missing) &&
    typeof value.isIndex === 'boolean' &&
    ['numeric', 'mostly-numeric', 'text', 'empty'].includes(value.kind as string)
  );
}
