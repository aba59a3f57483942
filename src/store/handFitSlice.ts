import type { Line } from '../core/line';
import type { RegressionProblem } from '../model/regressionProblem';
import type { SliceCreator } from './notebookState';

/** A line the student placed by hand, and the problem it was placed on (it means nothing on other data). */
export interface HandFit {
  readonly line: Line;
  readonly problem: RegressionProblem;
}

export interface HandFitSlice {
  handFit: HandFit | null;
  /** Draw each residual as a square whose area is its squared error, instead of a segment. */
  residualSquares: boolean;
  /** Places the hand-made line on the problem on screen (finite values only); null removes it. */
  setHandLine: (line: Line | null) => void;
  setResidualSquares: (squares: boolean) => void;
}

/** The hand-made line for the problem on screen, or null (none yet, or placed on other data or scaling). */
export function selectHandLine(state: { handFit: HandFit | null; problem: RegressionProblem | null }): Line | null {
  return state.handFit && state.problem && state.handFit.problem === state.problem ? state.handFit.line : null;
}

export const createHandFitSlice: SliceCreator<HandFitSlice> = (set) => ({
  handFit: null,
  residualSquares: false,
  setHandLine: (line) =>
    set((state) => {
      if (!line) return { handFit: null };
      if (!state.problem || !Number.isFinite(line.intercept) || !Number.isFinite(line.slope)) return {};
      return { handFit: { line, problem: state.problem } };
    }),
  setResidualSquares: (residualSquares) => set({ residualSquares }),
});
