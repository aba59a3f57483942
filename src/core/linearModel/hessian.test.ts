import { describe, expect, it } from 'vitest';
import { createRandomSource, uniform } from '../random';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { largestStableLearningRate } from '../stability';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { gramStatistics } from './gramStatistics';
import { hessianSpectrum } from './hessian';
import { symmetricEigen } from './symmetricEigen';

describe('hessianSpectrum', () => {
  it('reproduces reference C on scaled TV + Radio + Newspaper: 2/λmax = 0.6368679010630375, eigenvalues and condition 53.6', () => {
    const { tv, radio, newspaper, sales } = readAdvertisingColumns();
    const scaled = (values: number[]) => applyScaler(fitMinMaxScaler(values), values);
    const spectrum = hessianSpectrum(gramStatistics([scaled(tv), scaled(radio), scaled(newspaper)], scaled(sales)));
    expect(Math.abs(spectrum.largestStableLearningRate - 0.6368679010630375)).toBeLessThan(1e-12 * 0.6368679010630375);
    expect([...spectrum.eigenvalues].reverse().map((value) => Number(value.toPrecision(7)))).toEqual([
      0.05858696, 0.1216214, 0.1699331, 3.140369,
    ]);
    expect(spectrum.conditionNumber.toFixed(1)).toBe('53.6');
    expect(spectrum.smallest).toBe(spectrum.eigenvalues[3]);
  });
  it('with one feature gives the one-feature largest stable learning rate', () => {
    const random = createRandomSource(2);
    const feature = Float64Array.from({ length: 50 }, () => uniform(random, 100, 300));
    const spectrum = hessianSpectrum(
      gramStatistics(
        [feature],
        feature.map((x) => 2 * x),
      ),
    );
    expect(Math.abs(spectrum.largestStableLearningRate / largestStableLearningRate(feature) - 1)).toBeLessThan(1e-13);
  });
  it('agrees with numpy.linalg.eigvalsh of (2/N)·AᵀA on random designs, with and without intercept', {
    timeout: 60_000,
  }, () => {
    const cases = Array.from({ length: 12 }, (_, seed) => {
      const random = createRandomSource(seed + 40);
      const p = 1 + (seed % 6);
      return {
        columns: Array.from({ length: p }, () => Array.from({ length: 30 }, () => uniform(random, -2, 5) * (1 + seed))),
        intercept: seed % 2 === 0,
      };
    });
    const numpy = runPython<number[][]>(
      `
import json, sys
import numpy as np
out = []
for case in json.load(sys.stdin):
    X = np.array(case['columns']).T
    A = np.column_stack([np.ones(len(X)), X]) if case['intercept'] else X
    out.append(np.linalg.eigvalsh((2 / len(X)) * A.T @ A)[::-1].tolist())
print(json.dumps(out))`,
      cases,
    );
    cases.forEach((testCase, index) => {
      const columns = testCase.columns.map((column) => Float64Array.from(column));
      const spectrum = hessianSpectrum(gramStatistics(columns, new Float64Array(30)), testCase.intercept);
      const expected = numpy[index]!;
      expect(spectrum.eigenvalues).toHaveLength(expected.length);
      // each eigenvalue to ε·λmax absolute (the accuracy of both solvers), the largest to 1e−13
      expected.forEach((value, k) => {
        expect(Math.abs(spectrum.eigenvalues[k]! - value)).toBeLessThan(1e-13 * expected[0]!);
      });
    });
  });
});

describe('symmetricEigen', () => {
  it('diagonalises a symmetric matrix: A·v = λ·v with orthonormal vectors, largest first', () => {
    const matrix = Float64Array.of(4, 1, 2, 1, 3, 0, 2, 0, 5);
    const { values, vectors } = symmetricEigen(matrix, 3);
    expect(values[0]!).toBeGreaterThan(values[1]!);
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < 3; i++) {
        const av =
          matrix[i * 3]! * vectors[k]! + matrix[i * 3 + 1]! * vectors[3 + k]! + matrix[i * 3 + 2]! * vectors[6 + k]!;
        expect(av).toBeCloseTo(values[k]! * vectors[i * 3 + k]!, 13);
      }
    }
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(12, 13);
  });
  it('refuses a matrix of the wrong size', () => {
    expect(() => symmetricEigen([1, 2, 3], 2)).toThrow(RangeError);
  });
});
