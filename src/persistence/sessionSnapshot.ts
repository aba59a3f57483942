import type { DataOrigin, DataSet } from '../model/dataSet';
import { SESSION_FIELDS, type SessionSettings } from '../model/settings';
import { dataApartState } from './dataApart';
import { readSavedDataSet, readSavedOrigin } from './savedData';
import { readSavedSettings } from './savedSettings';

/** Bump when the snapshot's shape changes; older snapshots are then discarded with a notice. */
export const SNAPSHOT_VERSION = 1;

/** The settings a student chose, saved with every change: the session fields of the settings schema. */
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
  /** True when the storage had no room for the data, and this record keeps only the settings. */
  readonly dataNotKept?: boolean;
  /** True when the data (large) is kept in a record of its own, written and read by a worker. */
  readonly dataApart?: boolean;
}

/**
 * How a session record is stored when the page writes the data itself: the data in the data
 * record, and here only its identity (see sessionStorage.ts). Records saved before held the
 * data inline in `dataSet`; both are read.
 */
export interface StoredSessionRecord extends Omit<SessionSnapshot, 'dataSet'> {
  readonly dataSet: null;
  readonly dataRecord?: string;
}

export function snapshotOf(state: SavedSettings & { readonly dataSet: DataSet }): SessionSnapshot {
  const { origin } = state.dataSet;
  const keepsData = origin.kind === 'file' || origin.kind === 'pasted';
  const apart = keepsData ? dataApartState(state.dataSet) : undefined;
  const settings = savedSettingsOf(state);
  if (apart?.status === 'saved') return { version: SNAPSHOT_VERSION, origin, dataSet: null, dataApart: true, settings };
  if (apart) return { version: SNAPSHOT_VERSION, origin, dataSet: null, dataNotKept: true, settings };
  return { version: SNAPSHOT_VERSION, origin, dataSet: keepsData ? state.dataSet : null, settings };
}

/** The values of every field of the settings schema, taken from a state that holds them (and maybe more). */
export function savedSettingsOf(state: SavedSettings): SavedSettings {
  const names = Object.keys(SESSION_FIELDS) as (keyof SavedSettings)[];
  return Object.fromEntries(names.map((name) => [name, state[name]])) as unknown as SavedSettings;
}

/** A saved session as far as it could be read: every part that was valid, and what was not. */
export interface ReadSession {
  /** Where the data came from; null when that record was damaged (the default data is shown). */
  readonly origin: DataOrigin | null;
  /** The saved columns of an uploaded or pasted file; null for other origins or when damaged. */
  readonly dataSet: DataSet | null;
  /** Why the saved data cannot be used, or null when it can (or none was needed). */
  readonly dataProblem: string | null;
  /** The valid settings; the others take their defaults. */
  readonly settings: Partial<SavedSettings>;
  /** One plain sentence for each setting that was dropped. */
  readonly settingProblems: readonly string[];
  /** Set when the browser's storage had no room for the data, so only the settings were kept. */
  readonly dataNotKept: boolean;
  /** Set when the data is kept in a record of its own, to be read (and checked) by a worker. */
  readonly dataApart?: boolean;
  /** The identity of the data record `dataSet` was read from, when it was read from one. */
  readonly dataIdentity?: string;
}

/**
 * Reads a stored session part by part: the origin and the data with a schema (savedData.ts),
 * the settings field by field (savedSettings.ts). A damaged part is dropped and described, the
 * rest is kept. Only a value that is not a session at all, or one from another version, is
 * refused whole.
 */
export function readSnapshot(stored: unknown): { ok: true; session: ReadSession } | { ok: false; reason: string } {
  if (typeof stored !== 'object' || stored === null) return { ok: false, reason: 'it is not a saved session' };
  const record = stored as Record<string, unknown>;
  if (record.version !== SNAPSHOT_VERSION) {
    const older = typeof record.version === 'number' && record.version < SNAPSHOT_VERSION;
    return { ok: false, reason: `it was saved by ${older ? 'an older' : 'an unknown'} version of Downhill` };
  }
  const { settings, problems: settingProblems } = readSavedSettings(record.settings);
  const dataNotKept = record.dataNotKept === true;
  const origin = readSavedOrigin(record.origin);
  if (!origin.ok) {
    return {
      ok: true,
      session: { origin: null, dataSet: null, dataProblem: origin.problem, settings, settingProblems, dataNotKept },
    };
  }
  const keepsData = origin.origin.kind === 'file' || origin.origin.kind === 'pasted';
  if (!keepsData || dataNotKept) {
    return {
      ok: true,
      session: { origin: origin.origin, dataSet: null, dataProblem: null, settings, settingProblems, dataNotKept },
    };
  }
  if (record.dataApart === true) {
    const session = { origin: origin.origin, dataSet: null, dataProblem: null, settings, settingProblems, dataNotKept };
    return { ok: true, session: { ...session, dataApart: true } };
  }
  // The data record was missing or held other data (sessionStorage.ts read it into this record).
  if (typeof record.dataRecordProblem === 'string') {
    const session = { origin: origin.origin, dataSet: null, settings, settingProblems, dataNotKept };
    return { ok: true, session: { ...session, dataProblem: record.dataRecordProblem } };
  }
  const data = readSavedDataSet(record.dataSet);
  const identity = data.ok && typeof record.dataRecord === 'string' ? { dataIdentity: record.dataRecord } : {};
  return {
    ok: true,
    session: {
      origin: origin.origin,
      dataSet: data.ok ? { ...data.dataSet, origin: origin.origin } : null,
      dataProblem: data.ok ? null : data.problem,
      settings,
      settingProblems,
      dataNotKept,
      ...identity,
    },
  };
}
