import { type ClassroomControl, type IgnoredField, LESSON_IDS, type LessonId } from '../model/settings';
import type { SliceCreator } from './notebookState';

/** A shared link on screen instead of the student's own saved work. */
export interface LinkView {
  /** Fields of the link that were not applied, with the reasons. */
  readonly ignored: readonly IgnoredField[];
  /** Whether the student's own session is still saved, to go back to. */
  readonly savedSessionKept: boolean;
}

/** What an instructor's link chose to show, and how the notebook is being presented. */
export interface ClassroomSlice {
  hiddenControls: readonly ClassroomControl[];
  lockedControls: readonly ClassroomControl[];
  /** Whether the lessons' prose shows (an instructor may hand out the lab and widgets alone). */
  showProse: boolean;
  /** Large type, thick lines and the lab filling the screen, for a projector. */
  presentation: boolean;
  /** In the projector view, one lesson's prose shown as notes beside the lab. */
  speakerNotes: boolean;
  /** The lesson whose prose the notes show (the one in view when the projector view opened). */
  notesLesson: LessonId;
  /** Only the lab, or one lesson, for an iframe; set from the link, never saved. */
  embed: 'lab' | LessonId | null;
  linkView: LinkView | null;
  /** The lesson a link opens on, scrolled into view once. */
  openingLesson: LessonId | null;
  setClassroom: (
    choice: Partial<
      Pick<ClassroomSlice, 'hiddenControls' | 'lockedControls' | 'showProse' | 'embed' | 'openingLesson'>
    >,
  ) => void;
  togglePresentation: () => void;
  /** Notes on or off; outside the projector view, opens it with the notes shown. */
  toggleSpeakerNotes: () => void;
  showNotesFor: (lesson: LessonId) => void;
  setLinkView: (view: LinkView | null) => void;
}

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set) => ({
  hiddenControls: [],
  lockedControls: [],
  showProse: true,
  presentation: false,
  speakerNotes: false,
  notesLesson: LESSON_IDS[0],
  embed: null,
  linkView: null,
  openingLesson: null,
  setClassroom: (choice) => set(choice),
  togglePresentation: () => set((state) => ({ presentation: !state.presentation })),
  toggleSpeakerNotes: () =>
    set((state) =>
      state.presentation ? { speakerNotes: !state.speakerNotes } : { presentation: true, speakerNotes: true },
    ),
  showNotesFor: (notesLesson) => set({ notesLesson }),
  setLinkView: (linkView) => set({ linkView }),
});

/** How a control shows: as usual, shown but locked, or not at all. */
export type ControlAccess = 'open' | 'locked' | 'hidden';

export function controlAccess(
  state: Pick<ClassroomSlice, 'hiddenControls' | 'lockedControls'>,
  control: ClassroomControl,
): ControlAccess {
  if (state.hiddenControls.includes(control)) return 'hidden';
  if (state.lockedControls.includes(control)) return 'locked';
  return 'open';
}
