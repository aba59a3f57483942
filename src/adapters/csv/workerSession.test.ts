import { describe, expect, it } from 'vitest';
import { transferableBuffers } from './workerProtocol';
import { importForWorker, throttleProgress } from './workerSession';

describe('importForWorker (the worker, without the worker)', () => {
  it('reports progress up to 1 and returns the table', async () => {
    const fractions: number[] = [];
    const result = await importForWorker(new Blob(['x,y,z\n1,2,3\n4,5,6\n']), {}, (f) => fractions.push(f));
    expect(fractions.at(-1)).toBe(1);
    expect(result.ok && result.table.columns.map((column) => column.name)).toEqual(['x', 'y', 'z']);
  });
  it('passes the size limit on', async () => {
    const result = await importForWorker(new Blob(['x,y\n1,2\n3,4\n']), { maxBytes: 4 }, () => {});
    expect(!result.ok && result.problem.code).toBe('file-too-large');
  });
  it('turns an unexpected exception into an import-failed result', async () => {
    const broken = { size: 10, arrayBuffer: () => Promise.reject(new Error('disk unplugged')) } as unknown as Blob;
    const result = await importForWorker(broken, {}, () => {});
    expect(!result.ok && result.problem).toEqual({
      code: 'import-failed',
      message: expect.stringMatching(/could not be read \(disk unplugged\)/),
    });
  });
});

describe('throttleProgress', () => {
  it('passes on a fraction once it has risen by the step, and always the end', () => {
    const passed: number[] = [];
    const report = throttleProgress((fraction) => passed.push(fraction), 0.25);
    for (const fraction of [0.125, 0.25, 0.375, 0.5, 0.625, 0.875, 0.9375, 1]) report(fraction);
    expect(passed).toEqual([0.125, 0.375, 0.625, 0.875, 1]);
  });
  it('keeps 500 pieces to about a hundred messages with the default step', () => {
    let messages = 0;
    const report = throttleProgress(() => messages++);
    for (let piece = 1; piece <= 500; piece++) report(piece / 500);
    expect(messages).toBeLessThanOrEqual(101);
    expect(messages).toBeGreaterThanOrEqual(90);
  });
});

describe('transferableBuffers', () => {
  it('lists nothing for a failed import', () => {
    expect(transferableBuffers({ ok: false, problem: { code: 'empty-file', message: '' } })).toEqual([]);
  });
});
