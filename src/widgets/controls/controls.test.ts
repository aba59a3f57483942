import { describe, expect, it } from 'vitest';
import { EPOCH_BUDGET_SCALE, LEARNING_RATE_SCALE, lastPosition, positionOf, valueAt } from '../../format/logScale';
import { parseEpochBudget, parseLearningRate } from './parseTypedNumber';

describe('the learning-rate slider scale', () => {
  it('spans 1e−5 … 10 with 100 positions a decade', () => {
    expect(lastPosition(LEARNING_RATE_SCALE)).toBe(600);
    expect(valueAt(LEARNING_RATE_SCALE, 0)).toBe(1e-5);
    expect(valueAt(LEARNING_RATE_SCALE, 600)).toBe(10);
  });
  it('lands exactly on 0.1 and round-trips every position', () => {
    expect(valueAt(LEARNING_RATE_SCALE, positionOf(LEARNING_RATE_SCALE, 0.1))).toBe(0.1);
    for (let position = 0; position <= 600; position++) {
      expect(positionOf(LEARNING_RATE_SCALE, valueAt(LEARNING_RATE_SCALE, position))).toBe(position);
    }
  });
  it('pins values outside the track to its ends', () => {
    expect(positionOf(LEARNING_RATE_SCALE, 1e-9)).toBe(0);
    expect(positionOf(LEARNING_RATE_SCALE, 500)).toBe(600);
  });
});

describe('the epoch-budget slider scale', () => {
  it('spans 1 … 100 000 in whole epochs', () => {
    expect(valueAt(EPOCH_BUDGET_SCALE, 0)).toBe(1);
    expect(valueAt(EPOCH_BUDGET_SCALE, lastPosition(EPOCH_BUDGET_SCALE))).toBe(100_000);
    expect(valueAt(EPOCH_BUDGET_SCALE, positionOf(EPOCH_BUDGET_SCALE, 1000))).toBe(1000);
    for (let position = 0; position <= 500; position += 7)
      expect(Number.isInteger(valueAt(EPOCH_BUDGET_SCALE, position))).toBe(true);
  });
});

describe('parseLearningRate', () => {
  it('accepts plain, exponent and decimal-comma numbers', () => {
    expect(parseLearningRate('0.1')).toEqual({ ok: true, value: 0.1 });
    expect(parseLearningRate(' 2.5e-5 ')).toEqual({ ok: true, value: 0.000025 });
    expect(parseLearningRate('0,05')).toEqual({ ok: true, value: 0.05 });
  });
  it('explains what is wrong with empty, non-numeric, zero, negative and huge input', () => {
    expect(parseLearningRate('')).toMatchObject({ ok: false, message: expect.stringMatching(/Type a learning rate/) });
    expect(parseLearningRate('fast')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/“fast” is not a number/),
    });
    expect(parseLearningRate('0')).toMatchObject({ ok: false, message: expect.stringMatching(/greater than 0/) });
    expect(parseLearningRate('-1')).toMatchObject({ ok: false, message: expect.stringMatching(/greater than 0/) });
    expect(parseLearningRate('1e400')).toMatchObject({ ok: false, message: expect.stringMatching(/at most 1000/) });
  });
});

describe('parseEpochBudget', () => {
  it('accepts whole numbers, with thousands separators', () => {
    expect(parseEpochBudget('1000')).toEqual({ ok: true, value: 1000 });
    expect(parseEpochBudget('200,000')).toEqual({ ok: true, value: 200_000 });
  });
  it('refuses fractions, zero and too many epochs with a reason', () => {
    expect(parseEpochBudget('2.5')).toMatchObject({ ok: false, message: expect.stringMatching(/whole/) });
    expect(parseEpochBudget('0')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/from 1 to 1,000,000/),
    });
    expect(parseEpochBudget('5000000')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/from 1 to 1,000,000/),
    });
  });
});
