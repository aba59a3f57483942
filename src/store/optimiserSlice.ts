import { downsampleSeries } from '../plots/downsample';
import { OVERLAY_COLOURS } from '../plots/palette';
import type { Flavour, Optimiser } from '../core/optimisers/settings';
import type { SliceCreator } from './notebookState';
import { recompute } from './recompute';

export type FlavourKind = Flavour['kind'];
export type OptimiserKind = Optimiser['kind'];

/** A finished run kept on the loss plot for comparison: its label and its thinned loss curve. */
export interface KeptRun {
  readonly id: number;
  readonly label: string;
  readonly epochs: readonly number[];
  readonly losses: readonly number[];
  /** Chosen when kept, so curves keep their colour when older ones are dropped. */
  readonly colour: string;
}

export interface OptimiserSlice {
  flavourKind: FlavourKind;
  /** Points per update for mini-batch descent. */
  batchSize: number;
  optimiserKind: OptimiserKind;
  /** Seed of the generator that reshuffles the points each epoch (mini-batch and stochastic). */
  shuffleSeed: number;
  /** Stop early once the loss changes by at most `tolerance` (relative) from one epoch to the next. */
  stopOnTolerance: boolean;
  tolerance: number;
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

export const DEFAULT_OPTIMISATION = {
  flavourKind: 'batch', batchSize: 16, optimiserKind: 'plain', shuffleSeed: 20_260, stopOnTolerance: false, tolerance: 1e-9,
} as const;

/** The flavour and optimiser the core runs, built from the slice's plain fields. */
export function flavourOf(state: Pick<OptimiserSlice, 'flavourKind' | 'batchSize' | 'shuffleSeed'>): Flavour {
  if (state.flavourKind === 'mini-batch') return { kind: 'mini-batch', batchSize: state.batchSize, seed: state.shuffleSeed };
  if (state.flavourKind === 'stochastic') return { kind: 'stochastic', seed: state.shuffleSeed };
  return { kind: 'batch' };
}

export function optimiserOf(state: Pick<OptimiserSlice, 'optimiserKind'>): Optimiser {
  return { kind: state.optimiserKind };
}

/** A short description of a run's settings, e.g. "rate 0.1 · mini-batch 16 · Adam". */
export function describeRunSettings(state: Pick<OptimiserSlice, 'flavourKind' | 'batchSize' | 'optimiserKind'> & { learningRate: number }): string {
  const flavour = state.flavourKind === 'mini-batch' ? `mini-batch ${state.batchSize}` : state.flavourKind;
  const optimiser = { plain: 'plain', momentum: 'momentum', adam: 'Adam' }[state.optimiserKind];
  return `rate ${state.learningRate} · ${flavour} · ${optimiser}`;
}

export const createOptimiserSlice: SliceCreator<OptimiserSlice> = (set) => {
  const change = (patch: Partial<OptimiserSlice>) => set((state) => ({ ...patch, ...recompute({ ...state, ...patch }, 'run') }));
  return {
    ...DEFAULT_OPTIMISATION,
    keptRuns: [],
    setFlavourKind: (flavourKind) => change({ flavourKind }),
    setBatchSize: (batchSize) => { if (Number.isInteger(batchSize) && batchSize >= 1) change({ batchSize }); },
    setOptimiserKind: (optimiserKind) => change({ optimiserKind }),
    setShuffleSeed: (shuffleSeed) => { if (Number.isInteger(shuffleSeed) && shuffleSeed >= 0 && shuffleSeed <= 0xffffffff) change({ shuffleSeed }); },
    setStopOnTolerance: (stopOnTolerance) => change({ stopOnTolerance }),
    setTolerance: (tolerance) => { if (Number.isFinite(tolerance) && tolerance > 0 && tolerance < 1) change({ tolerance }); },
    keepCurrentRun: () => set((state) => {
      if (!state.trajectory) return {};
      const label = describeRunSettings(state);
      const finalLoss = state.trajectory.losses[state.trajectory.lastEpoch];
      const duplicate = state.keptRuns.some((run) => run.label === label && run.losses[run.losses.length - 1] === finalLoss);
      if (duplicate) return {};
      const { epochs, values } = downsampleSeries(state.trajectory.losses, 600);
      const id = (state.keptRuns[state.keptRuns.length - 1]?.id ?? 0) + 1;
      const used = new Set(state.keptRuns.slice(-(MAX_KEPT_RUNS - 1)).map((run) => run.colour));
      const colour = OVERLAY_COLOURS.find((candidate) => !used.has(candidate)) ?? OVERLAY_COLOURS[id % OVERLAY_COLOURS.length]!;
      const run: KeptRun = { id, label, epochs, losses: values, colour };
      return { keptRuns: [...state.keptRuns, run].slice(-MAX_KEPT_RUNS) };
    }),
    clearKeptRuns: () => set({ keptRuns: [] }),
  };
};
