import type { HeldOut, HeldOutCurve } from '../model/evaluation/heldOut';
import { describeSplitProblem } from '../model/evaluation/splitCheck';
import { isValidSeed, isValidTestFraction, LIMIT_TEXT } from '../model/settings/limits';
import type { NotebookState, SliceCreator } from './notebookState';
import { recompute } from './recompute';

export interface SplitSlice {
  /** Share of the rows held out for testing (0 … 0.5); 0 fits on every row. */
  testFraction: number;
  /** Seed of the shuffle that chooses the held-out rows. */
  splitSeed: number;
  /** The held-out rows as the model on screen sees them, or null when nothing is held out. */
  heldOut: HeldOut | null;
  /** The held-out loss along the run on screen (kept apart from `heldOut`, which a new run does not change). */
  heldOutCurve: HeldOutCurve | null;
  /** Why the last split asked for was refused (the previous split and fit stay); null when none was. */
  splitError: string | null;
  setTestFraction: (testFraction: number) => void;
  setSplitSeed: (splitSeed: number) => void;
  dismissSplitError: () => void;
}

export const createSplitSlice: SliceCreator<SplitSlice> = (set, get) => {
  // A split that leaves too few training rows, or no usable test row, is refused with its
  // reason; so is one the fit cannot use. The split and fit on screen stay as they were.
  const apply = (testFraction: number, splitSeed: number) => {
    const state = get();
    if (state.modelPreparing) return;
    if (testFraction === state.testFraction && splitSeed === state.splitSeed) return set({ splitError: null });
    const problem = describeSplitProblem(state.dataSet, state, testFraction, splitSeed);
    if (problem) return set({ splitError: problem });
    set((latest: NotebookState) => {
      const derived = recompute({ ...latest, testFraction, splitSeed }, 'problem');
      if (derived.problemError && !latest.problemError) return { splitError: derived.problemError };
      return { testFraction, splitSeed, ...derived, splitError: null };
    });
  };
  return {
    testFraction: 0,
    splitSeed: 42,
    heldOut: null,
    heldOutCurve: null,
    splitError: null,
    setTestFraction: (testFraction) => {
      if (!isValidTestFraction(testFraction))
        return set({ splitError: `The test fraction must be ${LIMIT_TEXT.testFraction}.` });
      if (get().setSplitInBackground({ testFraction })) return;
      apply(testFraction, get().splitSeed);
    },
    setSplitSeed: (splitSeed) => {
      if (!isValidSeed(splitSeed)) return set({ splitError: `The split seed must be ${LIMIT_TEXT.splitSeed}.` });
      if (get().setSplitInBackground({ splitSeed })) return;
      apply(get().testFraction, splitSeed);
    },
    dismissSplitError: () => set({ splitError: null }),
  };
};
