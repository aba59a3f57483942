import { findColumn } from '../model/dataSet';
import { type ReadSession, type SavedSettings, type SessionSnapshot, snapshotOf } from '../persistence/sessionSnapshot';
import {
  clearSession,
  loadSession,
  READ_TIMEOUT_MS,
  type StorageFault,
  saveSession,
  WRITE_TIMEOUT_MS,
} from '../persistence/sessionStorage';
import { LARGE_DATA_ROWS } from './dataSlice';
import { loadBuiltIn, loadSavedDataSet, loadSecondLesson, loadSynthetic } from './loadData';
import type { NotebookState } from './notebookState';
import { createNotebookStore, useNotebook } from './notebookStore';
import { recompute } from './recompute';

const SAVE_DELAY_MS = 300;

/**
 * Whether changes are saved. Off when the browser has no storage, and when the storage could
 * not be read: saving then could overwrite a session the student has not seen yet.
 */
let savingAllowed = true;

/**
 * On start-up: brings back the last session's data and settings, or explains why it could not.
 * Then saves the session shortly after every change, and keeps other tabs in step. Safe to
 * call more than once.
 */
let started: Promise<void> | null = null;
export function startSessionPersistence(): Promise<void> {
  started ??= restoreSession().then(startAutosave);
  return started;
}

async function restoreSession(): Promise<void> {
  try {
    await restoreSavedSession();
  } catch {
    // Whatever went wrong, a saved session must never keep the notebook from opening.
    await clearSession();
    await resetToDefaults();
    addNotice(
      'Your saved session could not be restored: part of it was not in a form this version of Downhill can read. It was discarded, and the notebook starts from its defaults.',
    );
  }
}

async function restoreSavedSession(): Promise<void> {
  // Not answering is said after a few seconds, but the read goes on: if the storage answers
  // later, the session is brought back then. Until it answers nothing is saved over it.
  let waitingNotice: string | null = null;
  const slow = setTimeout(() => {
    waitingNotice = describeReadFault('no-answer');
    addNotice(waitingNotice);
  }, READ_TIMEOUT_MS);
  const loaded = await loadSession();
  clearTimeout(slow);
  if (waitingNotice !== null && useNotebook.getState().sessionNotice === waitingNotice) addNotice(null);
  if (loaded.kind === 'none') return;
  if (loaded.kind === 'storage-fault') {
    savingAllowed = false;
    addNotice(describeReadFault(loaded.fault));
    return;
  }
  if (loaded.kind === 'discarded') {
    addNotice(
      `Your saved session could not be restored because ${loaded.reason}. It was discarded, and the notebook starts from its defaults.`,
    );
    return;
  }
  const notices = await applyReadSession(loaded.session);
  if (notices.length > 0) addNotice(notices.join(' '));
}

/** Loads the data and the settings of a read session; returns what the student should know. */
async function applyReadSession(session: ReadSession): Promise<string[]> {
  const { origin, dataSet, settings } = session;
  const notices: string[] = [];
  const preferred =
    settings.featureName !== undefined && settings.responseName !== undefined
      ? { featureName: settings.featureName, responseName: settings.responseName }
      : undefined;
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
      `Your saved data could not be used because ${session.dataProblem}; the notebook shows ${useNotebook.getState().dataSet.title} instead.`,
    );
  }
  if (origin?.kind === 'built-in') await loadBuiltIn(origin.id);
  else if (origin?.kind === 'synthetic') {
    if (origin.preset === 'second-lesson') loadSecondLesson(origin.settings.seed);
    else loadSynthetic(origin.settings);
  } else if (dataSet) {
    const large = dataSet.rowCount > LARGE_DATA_ROWS;
    // Large data: the settings go in first, so the fit prepared off the main thread uses them.
    if (large) useNotebook.setState(settingsWithoutColumns(settings));
    const loaded = await loadSavedDataSet(dataSet, preferred);
    if (!loaded) {
      const reason = useNotebook.getState().dataError ?? 'no pair of its columns can be fitted';
      useNotebook.getState().dismissDataError();
      notices.push(
        `Your saved data could not be fitted (${reason.replace(/\.$/, '')}); the notebook shows ${useNotebook.getState().dataSet.title} instead.`,
      );
    }
    if (large) return withSettingNotices(notices, session);
  }
  applySettings(settings);
  return withSettingNotices(notices, session);
}

function withSettingNotices(notices: string[], session: ReadSession): string[] {
  if (session.settingProblems.length === 0) return notices;
  return [
    ...notices,
    `Some saved settings were damaged and are back at their defaults (${session.settingProblems.join('; ')}); the others were kept.`,
  ];
}

function settingsWithoutColumns(settings: Partial<SavedSettings>): Partial<NotebookState> {
  const { featureName: _feature, responseName: _response, currentEpoch: _epoch, start: _start, ...rest } = settings;
  return rest;
}

function applySettings(settings: Partial<SavedSettings>): void {
  useNotebook.setState((state) => {
    const featureName = settings.featureName ?? state.featureName;
    const responseName = settings.responseName ?? state.responseName;
    const columnsExist = findColumn(state.dataSet, featureName) && findColumn(state.dataSet, responseName);
    const next: NotebookState = {
      ...state,
      ...settings,
      featureName: columnsExist && featureName !== responseName ? featureName : state.featureName,
      responseName: columnsExist && featureName !== responseName ? responseName : state.responseName,
      trajectory: null,
      playing: false,
    };
    const derived = recompute(next, 'problem');
    const savedEpoch = settings.currentEpoch ?? Number.POSITIVE_INFINITY;
    const currentEpoch = derived.trajectory ? Math.min(savedEpoch, derived.trajectory.lastEpoch) : 0;
    return { ...next, ...recompute({ ...next, ...derived, currentEpoch }, 'status') };
  });
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

function startAutosave(): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: SessionSnapshot | null = null;
  let lastFault: StorageFault | null = null;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;

  const save = async (snapshot: SessionSnapshot) => {
    const saved = await saveSession(snapshot);
    if (saved.ok) {
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
    if (state.importProgress || !savingAllowed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const snapshot = snapshotOf(useNotebook.getState());
      if (lastSaved && sameSnapshot(lastSaved, snapshot)) return;
      lastSaved = snapshot;
      void save(snapshot);
    }, SAVE_DELAY_MS);
  };
  useNotebook.subscribe(scheduleSave);
  // A change made while the saved session was still being read (seconds, on a busy machine)
  // came before this subscription: save the state as it is now.
  scheduleSave(useNotebook.getState());

  // Another tab saved: take its session, so that this tab's next change cannot overwrite the
  // other's work (an upload there, say) with this tab's older data.
  if (channel) {
    channel.onmessage = (event: MessageEvent<{ tab?: string }>) => {
      if (event.data?.tab === TAB_ID || !savingAllowed) return;
      void followOtherTab().then(() => {
        lastSaved = snapshotOf(useNotebook.getState());
      });
    };
  }
}

async function followOtherTab(): Promise<void> {
  const before = useNotebook.getState().dataSet;
  const loaded = await loadSession();
  if (loaded.kind !== 'restored') return;
  const notices = await applyReadSession(loaded.session);
  const after = useNotebook.getState().dataSet;
  const sameData = before === after || (before.origin.kind === after.origin.kind && before.title === after.title);
  if (!sameData)
    notices.unshift(
      `Another tab of the notebook loaded ${after.title}; this tab now shows it too, so neither tab overwrites the other's work.`,
    );
  if (notices.length > 0) addNotice(notices.join(' '));
}

function sameSnapshot(a: SessionSnapshot, b: SessionSnapshot): boolean {
  return a.origin === b.origin && a.dataSet === b.dataSet && JSON.stringify(a.settings) === JSON.stringify(b.settings);
}

function addNotice(text: string | null): void {
  useNotebook.getState().setSessionNotice(text);
}

/** Forgets the saved session and puts every setting and the data back as the notebook opens. */
export async function resetToDefaults(): Promise<void> {
  await clearSession();
  const fresh = createNotebookStore().getState();
  const values = Object.fromEntries(Object.entries(fresh).filter(([, value]) => typeof value !== 'function'));
  useNotebook.setState(values as Partial<NotebookState>);
}
