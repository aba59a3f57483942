import type { StoreApi } from 'zustand';
import { dataApartState } from '../persistence/dataApart';
import { rememberSavedIdentity } from '../persistence/savedDataIdentity';
import { type ReadSession, type SessionSnapshot, snapshotOf } from '../persistence/sessionSnapshot';
import {
  clearSession,
  loadSession,
  READ_TIMEOUT_MS,
  type StorageFault,
  saveSession,
  WRITE_TIMEOUT_MS,
} from '../persistence/sessionStorage';
import { loadBuiltIn, loadSavedDataApart, loadSavedDataSet, loadSecondLesson, loadSynthetic } from './loadData';
import type { NotebookState } from './notebookState';
import { createNotebookStore, useNotebook } from './notebookStore';
import { dataSetToKeep } from './pointMoveSlice';
import { savingBlocked } from './savingBlocked';

const SAVE_DELAY_MS = 300;

type Store = StoreApi<NotebookState>;

const started = new WeakMap<Store, Promise<void>>();

/**
 * On start-up: brings back the last session's data and settings into `store` (the app's by
 * default), or explains why it could not. Then saves the session shortly after every change,
 * and keeps other tabs in step. Safe to call more than once for the same store.
 */
export function startSessionPersistence(store: Store = useNotebook): Promise<void> {
  let running = started.get(store);
  if (!running) {
    running = restoreSession(store).then(() => startAutosave(store));
    started.set(store, running);
  }
  return running;
}

/** Starts saving on every change without restoring the saved session (a shared link is on screen). */
export function startAutosaveOnly(store: Store = useNotebook): Promise<void> {
  let running = started.get(store);
  if (!running) {
    running = Promise.resolve().then(() => startAutosave(store));
    started.set(store, running);
  }
  return running;
}

/** Whether a session is saved in this browser (read only to tell a student their own work is still there). */
export async function hasSavedSession(): Promise<boolean> {
  return (await loadSession()).kind === 'restored';
}

/** Brings back the saved session (or explains why it could not); the data and its settings arrive in one recompute. */
export async function restoreSession(store: Store = useNotebook): Promise<void> {
  const addNotice = (text: string | null) => store.getState().setSessionNotice(text);
  try {
    await restoreSavedSession(store);
  } catch {
    // Whatever went wrong, a saved session must never keep the notebook from opening.
    await clearSession();
    resetState(store);
    addNotice(
      'Your saved session could not be restored: part of it was not in a form this version of Downhill can read. It was discarded, and the notebook starts from its defaults.',
    );
  }
}

async function restoreSavedSession(store: Store): Promise<void> {
  const addNotice = (text: string | null) => store.getState().setSessionNotice(text);
  // Not answering is said after a few seconds, but the read goes on: if the storage answers
  // later, the session is brought back then. Until it answers nothing is saved over it.
  let waitingNotice: string | null = null;
  const slow = setTimeout(() => {
    waitingNotice = describeReadFault('no-answer');
    addNotice(waitingNotice);
  }, READ_TIMEOUT_MS);
  const loaded = await loadSession();
  clearTimeout(slow);
  if (waitingNotice !== null && store.getState().sessionNotice === waitingNotice) addNotice(null);
  if (loaded.kind === 'none') return;
  if (loaded.kind === 'storage-fault') {
    savingBlocked.add(store);
    addNotice(describeReadFault(loaded.fault));
    return;
  }
  if (loaded.kind === 'discarded') {
    addNotice(
      `Your saved session could not be restored because ${loaded.reason}. It was discarded, and the notebook starts from its defaults.`,
    );
    return;
  }
  const notices = await applyReadSession(store, loaded.session);
  if (notices.length > 0) addNotice(notices.join(' '));
}

/**
 * Loads the data and the settings of a read session, both in one recompute (the settings go to
 * the loader with the data); returns what the student should know.
 */
async function applyReadSession(store: Store, session: ReadSession): Promise<string[]> {
  const { origin, dataSet, settings } = session;
  const notices: string[] = [];
  if (session.dataNotKept && origin?.kind === 'file') {
    notices.push(
      `Your file ${origin.fileName} was too large for the browser's storage, so it was not kept; choose it again to carry on. Your settings were kept.`,
    );
  } else if (session.dataNotKept) {
    notices.push(
      "Your pasted data was too large for the browser's storage, so it was not kept. Your settings were kept.",
    );
  } else if (session.dataProblem) {
    notices.push(
      `Your saved data could not be used because ${session.dataProblem}; the notebook shows ${store.getState().dataSet.title} instead.`,
    );
  }
  if (origin?.kind === 'built-in') await loadBuiltIn(origin.id, settings, store);
  else if (origin?.kind === 'synthetic') {
    if (origin.preset === 'second-lesson') loadSecondLesson(origin.settings.seed, settings, store);
    else loadSynthetic(origin.settings, settings, store);
  } else if (session.dataApart && origin) {
    const restored = await loadSavedDataApart(origin, settings, store);
    if (!restored.ok) {
      notices.push(
        `Your saved data could not be used because ${restored.problem}; the notebook shows ${store.getState().dataSet.title} instead.`,
      );
      store.getState().applySettings(settingsWithoutColumns(settings));
    }
  } else if (dataSet) {
    // Restored from the data record: that record already holds this data, so it is not written again.
    if (session.dataIdentity) rememberSavedIdentity(dataSet, session.dataIdentity);
    const loaded = await loadSavedDataSet(dataSet, settings, store);
    if (!loaded) {
      const reason = store.getState().dataError ?? 'no pair of its columns can be fitted';
      store.getState().dismissDataError();
      notices.push(
        `Your saved data could not be fitted (${reason.replace(/\.$/, '')}); the notebook shows ${store.getState().dataSet.title} instead.`,
      );
      store.getState().applySettings(settingsWithoutColumns(settings));
    }
  } else {
    store.getState().applySettings(settings);
  }
  return withSettingNotices(notices, session);
}

function withSettingNotices(notices: string[], session: ReadSession): string[] {
  if (session.settingProblems.length === 0) return notices;
  return [
    ...notices,
    `Some saved settings were damaged and are back at their defaults (${session.settingProblems.join('; ')}); the others were kept.`,
  ];
}

function settingsWithoutColumns(settings: ReadSession['settings']): ReadSession['settings'] {
  const { featureName: _feature, responseName: _response, ...rest } = settings;
  return rest;
}

function describeReadFault(fault: StorageFault): string {
  if (fault === 'unavailable') {
    return 'This browser gives the notebook no storage (private windows often do not), so your data and settings will not be kept when you reload or close the page.';
  }
  if (fault === 'no-answer') {
    return `The browser's storage has not answered for ${READ_TIMEOUT_MS / 1000} seconds, so your saved session could not be brought back yet and the notebook shows its defaults. Nothing will be saved over your session meanwhile; if the storage answers, the session comes back then, or reload the page to try again.`;
  }
  return "The browser's storage refused to be read, so your saved session could not be brought back and the notebook starts from its defaults. The saved session was left untouched, and changes made now will not be saved over it; reload the page to try again.";
}

function describeWriteFault(fault: StorageFault, keepsData: boolean): string {
  if (fault === 'unavailable') {
    return 'This browser gives the notebook no storage, so your data and settings will not be kept when you reload or close the page.';
  }
  const cause =
    fault === 'full'
      ? "the browser's storage for this page is full"
      : fault === 'no-answer'
        ? `the browser's storage did not answer within ${WRITE_TIMEOUT_MS / 1000} seconds`
        : "the browser's storage refused to write it";
  const after = keepsData
    ? ' Everything on screen stays until you close or reload the page, but the data you loaded will not come back after a reload: keep your file.'
    : ' Everything on screen stays until you close or reload the page.';
  return `Your latest changes could not be saved: ${cause}.${after}`;
}

/** Tabs of the notebook tell each other when they have saved, on this channel. */
const CHANNEL_NAME = 'downhill-session';
const TAB_ID = `${Date.now().toString(36)}-${Math.floor(performance.now() * 1000).toString(36)}`;

function startAutosave(store: Store): void {
  const addNotice = (text: string | null) => store.getState().setSessionNotice(text);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: SessionSnapshot | null = null;
  /** The data set this page's last successful save stored in the data record. */
  let storedDataSet: SessionSnapshot['dataSet'] = null;
  let lastFault: StorageFault | null = null;
  const announcedApartFaults = new WeakSet<object>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;

  const save = async (snapshot: SessionSnapshot, leavingPage = false) => {
    const dataStored = snapshot.dataSet !== null && snapshot.dataSet === storedDataSet;
    const saved = await saveSession(snapshot, { leavingPage, dataStored });
    if (saved.ok) {
      storedDataSet = snapshot.dataSet;
      lastFault = null;
      channel?.postMessage({ tab: TAB_ID });
      return;
    }
    const keepsData = snapshot.dataSet !== null;
    if (saved.fault !== lastFault) addNotice(describeWriteFault(saved.fault, keepsData));
    lastFault = saved.fault;
    // No room for the data: keep at least the settings, marked so a reload says what is missing.
    if (saved.fault === 'full' && keepsData) {
      const settingsOnly = await saveSession({ ...snapshot, dataSet: null, dataNotKept: true });
      if (settingsOnly.ok) channel?.postMessage({ tab: TAB_ID });
    }
  };

  const scheduleSave = (state: NotebookState) => {
    // While a shared link or an embed is on screen, the saved session stays the student's own work.
    if (state.importProgress || savingBlocked.has(store) || state.linkView || state.embed) return;
    // Large data is written apart by a worker: the session record names it once that is done.
    const apart = dataApartState(dataSetToKeep(state));
    if (apart?.status === 'saving') {
      void apart.done.then(() => scheduleSave(store.getState()));
      return;
    }
    if (apart?.status === 'failed' && !announcedApartFaults.has(dataSetToKeep(state))) {
      announcedApartFaults.add(dataSetToKeep(state));
      addNotice(describeWriteFault(apart.fault, true));
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => saveNow(), SAVE_DELAY_MS);
  };
  const saveNow = (leavingPage = false) => {
    timer = null;
    // Moved points are an experiment on this page: the session keeps the data as loaded.
    const snapshot = snapshotOf({ ...store.getState(), dataSet: dataSetToKeep(store.getState()) });
    if (lastSaved && sameSnapshot(lastSaved, snapshot)) return;
    lastSaved = snapshot;
    void save(snapshot, leavingPage);
  };
  // The page is being left (a reload, a closed tab, a phone putting it away) with a change not
  // yet saved: save it now rather than when the delay ends, which would be too late.
  const saveBeforeLeaving = () => {
    if (timer === null) return;
    clearTimeout(timer);
    saveNow(true);
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', saveBeforeLeaving);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') saveBeforeLeaving();
    });
  }
  store.subscribe(scheduleSave);
  // A change made while the saved session was still being read (seconds, on a busy machine)
  // came before this subscription: save the state as it is now.
  scheduleSave(store.getState());

  // Another tab saved: take its session, so that this tab's next change cannot overwrite the
  // other's work (an upload there, say) with this tab's older data.
  if (channel) {
    channel.onmessage = (event: MessageEvent<{ tab?: string }>) => {
      if (event.data?.tab === TAB_ID || savingBlocked.has(store)) return;
      void followOtherTab(store).then(() => {
        lastSaved = snapshotOf({ ...store.getState(), dataSet: dataSetToKeep(store.getState()) });
      });
    };
  }
}

async function followOtherTab(store: Store): Promise<void> {
  const before = store.getState().dataSet;
  const loaded = await loadSession();
  if (loaded.kind !== 'restored') return;
  const notices = await applyReadSession(store, loaded.session);
  const after = store.getState().dataSet;
  const sameData = before === after || (before.origin.kind === after.origin.kind && before.title === after.title);
  if (!sameData)
    notices.unshift(
      `Another tab of the notebook loaded ${after.title}; this tab now shows it too, so neither tab overwrites the other's work.`,
    );
  if (notices.length > 0) store.getState().setSessionNotice(notices.join(' '));
}

function sameSnapshot(a: SessionSnapshot, b: SessionSnapshot): boolean {
  return a.origin === b.origin && a.dataSet === b.dataSet && JSON.stringify(a.settings) === JSON.stringify(b.settings);
}

/** Forgets the saved session and puts every setting and the data back as the notebook opens. */
export async function resetToDefaults(store: Store = useNotebook): Promise<void> {
  // While a shared link is on screen the saved session is the student's own work: leave it.
  if (!store.getState().linkView) await clearSession();
  resetState(store);
}

/** What a reset leaves alone: how the notebook is being shown (a link's classroom choices, the projector view). */
const VIEW_FIELDS = new Set([
  'hiddenControls',
  'lockedControls',
  'showProse',
  'presentation',
  'speakerNotes',
  'notesLesson',
  'embed',
  'linkView',
  'openingLesson',
]);

/** Puts every setting and the data back as the notebook opens, leaving the saved session alone. */
export function resetState(store: Store = useNotebook): void {
  const fresh = createNotebookStore().getState();
  const values = Object.fromEntries(
    Object.entries(fresh).filter(([key, value]) => typeof value !== 'function' && !VIEW_FIELDS.has(key)),
  );
  store.setState(values as Partial<NotebookState>);
}
