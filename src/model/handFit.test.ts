import { describe, expect, it } from 'vitest';
import { handlePoints, initialHandLine, nudgeLine, scoreHandFit, shiftLine, turnLine, turnLineByKey } from './handFit';

const frame = { xMin: 0, xMax: 10, yMin: -5, yMax: 15 };

describe('moving a hand-made line', () => {
  it('starts flat at the middle of the frame', () => {
    expect(initialHandLine(frame)).toEqual({ intercept: 5, slope: 0 });
  });
  it('puts the handles on the line, a fifth in from each side', () => {
    expect(handlePoints({ intercept: 1, slope: 2 }, frame)).toEqual([
      { x: 2, y: 5 },
      { x: 8, y: 17 },
    ]);
  });
  it('shifts by the drag: the point grabbed moves with the pointer and the slope stays', () => {
    const line = { intercept: 1, slope: 2 };
    const moved = shiftLine(line, { x: 3, y: 7 }, { x: 4, y: 6 });
    // (3, 7) was on the line; it is now at (4, 6): 2·4 + b = 6 → b = −2
    expect(moved).toEqual({ intercept: -2, slope: 2 });
  });
  it('turns about the other handle so that the line passes through both', () => {
    const line = turnLine({ intercept: 1, slope: 2 }, { x: 2, y: 5 }, { x: 6, y: 1 });
    expect(line).toEqual({ intercept: 7, slope: -1 });
  });
  it("refuses a turn onto the pivot's own x (an infinite slope)", () => {
    const line = { intercept: 1, slope: 2 };
    expect(turnLine(line, { x: 2, y: 5 }, { x: 2, y: 9 })).toBe(line);
  });
  it('moves by keys: 2% of the frame height up, a turn that keeps the height at the middle', () => {
    expect(nudgeLine({ intercept: 1, slope: 2 }, frame, 1)).toEqual({ intercept: 1.4, slope: 2 });
    expect(nudgeLine({ intercept: 1, slope: 2 }, frame, -1, true)).toEqual({ intercept: -3, slope: 2 });
    const turned = turnLineByKey({ intercept: 1, slope: 2 }, frame, 1);
    expect(turned.slope).toBeCloseTo(2.04, 15);
    expect(turned.intercept + turned.slope * 5).toBeCloseTo(11, 13);
  });
});

describe('scoreHandFit', () => {
  it('measures the excess over the minimum as a share of it', () => {
    expect(scoreHandFit(1.05, 1, 10).excess).toBeCloseTo(0.05, 15);
    expect(scoreHandFit(1.05, 1, 10).verdict).toMatch(/5\.0% above/);
    expect(scoreHandFit(1.004, 1, 10).verdict).toMatch(/Within 0\.4%/);
    expect(scoreHandFit(3, 1, 10).verdict).toMatch(/3\.0 times/);
  });
  it('never calls a line better than least squares, even when rounding puts it a hair below', () => {
    expect(scoreHandFit(1 - 1e-16, 1, 10).excess).toBe(0);
    expect(scoreHandFit(1, 1, 10).verdict).toMatch(/Within a billionth/);
  });
  it('falls back on the response variance when the points lie exactly on a line', () => {
    expect(scoreHandFit(0.5, 0, 10).excess).toBe(0.05);
  });
});
