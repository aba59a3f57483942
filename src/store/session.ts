import { snapshotOf } from '../persistence/sessionSnapshot';
import { clearSession, loadSession, saveSession } from '../persistence/sessionStorage';
import { loadBuiltIn, loadSecondLesson, loadSynthetic } from './loadData';
import type { NotebookState } from './notebookState';
import { createNotebookStore, useNotebook } from './notebookStore';

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

/** Brings back the saved session (or explains why it could not); the data and its settings arrive in one recompute. */
export async function restoreSession(): Promise<void> {
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
  if (origin.kind === 'built-in') await loadBuiltIn(origin.id, settings);
  else if (origin.kind === 'synthetic') {
    if (origin.preset === 'second-lesson') loadSecondLesson(origin.settings.seed, settings);
    else loadSynthetic(origin.settings, settings);
  } else if (dataSet)
    useNotebook
      .getState()
      .loadDataSet(dataSet, { featureName: settings.featureName, responseName: settings.responseName, settings });
}

/** Starts saving on every change without restoring the saved session (a shared link is on screen). */
export function startAutosaveOnly(): Promise<void> {
  started ??= Promise.resolve().then(startAutosave);
  return started;
}

/** Whether a session is saved in this browser (read only to tell a student their own work is still there). */
export async function hasSavedSession(): Promise<boolean> {
  return (await loadSession()).kind === 'restored';
}

function startAutosave(): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: ReturnType<typeof snapshotOf> | null = null;
  useNotebook.subscribe((state) => {
    // While a shared link or an embed is on screen, the saved session stays the student's own work.
    if (state.importProgress || state.linkView || state.embed) return;
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
  // While a shared link is on screen the saved session is the student's own work: leave it.
  if (!useNotebook.getState().linkView) await clearSession();
  resetState();
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
export function resetState(): void {
  const fresh = createNotebookStore().getState();
  const values = Object.fromEntries(
    Object.entries(fresh).filter(([key, value]) => typeof value !== 'function' && !VIEW_FIELDS.has(key)),
  );
  useNotebook.setState(values as Partial<NotebookState>);
}
