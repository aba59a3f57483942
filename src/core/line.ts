/** A straight line `y = intercept + slope · x`: the whole model of simple linear regression. */
export interface Line {
  readonly intercept: number;
  readonly slope: number;
}

/** The line's prediction at `x`, computed as `slope · x + intercept` (the textbook order). */
export function predict(line: Line, x: number): number {
  return line.slope * x + line.intercept;
}

/** The line every gradient-descent run in the lessons starts from. */
export const ZERO_LINE: Line = Object.freeze({ intercept: 0, slope: 0 });
