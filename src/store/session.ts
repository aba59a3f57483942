import type { StoreApi } from 'zustand';
import type { ChosenSettings } from '../model/userSettings';
import { snapshotOf } from '../persistence/sessionSnapshot';
import { clearSession, type LoadedSession, loadSession, saveSession } from '../persistence/sessionStorage';
import { loadBuiltIn, loadSecondLesson, loadSynthetic } from './loadData';
import type { NotebookState } from './notebookState';
import { createNotebookStore, useNotebook } from './notebookStore';

const SAVE_DELAY_MS = 300;

/** Where the session is kept: IndexedDB in the app; tests may pass another. */
export interface SessionStorage {
  load(): Promise<LoadedSession>;
  save(snapshot: ReturnType<typeof snapshotOf>): Promise<boolean>;
  clear(): Promise<void>;
}

export const INDEXED_DB_SESSION: SessionStorage = { load: loadSession, save: saveSession, clear: clearSession };

const started = new WeakMap<StoreApi<NotebookState>, Promise<void>>();

/**
 * On start-up: brings back the last session's data and settings into `store` with one
 * recompute, or explains why it could not; then saves the session shortly after every change.
 * Safe to call more than once for the same store.
 */
export function startSessionPersistence(
  store: StoreApi<NotebookState> = useNotebook,
  storage: SessionStorage = INDEXED_DB_SESSION,
): Promise<void> {
  let running = started.get(store);
  if (!running) {
    running = restoreSession(store, storage).then(() => startAutosave(store, storage));
    started.set(store, running);
  }
  return running;
}

/** Brings back the saved session (or explains why it could not); the data and its settings arrive in one recompute. */
export async function restoreSession(
  store: StoreApi<NotebookState> = useNotebook,
  storage: SessionStorage = INDEXED_DB_SESSION,
): Promise<void> {
  try {
    await restoreSavedSession(store, storage);
  } catch (error) {
    // Whatever went wrong, a saved session must never keep the notebook from opening.
    await resetToDefaults(store, storage);
    store
      .getState()
      .setSessionNotice(
        `Your saved session could not be restored (${error instanceof Error ? error.message : String(error)}). It was discarded, and the notebook starts from its defaults.`,
      );
  }
}

async function restoreSavedSession(store: StoreApi<NotebookState>, storage: SessionStorage): Promise<void> {
  const loaded = await storage.load();
  if (loaded.kind === 'none') return;
  if (loaded.kind === 'discarded') {
    store
      .getState()
      .setSessionNotice(
        `Your saved session could not be restored because ${loaded.reason}. It was discarded, and the notebook starts from its defaults.`,
      );
    return;
  }
  const { origin, dataSet, settings } = loaded.snapshot;
  // The data and every saved choice arrive together: one recompute, one render.
  const restore: Partial<ChosenSettings> = settings;
  if (origin.kind === 'built-in') await loadBuiltIn(origin.id, restore, store);
  else if (origin.kind === 'synthetic') {
    if (origin.preset === 'second-lesson') loadSecondLesson(origin.settings.seed, restore, store);
    else loadSynthetic(origin.settings, restore, store);
  } else if (dataSet) store.getState().loadDataSet(dataSet, { settings: restore });
}

/** Starts saving on every change without restoring the saved session (a shared link is on screen). */
export function startAutosaveOnly(
  store: StoreApi<NotebookState> = useNotebook,
  storage: SessionStorage = INDEXED_DB_SESSION,
): Promise<void> {
  let running = started.get(store);
  if (!running) {
    running = Promise.resolve().then(() => startAutosave(store, storage));
    started.set(store, running);
  }
  return running;
}

/** Whether a session is saved in this browser (read only to tell a student their own work is still there). */
export async function hasSavedSession(storage: SessionStorage = INDEXED_DB_SESSION): Promise<boolean> {
  return (await storage.load()).kind === 'restored';
}

function startAutosave(store: StoreApi<NotebookState>, storage: SessionStorage): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: ReturnType<typeof snapshotOf> | null = null;
  store.subscribe((state) => {
    // While a shared link or an embed is on screen, the saved session stays the student's own work.
    if (state.importProgress || state.linkView || state.embed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const snapshot = snapshotOf(store.getState());
      if (lastSaved && sameSnapshot(lastSaved, snapshot)) return;
      lastSaved = snapshot;
      void storage.save(snapshot);
    }, SAVE_DELAY_MS);
  });
}

function sameSnapshot(a: ReturnType<typeof snapshotOf>, b: ReturnType<typeof snapshotOf>): boolean {
  return a.origin === b.origin && a.dataSet === b.dataSet && JSON.stringify(a.settings) === JSON.stringify(b.settings);
}

/** Forgets the saved session and puts every setting and the data back as the notebook opens. */
export async function resetToDefaults(
  store: StoreApi<NotebookState> = useNotebook,
  storage: SessionStorage = INDEXED_DB_SESSION,
): Promise<void> {
  // While a shared link is on screen the saved session is the student's own work: leave it.
  if (!store.getState().linkView) await storage.clear();
  resetState(store);
}

/** What a reset leaves alone: how the notebook is being shown (a link's classroom choices, the projector view). */
const VIEW_FIELDS = new Set([
  'hiddenControls',
  'lockedControls',
  'showProse',
  'presentation',
  'embed',
  'linkView',
  'openingLesson',
]);

/** Puts every setting and the data back as the notebook opens, leaving the saved session alone. */
export function resetState(store: StoreApi<NotebookState> = useNotebook): void {
  const fresh = createNotebookStore().getState();
  const values = Object.fromEntries(
    Object.entries(fresh).filter(([key, value]) => typeof value !== 'function' && !VIEW_FIELDS.has(key)),
  );
  store.setState(values as Partial<NotebookState>);
}
