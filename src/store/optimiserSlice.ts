import { downsampleSeries } from '../core/downsample';
import { OVERLAY_COLOURS } from '../format/palette';
import {
  DEFAULT_OPTIMISATION,
  describeRunSettings,
  type FlavourKind,
  isValidBatchSize,
  isValidSeed,
  isValidTolerance,
  type OptimisationSettings,
  type OptimiserKind,
} from '../model/userSettings';
import { selectActiveRun } from './activeRun';
import type { SliceCreator } from './notebookState';
import { recompute } from './recompute';

export interface KeptRun {
  readonly id: number;
  readonly label: string;
  readonly epochs: readonly number[];
  readonly losses: readonly number[];
  /** Chosen when kept, so curves keep their colour when older ones are dropped. */
  readonly colour: string;
}

export interface OptimiserSlice extends OptimisationSettings {
  keptRuns: readonly KeptRun[];
  setFlavourKind: (kind: FlavourKind) => void;
  setBatchSize: (batchSize: number) => void;
  setOptimiserKind: (kind: OptimiserKind) => void;
  setShuffleSeed: (seed: number) => void;
  setStopOnTolerance: (enabled: boolean) => void;
  setTolerance: (tolerance: number) => void;
  keepCurrentRun: () => void;
  clearKeptRuns: () => void;
}

/** At most this many runs are kept on the loss plot; keeping another drops the oldest. */
export const MAX_KEPT_RUNS = 6;

export const createOptimiserSlice: SliceCreator<OptimiserSlice> = (set) => {
  const change = (patch: Partial<OptimiserSlice>) =>
    set((state) => ({ ...patch, ...recompute({ ...state, ...patch }, 'run') }));
  return {
    ...DEFAULT_OPTIMISATION,
    keptRuns: [],
    setFlavourKind: (flavourKind) => change({ flavourKind }),
    setBatchSize: (batchSize) => {
      if (isValidBatchSize(batchSize)) change({ batchSize });
    },
    setOptimiserKind: (optimiserKind) => change({ optimiserKind }),
    setShuffleSeed: (shuffleSeed) => {
      if (isValidSeed(shuffleSeed)) change({ shuffleSeed });
    },
    setStopOnTolerance: (stopOnTolerance) => change({ stopOnTolerance }),
    setTolerance: (tolerance) => {
      if (isValidTolerance(tolerance)) change({ tolerance });
    },
    keepCurrentRun: () =>
      set((state) => {
        const trajectory = selectActiveRun(state);
        if (!trajectory) return {};
        const label = describeRunSettings(state);
        const finalLoss = trajectory.losses[trajectory.lastEpoch];
        const duplicate = state.keptRuns.some(
          (run) => run.label === label && run.losses[run.losses.length - 1] === finalLoss,
        );
        if (duplicate) return {};
        const { epochs, values } = downsampleSeries(trajectory.losses, 600);
        const id = (state.keptRuns[state.keptRuns.length - 1]?.id ?? 0) + 1;
        const used = new Set(state.keptRuns.slice(-(MAX_KEPT_RUNS - 1)).map((run) => run.colour));
        const colour =
          OVERLAY_COLOURS.find((candidate) => !used.has(candidate)) ?? OVERLAY_COLOURS[id % OVERLAY_COLOURS.length]!;
        const run: KeptRun = { id, label, epochs, losses: values, colour };
        return { keptRuns: [...state.keptRuns, run].slice(-MAX_KEPT_RUNS) };
      }),
    clearKeptRuns: () => set({ keptRuns: [] }),
  };
};
