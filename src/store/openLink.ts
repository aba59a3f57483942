import { importCsvText } from '../adapters/csv';
import { columnsToCsv, packCsv, unpackCsv } from '../adapters/link/inlineData';
import { dataSetFromTable, selectableColumns } from '../model/dataSet';
import {
  CLASSROOM_CONTROLS,
  type IgnoredField,
  isLink,
  LINK_FIELDS,
  type LinkFields,
  type LinkState,
  MAX_INLINE_DATA_BYTES,
  readLink,
  SESSION_FIELDS,
  type SessionSettings,
  writeLink,
} from '../model/settings';
import { savedSettingsOf } from '../persistence/sessionSnapshot';
import { loadBuiltIn, loadSecondLesson, loadSynthetic } from './loadData';
import type { NotebookState } from './notebookState';
import { useNotebook } from './notebookStore';
import { dataSetToKeep } from './pointMoveSlice';
import { hasSavedSession, resetState, restoreSession, startAutosaveOnly, startSessionPersistence } from './session';

// Opening the notebook from a shared link: the link wins over the saved session for as long as
// the student looks at it, without touching that session; they can go back to it, or keep the
// link's state as their own work. Nothing plays on opening, whatever the link says.

/**
 * On start-up: a link (the URL fragment names a settings version) is applied; otherwise the
 * saved session is restored and saved on every change. An embedded view never reads or writes
 * the visitor's session.
 */
export async function startNotebook(fragment: string): Promise<void> {
  if (!isLink(fragment)) {
    await startSessionPersistence();
    return;
  }
  const embedded = await openLink(fragment);
  // Autosave waits while the link is on screen (see session.ts); an embed never saves.
  if (!embedded) await startAutosaveOnly();
}

/**
 * Shows a link: everything it does not set goes back to the defaults, then its data, settings
 * and classroom choices apply, and the notice lists what was ignored. Also used when a link is
 * pasted into the address bar of an open notebook (only the fragment changes, no reload).
 * Returns whether the link asks for an embedded view.
 */
export async function openLink(fragment: string): Promise<boolean> {
  const { link, ignored } = readLink(fragment);
  const embedded = link.fields.embed !== undefined;
  // The link view is set first, so nothing of the link is autosaved over the student's session.
  useNotebook.getState().setLinkView({ ignored, savedSessionKept: false });
  resetState();
  const notApplied = await applyLink(link);
  const savedSessionKept = embedded ? false : await hasSavedSession();
  useNotebook.getState().setLinkView({ ignored: [...ignored, ...notApplied], savedSessionKept });
  return embedded;
}

/** Applies a link's data and settings (one recompute) and its classroom choices; returns what could not be applied. */
export async function applyLink(link: LinkState): Promise<IgnoredField[]> {
  const { settings, fields } = link;
  const ignored: IgnoredField[] = [];
  const loaded = await loadLinkData(fields, settings, ignored);
  const state = useNotebook.getState();
  if (!loaded) ignored.push(...state.applySettings(settings));
  else ignored.push(...columnsNotApplied(useNotebook.getState(), settings));
  state.setClassroom({
    hiddenControls: fields.hidden ?? [],
    lockedControls: fields.locked ?? [],
    showProse: fields.prose ?? true,
    embed: fields.embed ?? null,
    openingLesson: fields.lesson ?? null,
  });
  return ignored;
}

async function loadLinkData(
  fields: Partial<LinkFields>,
  settings: Partial<SessionSettings>,
  ignored: IgnoredField[],
): Promise<boolean> {
  const source = fields.dataSource;
  const skip = (field: keyof typeof LINK_FIELDS, value: string, reason: string) =>
    ignored.push({ key: LINK_FIELDS[field].key, label: LINK_FIELDS[field].label, value, reason });
  if (source === undefined) return false;
  if (source === 'synthetic') {
    if (!fields.recipe) {
      skip('dataSource', source, 'needs a valid recipe (gen), so the default data is shown');
      return false;
    }
    loadSynthetic(fields.recipe, settings);
  } else if (source === 'second-lesson') {
    loadSecondLesson(fields.secondLessonSeed ?? 42, settings);
  } else if (source === 'inline') {
    if (!fields.inlineData) {
      skip('dataSource', source, 'has no valid data (csv) with it, so the default data is shown');
      return false;
    }
    const name = fields.inlineName || 'shared data';
    let text: string;
    try {
      text = unpackCsv(fields.inlineData);
    } catch (error) {
      skip('inlineData', `${fields.inlineData.slice(0, 20)}…`, error instanceof Error ? error.message : String(error));
      return false;
    }
    const imported = importCsvText(text, { name });
    if (!imported.ok) {
      skip('inlineData', name, `could not be read as data: ${imported.problem.message}`);
      return false;
    }
    const dataSet = dataSetFromTable(
      imported.table,
      { kind: 'file', fileName: name },
      `Shared data: ${name}`,
      'Data carried inside a shared link',
    );
    if (
      !useNotebook.getState().loadDataSet(dataSet, {
        featureName: settings.featureName,
        responseName: settings.responseName,
        settings,
        notices: imported.warnings,
      })
    ) {
      skip(
        'inlineData',
        name,
        `could not be fitted: ${useNotebook.getState().dataError ?? 'no pair of its columns holds numbers'}`,
      );
      useNotebook.getState().dismissDataError();
      return false;
    }
  } else {
    await loadBuiltIn(source, settings);
  }
  const error = useNotebook.getState().dataError;
  if (error) {
    skip('dataSource', source, error);
    useNotebook.getState().dismissDataError();
    return false;
  }
  return true;
}

function columnsNotApplied(state: NotebookState, settings: Partial<SessionSettings>): IgnoredField[] {
  const ignored: IgnoredField[] = [];
  for (const role of ['featureName', 'responseName'] as const) {
    const wanted = settings[role];
    if (wanted !== undefined && state[role] !== wanted) {
      ignored.push({
        key: SESSION_FIELDS[role].key,
        label: SESSION_FIELDS[role].label,
        value: wanted.length > 40 ? `${wanted.slice(0, 39)}…` : wanted,
        reason: `is not a pair of columns of ${state.dataSet.title} that can be fitted`,
      });
    }
  }
  return ignored;
}

/** Leaves the link: the student's own saved session (or the defaults) comes back, and is saved again. */
export async function backToOwnWork(): Promise<void> {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  useNotebook.getState().setClassroom({ hiddenControls: [], lockedControls: [], showProse: true, openingLesson: null });
  resetState();
  await restoreSession();
  // Cleared last: autosave resumes only once the student's own session is back on screen.
  useNotebook.getState().setLinkView(null);
}

/** Keeps what the link showed as the student's own work: it is saved from now on, replacing their old session. */
export function keepLinkAsOwnWork(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  useNotebook.getState().setClassroom({ hiddenControls: [], lockedControls: [], showProse: true, openingLesson: null });
  // Clearing the link view is itself a change, so autosave saves what is on screen at once.
  useNotebook.getState().setLinkView(null);
  void startAutosaveOnly();
}

/** Classroom choices an instructor adds to a link. */
export interface ClassroomChoice {
  readonly hidden: LinkFields['hidden'];
  readonly locked: LinkFields['locked'];
  readonly prose: boolean;
  readonly lesson: LinkFields['lesson'] | null;
  readonly embed: LinkFields['embed'] | null;
}

/** A link to share: its fragment, or why the data could not go inside it (then the settings travel alone). */
export interface ShareLink {
  readonly fragment: string;
  /** Set when the data on screen is too large for a link: its compressed size in bytes. */
  readonly dataTooLarge: number | null;
  /** The CSV text of uploaded data, to offer as a file to send beside a link that could not carry it. */
  readonly dataFile: { readonly name: string; readonly text: string } | null;
}

/** The link that reopens what is on screen (data, settings, epoch) with the given classroom choices. */
export function shareLinkOf(state: NotebookState, choice: ClassroomChoice): ShareLink {
  // Moved points stay on this page: a link carries the data as loaded.
  const dataSet = dataSetToKeep(state);
  const { origin } = dataSet;
  const fields: Partial<LinkFields> = {};
  let dataTooLarge: number | null = null;
  let dataFile: ShareLink['dataFile'] = null;
  if (origin.kind === 'built-in') fields.dataSource = origin.id;
  else if (origin.kind === 'synthetic' && origin.preset === 'second-lesson')
    Object.assign(fields, { dataSource: 'second-lesson', secondLessonSeed: origin.settings.seed });
  else if (origin.kind === 'synthetic') Object.assign(fields, { dataSource: 'synthetic', recipe: origin.settings });
  else {
    const name = origin.kind === 'file' ? origin.fileName : 'pasted data.csv';
    const text = columnsToCsv(selectableColumns(dataSet));
    const packed = packCsv(text);
    dataFile = { name, text };
    if (packed.bytes <= MAX_INLINE_DATA_BYTES)
      Object.assign(fields, { dataSource: 'inline', inlineData: packed.payload, inlineName: name.slice(0, 120) });
    else dataTooLarge = packed.bytes;
  }
  if (choice.lesson) fields.lesson = choice.lesson;
  if (choice.hidden.length > 0) fields.hidden = CLASSROOM_CONTROLS.filter((control) => choice.hidden.includes(control));
  if (choice.locked.length > 0) fields.locked = CLASSROOM_CONTROLS.filter((control) => choice.locked.includes(control));
  if (!choice.prose) fields.prose = false;
  if (choice.embed) fields.embed = choice.embed;
  return { fragment: writeLink({ settings: savedSettingsOf(state), fields }), dataTooLarge, dataFile };
}
