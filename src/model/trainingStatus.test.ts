import { describe, expect, it } from 'vitest';
import { runOptimiser } from '../core/optimisers/runOptimiser';
import type { Flavour } from '../core/optimisers/settings';
import { loadAdvertising } from './advertisingDataSet';
import { prepareRegressionProblem } from './regressionProblem';
import { summariseRun } from './runSummary';
import { describeTraining } from './trainingStatus';
import { DEFAULT_OPTIMISATION, type FlavourKind } from './userSettings';

// Scaled Advertising, TV → Sales: 2/λmax = 0.792167 (the lesson's stable limit), the published
// run (rate 0.1, 1000 epochs) converges.
const problem = prepareRegressionProblem(loadAdvertising(), 'TV', 'Sales', true);

interface Case {
  readonly name: string;
  readonly learningRate: number;
  readonly epochs: number;
  readonly epoch?: number;
  readonly playing?: boolean;
  readonly tolerance?: number;
  readonly flavour?: Flavour;
  readonly status: string;
  readonly message: RegExp;
}

const cases: Case[] = [
  {
    name: 'at epoch 0 it is ready',
    learningRate: 0.1,
    epochs: 1000,
    epoch: 0,
    status: 'ready',
    message: /^Epoch 0: the line starts flat at zero\. Press Step or Play/,
  },
  {
    name: 'part-way through a paused run',
    learningRate: 0.1,
    epochs: 1000,
    epoch: 10,
    status: 'paused',
    message: /^Epoch 10 of 1000: the loss is still [\d.]+% above the minimum\.$/,
  },
  {
    name: 'while playing',
    learningRate: 0.1,
    epochs: 1000,
    epoch: 5,
    playing: true,
    status: 'running',
    message: /^Running: epoch 5 of 1000\.$/,
  },
  {
    name: 'converging to the least-squares minimum',
    learningRate: 0.1,
    epochs: 1000,
    status: 'converged',
    message:
      /^Converged: the loss equals the least-squares minimum to within one part in a million\. It first got there at epoch \d+\.$/,
  },
  {
    name: 'oscillating just above the stable rate, before it blows up',
    learningRate: 0.8,
    epochs: 60,
    status: 'oscillating',
    message: /^The loss went up at epoch \d+: the steps overshoot .* below 0\.792/,
  },
  {
    name: 'diverged at epoch k',
    learningRate: 5,
    epochs: 1000,
    status: 'diverged',
    message:
      /^Diverged at epoch \d+: the loss grew to over a million times .* a learning rate of 5 is too large for this data\. .* below 0\.792/,
  },
  {
    name: 'stopped at the epoch budget',
    learningRate: 0.01,
    epochs: 100,
    status: 'stopped',
    message:
      /^Stopped at the epoch budget \(100\): the loss is still [\d.]+% above the minimum\. More epochs, or a larger learning rate within the stable range, would get closer\.$/,
  },
  {
    name: 'stopped by the tolerance',
    learningRate: 0.001,
    epochs: 100_000,
    tolerance: 1e-4,
    status: 'stopped',
    message:
      /^Stopped at epoch \d+: the loss changed by less than 0\.0001 of itself in one epoch: the loss is still [\d.]+% above the minimum\.$/,
  },
];

describe('the status of a run, at the epoch on screen', () => {
  it.each(cases)('$name: $status', (testCase) => {
    const flavourKind: FlavourKind = testCase.flavour?.kind ?? 'batch';
    const trajectory = runOptimiser({
      feature: problem.feature,
      response: problem.response,
      learningRate: testCase.learningRate,
      epochs: testCase.epochs,
      tolerance: testCase.tolerance,
      flavour: testCase.flavour,
    });
    const settings = {
      ...DEFAULT_OPTIMISATION,
      flavourKind,
      tolerance: testCase.tolerance ?? 1e-9,
      learningRate: testCase.learningRate,
      epochBudget: testCase.epochs,
    };
    const report = describeTraining(
      problem,
      trajectory,
      summariseRun(problem, trajectory, flavourKind),
      testCase.epoch ?? trajectory.lastEpoch,
      settings,
      testCase.playing ?? false,
    );
    expect(report.status).toBe(testCase.status);
    expect(report.message).toMatch(testCase.message);
    expect(report.message).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('names the epoch where the loss first rose, which is where the run starts to overshoot', () => {
    const trajectory = runOptimiser({
      feature: problem.feature,
      response: problem.response,
      learningRate: 0.8,
      epochs: 60,
    });
    const summary = summariseRun(problem, trajectory, 'batch');
    expect(summary.firstRise).not.toBeNull();
    const rise = summary.firstRise!;
    expect(trajectory.losses[rise]!).toBeGreaterThan(trajectory.losses[rise - 1]!);
    for (let epoch = 1; epoch < rise; epoch++)
      expect(trajectory.losses[epoch]!).toBeLessThanOrEqual(trajectory.losses[epoch - 1]!);
  });

  it('does not call the jitter of shuffled updates an overshoot', () => {
    const trajectory = runOptimiser({
      feature: problem.feature,
      response: problem.response,
      learningRate: 0.1,
      epochs: 50,
      flavour: { kind: 'stochastic', seed: 7 },
    });
    expect(summariseRun(problem, trajectory, 'stochastic').firstRise).toBeNull();
  });
});
