import { describe, expect, it } from 'vitest';
import type { CsvImportMessage } from './workerProtocol';
import { transferableBuffers } from './workerProtocol';
import { runCsvImportRequest, throttleProgress } from './workerSession';

async function run(file: Blob, maxBytes?: number) {
  const posted: { message: CsvImportMessage; transfer: ArrayBuffer[] }[] = [];
  await runCsvImportRequest({ file, maxBytes }, (message, transfer) => posted.push({ message, transfer }));
  return posted;
}

describe('runCsvImportRequest (the worker, without the worker)', () => {
  it('posts progress, then the result with every column buffer listed for transfer', async () => {
    const posted = await run(new Blob(['x,y,z\n1,2,3\n4,5,6\n']));
    const last = posted.at(-1)!;
    expect(posted.slice(0, -1).every(({ message }) => message.type === 'progress')).toBe(true);
    expect(posted.at(-2)!.message).toEqual({ type: 'progress', fraction: 1 });
    expect(last.message.type).toBe('result');
    if (last.message.type !== 'result' || !last.message.result.ok) throw new Error('expected a table');
    expect(last.transfer).toEqual(last.message.result.table.columns.map((column) => column.values.buffer));
    expect(new Set(last.transfer).size).toBe(3);
  });
  it('posts a failure with nothing to transfer', async () => {
    const posted = await run(new Blob(['']));
    expect(posted.at(-1)).toEqual({
      message: { type: 'result', result: { ok: false, problem: expect.objectContaining({ code: 'empty-file' }) } },
      transfer: [],
    });
  });
  it('passes the size limit on', async () => {
    const posted = await run(new Blob(['x,y\n1,2\n3,4\n']), 4);
    const last = posted.at(-1)!.message;
    expect(last.type === 'result' && !last.result.ok && last.result.problem.code).toBe('file-too-large');
  });
  it('turns an unexpected exception into an import-failed result', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('disk unplugged')) } as unknown as Blob;
    const posted = await run(broken);
    const last = posted.at(-1)!.message;
    expect(last.type === 'result' && !last.result.ok && last.result.problem).toEqual({
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
