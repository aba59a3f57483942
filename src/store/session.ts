import { findColumn } from '../model/dataSet';
import { type SavedSettings, snapshotOf } from '../persistence/sessionSnapshot';
import { clearSession, loadSession, saveSession } from '../persistence/sessionStorage';
import { loadBuiltIn, loadSecondLesson, loadSynthetic } from './loadData';
import type { NotebookState } from './notebookState';
import { createNotebookStore, useNotebook } from './notebookStore';
import { recompute } from './recompute';

const SAVE_DELAY_MS = 300;

/**
 * On start-up: brings back the last session's data and settings, or explains why it could not.
 * Then saves the session shortly after every change. Safe to call more than once.
 */
let started: Promise<void> | null = null;
export function startSessionPersistence(): Promise<void> {
  started ??= restoreSession().then(startAutosave);
  return started;
}

async function restoreSession(): Promise<void> {
  try {
    await restoreSavedSession();
  } catch (error) {
    // Whatever went wrong, a saved session must never keep the notebook from opening.
    await clearSession();
    await resetToDefaults();
    addNotice(
      `Your saved session could not be restored (${error instanceof Error ? error.message : String(error)}). It was discarded, and the notebook starts from its defaults.`,
    );
  }
}

async function restoreSavedSession(): Promise<void> {
  const loaded = await loadSession();
  if (loaded.kind === 'none') return;
  if (loaded.kind === 'discarded') {
    addNotice(
      `Your saved session could not be restored because ${loaded.reason}. It was discarded, and the notebook starts from its defaults.`,
    );
    return;
  }
  const { origin, dataSet, settings } = loaded.snapshot;
  if (origin.kind === 'built-in') await loadBuiltIn(origin.id);
  else if (origin.kind === 'synthetic') {
    if (origin.preset === 'second-lesson') loadSecondLesson(origin.settings.seed);
    else loadSynthetic(origin.settings);
  } else if (dataSet) useNotebook.getState().loadDataSet(dataSet);
  applySettings(settings);
}

function applySettings(settings: SavedSettings): void {
  useNotebook.setState((state) => {
    const columnsExist =
      findColumn(state.dataSet, settings.featureName) && findColumn(state.dataSet, settings.responseName);
    const next: NotebookState = {
      ...state,
      ...settings,
      featureName: columnsExist ? settings.featureName : state.featureName,
      responseName: columnsExist ? settings.responseName : state.responseName,
      trajectory: null,
      playing: false,
    };
    const derived = recompute(next, 'problem');
    const currentEpoch = derived.trajectory ? Math.min(settings.currentEpoch, derived.trajectory.lastEpoch) : 0;
    return { ...next, ...recompute({ ...next, ...derived, currentEpoch }, 'status') };
  });
}

function startAutosave(): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: ReturnType<typeof snapshotOf> | null = null;
  useNotebook.subscribe((state) => {
    if (state.importProgress) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const snapshot = snapshotOf(useNotebook.getState());
      if (lastSaved && sameSnapshot(lastSaved, snapshot)) return;
      lastSaved = snapshot;
      void saveSession(snapshot);
    }, SAVE_DELAY_MS);
  });
}

function sameSnapshot(a: ReturnType<typeof snapshotOf>, b: ReturnType<typeof snapshotOf>): boolean {
  return a.origin === b.origin && a.dataSet === b.dataSet && JSON.stringify(a.settings) === JSON.stringify(b.settings);
}

function addNotice(text: string): void {
  useNotebook.getState().setSessionNotice(text);
}

/** Forgets the saved session and puts every setting and the data back as the notebook opens. */
export async function resetToDefaults(): Promise<void> {
  await clearSession();
  const fresh = createNotebookStore().getState();
  const values = Object.fromEntries(Object.entries(fresh).filter(([, value]) => typeof value !== 'function'));
  useNotebook.setState(values as Partial<NotebookState>);
}
