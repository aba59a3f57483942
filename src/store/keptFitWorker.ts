import { transfer, wrap } from 'comlink';
import type { ImportedColumn } from '../adapters/csv/types';
import { type DataSet, findColumn } from '../model/dataSet';
import type { ModelChoice } from '../model/manyFeatures/modelChoice';
import type { DataSetShape, HeldColumnShape } from '../workers/heldColumns';
import type { PrepareFitReply, PrepareFitRequest } from '../workers/prepareFitProtocol';
import type { FitPreparationWorkerApi } from '../workers/prepareManyFit.worker';
import type { PreparationRefusal, PrepareManyFitReply, PrepareManyFitRequest } from '../workers/prepareManyFitProtocol';

/**
 * What the page needs of the preparation worker: its three calls, a promise that rejects with
 * a readable reason when the worker fails (a script that cannot run, an error outside a call,
 * a reply that cannot be read: without it a broken worker would leave a call pending for
 * ever), and a way to stop it. Tests connect to the worker's logic in the same thread.
 */
export interface FitWorkerConnection {
  /** Hands rows `start…` of a column `length` values long (the slice transferred) to the worker for data set `key`. */
  holdSlice(key: number, column: HeldColumnShape, length: number, start: number, slice: Float64Array): Promise<boolean>;
  prepareMany(request: PrepareManyFitRequest): Promise<PrepareManyFitReply>;
  prepareLine(request: PrepareFitRequest): Promise<PrepareFitReply>;
  readonly failed: Promise<never>;
  terminate(): void;
}

/** Starts the module worker and wraps it through comlink. */
export function connectFitWorker(): FitWorkerConnection {
  const worker = new Worker(new URL('../workers/prepareManyFit.worker.ts', import.meta.url), { type: 'module' });
  let fail: (reason: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => {});
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(`the background worker failed: ${event.message || 'its script could not be run'}`));
  });
  worker.addEventListener('messageerror', () =>
    fail(new Error('the background worker sent a reply that could not be read')),
  );
  const remote = wrap<FitPreparationWorkerApi>(worker);
  return {
    holdSlice: (key, column, length, start, slice) =>
      remote.holdSlice(key, column, length, start, transfer(slice, [slice.buffer as ArrayBuffer])),
    prepareMany: (request) => remote.prepareMany(request),
    prepareLine: (request) => remote.prepareLine(request),
    failed,
    terminate: () => worker.terminate(),
  };
}

/** Values sent per task: 2 MB, a millisecond or two to copy, so the page answers between slices. */
export const SLICE_VALUES = 262_144;

/** Waits for the next task (a zero-delay timeout), so the page can paint and answer input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The answer to a request overtaken by a newer one on the page (the newer choice wins). */
const OVERTAKEN: PreparationRefusal = { ok: false, stale: true, message: 'A newer choice replaced this one.' };

/** The data set whose columns the worker holds, its key, and each column's hand-over (started once). */
interface HeldSet {
  readonly dataSet: DataSet;
  readonly key: number;
  readonly sent: Map<string, Promise<unknown>>;
}

function shapeOf(dataSet: DataSet): DataSetShape {
  const { columns: _columns, testSet: _testSet, ...shape } = dataSet;
  return shape;
}

/**
 * The page's side of one long-lived preparation worker. The first request about a data set
 * sends the columns it needs, each as slices of {@link SLICE_VALUES} values copied and
 * transferred one per task (never cloned in one piece, and never a second whole copy on the
 * page; the worker assembles the column); later requests send only
 * the columns not sent yet, then the choice. A new data set gets a new key, and the worker
 * drops the old one's columns when the first of the new arrives. A weight-vector request
 * overtaken by a newer one resolves as stale (the newer choice wins). A worker that fails is
 * stopped and forgotten: the call resolves with the reason, and the next call starts a new
 * worker and sends the columns again.
 */
export class KeptFitWorker {
  private connection: FitWorkerConnection | null = null;
  private held: HeldSet | null = null;
  private keys = 0;
  private sequence = 0;

  constructor(
    private readonly connect: () => FitWorkerConnection = connectFitWorker,
    private readonly pause: () => Promise<void> = nextTask,
  ) {}

  /** The weight-vector problem of `choice`, its reason for refusing, or stale when a newer request overtook it. */
  async prepareMany(dataSet: DataSet, choice: ModelChoice, scaled: boolean): Promise<PrepareManyFitReply> {
    const sequence = ++this.sequence;
    // a plain copy: the store's choice may carry more fields than the request needs
    const plain: ModelChoice = {
      featureName: choice.featureName,
      extraFeatures: [...choice.extraFeatures],
      responseName: choice.responseName,
      polynomialDegree: choice.polynomialDegree,
      throughOrigin: choice.throughOrigin,
    };
    const reply = await this.call(
      dataSet,
      [choice.featureName, ...choice.extraFeatures, choice.responseName],
      'The model could not be prepared in the background',
      (connection, key) => connection.prepareMany({ key, sequence, shape: shapeOf(dataSet), choice: plain, scaled }),
    );
    return sequence === this.sequence ? reply : OVERTAKEN;
  }

  /** The one-feature line, or its reason for refusing (stale when the data set was replaced meanwhile). */
  prepareLine(dataSet: DataSet, featureName: string, responseName: string, scaled: boolean): Promise<PrepareFitReply> {
    return this.call(
      dataSet,
      [featureName, responseName],
      'The fit could not be prepared in the background',
      (connection, key) => connection.prepareLine({ key, shape: shapeOf(dataSet), featureName, responseName, scaled }),
    );
  }

  /** Stops the worker and forgets what it held (the next call starts afresh). */
  stop(): void {
    this.connection?.terminate();
    this.connection = null;
    this.held = null;
  }

  private async call<Reply>(
    dataSet: DataSet,
    names: readonly string[],
    failure: string,
    request: (connection: FitWorkerConnection, key: number) => Promise<Reply>,
  ): Promise<Reply | PreparationRefusal> {
    let connection: FitWorkerConnection | null = null;
    try {
      connection = this.connection ??= this.connect();
      const key = await Promise.race([this.send(connection, dataSet, names), connection.failed]);
      return await Promise.race([request(connection, key), connection.failed]);
    } catch (error) {
      if (connection && connection === this.connection) this.stop();
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `${failure} (${reason}).` };
    }
  }

  /** Sends the named columns the worker does not hold yet (each once per data set); resolves with the data set's key. */
  private async send(connection: FitWorkerConnection, dataSet: DataSet, names: readonly string[]): Promise<number> {
    if (this.held?.dataSet !== dataSet) this.held = { dataSet, key: ++this.keys, sent: new Map() };
    const held = this.held;
    const handOvers = [...new Set(names)].map((name) => {
      let sent = held.sent.get(name);
      const column = findColumn(dataSet, name);
      if (!sent && column) {
        sent = this.sendColumn(connection, held.key, column);
        held.sent.set(name, sent);
      }
      return sent;
    });
    await Promise.all(handOvers);
    return held.key;
  }

  /** Posts a column a slice per task (each slice copied and transferred); resolves when the worker holds all of it. */
  private async sendColumn(connection: FitWorkerConnection, key: number, column: ImportedColumn): Promise<unknown> {
    const { values, ...shape } = column;
    const posted: Promise<boolean>[] = [];
    for (let start = 0; start === 0 || start < values.length; start += SLICE_VALUES) {
      await this.pause();
      posted.push(connection.holdSlice(key, shape, values.length, start, values.slice(start, start + SLICE_VALUES)));
    }
    return Promise.all(posted);
  }
}
