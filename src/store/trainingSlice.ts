import type { OptimiserTrajectory } from '../core/optimisers/settings';
import type { RegressionProblem } from '../model/regressionProblem';
import type { RunSummary } from '../model/runSummary';
import { selectActiveRun } from './activeRun';
import type { SliceCreator } from './notebookState';

export interface TrainingSlice {
  /** The epoch on screen: 0 is the starting line, `trajectory.lastEpoch` the end of the run. */
  currentEpoch: number;
  playing: boolean;
  /** Epochs advanced per second while playing. */
  playbackSpeed: number;
  problem: RegressionProblem | null;
  /** Why the chosen data cannot be fitted, in words; null when it can. */
  problemError: string | null;
  trajectory: OptimiserTrajectory | null;
  /** What the whole run did (first converged epoch, first rise), found once per run. */
  runSummary: RunSummary | null;
  step: (epochs?: number) => void;
  goToEpoch: (epoch: number) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  runToEnd: () => void;
  reset: () => void;
  setPlaybackSpeed: (epochsPerSecond: number) => void;
}

export const PLAYBACK_SPEEDS = [1, 2, 5, 10, 20, 50, 100, 500, 2000] as const;

export const createTrainingSlice: SliceCreator<TrainingSlice> = (set, get) => {
  const moveTo = (epoch: number, playing: boolean) =>
    set((state) => {
      const run = selectActiveRun(state);
      if (!run) return {};
      const lastEpoch = run.lastEpoch;
      const currentEpoch = Math.max(0, Math.min(lastEpoch, Math.round(epoch)));
      // Moving through a run recomputes nothing; the status is derived (statusSelector.ts).
      return { currentEpoch, playing: playing && currentEpoch < lastEpoch };
    });
  return {
    currentEpoch: 0,
    playing: false,
    playbackSpeed: 20,
    problem: null,
    problemError: null,
    trajectory: null,
    runSummary: null,
    step: (epochs = 1) => moveTo(get().currentEpoch + epochs, get().playing),
    goToEpoch: (epoch) => moveTo(epoch, get().playing),
    play: () => {
      const trajectory = selectActiveRun(get());
      const currentEpoch = get().currentEpoch;
      if (!trajectory) return;
      // Playing from the end replays the run from the start.
      moveTo(currentEpoch >= trajectory.lastEpoch ? 0 : currentEpoch, true);
    },
    pause: () => moveTo(get().currentEpoch, false),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    runToEnd: () => moveTo(Number.MAX_SAFE_INTEGER, false),
    reset: () => moveTo(0, false),
    setPlaybackSpeed: (playbackSpeed) => set({ playbackSpeed }),
  };
};
