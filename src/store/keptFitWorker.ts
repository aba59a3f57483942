import type { ImportedColumn } from '../adapters/csv/types';
import { type DataSet, findColumn } from '../model/dataSet';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { ModelChoice } from '../model/manyFeatures/modelChoice';
import type { RegressionProblem } from '../model/regressionProblem';
import { withScaledColumnsOnDemand } from '../model/scaledColumnsOnDemand';
import { type SummaryInput, summaryInputOf } from '../model/summary/regressionSummaryOf';
import type { DataSetShape } from '../workers/heldColumns';
import type { PrepareFitReply, TrainingSplit } from '../workers/prepareFitProtocol';
import type { PreparationRefusal, PrepareManyFitReply } from '../workers/prepareManyFitProtocol';
import {
  type HeldModel,
  isStale,
  namesOf,
  type SummariseColumnsRequest,
  type SummaryReply,
} from '../workers/prepareSummaryProtocol';
import { withPageColumns, withPageManyColumns } from './keptFitWorkerColumns';
import { connectFitWorker, type FitWorkerConnection } from './keptFitWorkerConnection';
import { nextTask, SLICE_VALUES, sliceColumn } from './slicedColumns';

/** The answer to a request overtaken by a newer one on the page (the newer choice wins). */
const OVERTAKEN: PreparationRefusal = { ok: false, stale: true, message: 'A newer choice replaced this one.' };

/** The data set whose columns the worker holds, its key, and each column's hand-over (started once). */
interface HeldSet {
  readonly dataSet: DataSet;
  readonly key: number;
  readonly sent: Map<string, Promise<unknown>>;
}

/** Where a problem the worker prepared came from: enough to prepare it there again for its summary. */
interface Origin {
  readonly dataSet: DataSet;
  readonly model: HeldModel;
}

type Problem = RegressionProblem | ManyFeatureProblem;

/** The request's `split` field: present only when rows are held out (a plain copy, for the structured clone). */
function splitOf(split: TrainingSplit | undefined): { split?: TrainingSplit } {
  if (!split) return {};
  const { testFraction, seed, check } = split;
  return { split: check ? { testFraction, seed, check } : { testFraction, seed } };
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
 * drops the old one's columns when the first of the new arrives (or when {@link forgetUnless}
 * says the page moved on). A weight-vector request
 * overtaken by a newer one resolves as stale (the newer choice wins). The regression summary of
 * a problem this worker prepared is computed there from the columns it holds (only the choice
 * travels). A worker that fails is
 * stopped and forgotten: the call resolves with the reason, and the next call starts a new
 * worker and sends the columns again.
 */
export class KeptFitWorker {
  private connection: FitWorkerConnection | null = null;
  private held: HeldSet | null = null;
  private keys = 0;
  private sequence = 0;
  private readonly origins = new WeakMap<Problem, Origin>();
  private readonly summaries = new WeakMap<Problem, Promise<SummaryReply>>();

  constructor(
    private readonly connect: () => FitWorkerConnection = connectFitWorker,
    private readonly pause: () => Promise<void> = nextTask,
  ) {}

  /**
   * The weight-vector problem of `choice` (on the training rows of `split` when rows are held
   * out), its reason for refusing, or stale when a newer request overtook it.
   */
  async prepareMany(
    dataSet: DataSet,
    choice: ModelChoice,
    scaled: boolean,
    split?: TrainingSplit,
  ): Promise<PrepareManyFitReply> {
    const sequence = ++this.sequence;
    // a plain copy: the store's choice may carry more fields than the request needs
    const plain: ModelChoice = {
      featureName: choice.featureName,
      extraFeatures: [...choice.extraFeatures],
      responseName: choice.responseName,
      polynomialDegree: choice.polynomialDegree,
      throughOrigin: choice.throughOrigin,
    };
    const model: HeldModel = { kind: 'many', choice: plain };
    const reply = await this.call(
      dataSet,
      namesOf(model),
      'The model could not be prepared in the background',
      (connection, key) =>
        connection.prepareMany({ key, sequence, shape: shapeOf(dataSet), choice: plain, scaled, ...splitOf(split) }),
    );
    if (sequence !== this.sequence) return OVERTAKEN;
    if (!reply.ok) return reply;
    const problem = reply.columnsOnPage ? withPageManyColumns(reply.problem, dataSet) : reply.problem;
    if (!problem)
      return { ok: false, message: 'The model could not be prepared in the background (a column went missing).' };
    // the worker summarises from the rows it holds, every row: a model of the training rows sends its own
    if (!split) this.origins.set(problem, { dataSet, model });
    return reply.heldOut === undefined ? { ok: true, problem } : { ok: true, problem, heldOut: reply.heldOut };
  }

  /**
   * The one-feature line (on the training rows of `split` when rows are held out), or its
   * reason for refusing (stale when the data set was replaced meanwhile). With no row left out
   * its raw columns are the data set's own arrays (the worker does not send them back).
   */
  async prepareLine(
    dataSet: DataSet,
    featureName: string,
    responseName: string,
    scaled: boolean,
    split?: TrainingSplit,
  ): Promise<PrepareFitReply> {
    const model: HeldModel = { kind: 'line', featureName, responseName };
    const reply = await this.call(
      dataSet,
      namesOf(model),
      'The fit could not be prepared in the background',
      (connection, key) =>
        connection.prepareLine({ key, shape: shapeOf(dataSet), featureName, responseName, scaled, ...splitOf(split) }),
    );
    if (!reply.ok) return reply;
    const withColumns = reply.rawOnPage ? withPageColumns(reply.problem, dataSet) : reply.problem;
    if (!withColumns)
      return { ok: false, message: 'The fit could not be prepared in the background (a column went missing).' };
    const problem = withScaledColumnsOnDemand(withColumns);
    if (!split) this.origins.set(problem, { dataSet, model });
    return reply.heldOut === undefined ? { ok: true, problem } : { ok: true, problem, heldOut: reply.heldOut };
  }

  /**
   * The regression summary of `problem` in the worker: for a problem it prepared, from the
   * columns it holds (only the choice travels); for any other, from the problem's own columns,
   * copied a slice per task and transferred. Asked twice for one problem, it computes it once.
   * Stale when a newer model was asked for before the worker started on it (ask again if the
   * problem is still the one shown); a failed worker gives a message saying so.
   */
  summarise(problem: Problem): Promise<SummaryReply> {
    let summary = this.summaries.get(problem);
    if (!summary) {
      summary = this.summariseOnce(problem).then((reply) => {
        if (isStale(reply)) this.summaries.delete(problem);
        return reply;
      });
      this.summaries.set(problem, summary);
    }
    return summary;
  }

  /**
   * Tells the worker to drop the columns it holds unless they are `dataSet`'s: the page moved on
   * to other data (a small set is prepared on the page), and a large set's columns would
   * otherwise stay in memory, the worker's and (through the reference kept here) the page's.
   */
  forgetUnless(dataSet: DataSet): void {
    if (!this.held || this.held.dataSet === dataSet) return;
    this.held = null;
    const key = ++this.keys;
    void this.connection?.release(key).catch(() => {});
  }

  /** Stops the worker and forgets what it held (the next call starts afresh). */
  stop(): void {
    this.connection?.terminate();
    this.connection = null;
    this.held = null;
  }

  private summariseOnce(problem: Problem): Promise<SummaryReply> {
    const failure = 'The summary could not be computed in the background';
    const origin = this.origins.get(problem);
    if (origin)
      return this.call(origin.dataSet, namesOf(origin.model), failure, (connection, key) =>
        connection.summariseHeld({
          key,
          shape: shapeOf(origin.dataSet),
          model: origin.model,
        }),
      );
    return this.call(null, [], failure, async (connection) => {
      const { request, buffers } = await this.slicedRequest(summaryInputOf(problem));
      return connection.summariseColumns(request, buffers);
    });
  }

  /**
   * Runs `request` on the worker (started if need be) once it holds the named columns of
   * `dataSet` (none sent when `dataSet` is null); a worker that fails is stopped, and the call
   * resolves with `failure` and the reason.
   */
  private async call<Reply>(
    dataSet: DataSet | null,
    names: readonly string[],
    failure: string,
    request: (connection: FitWorkerConnection, key: number) => Promise<Reply>,
  ): Promise<Reply | PreparationRefusal> {
    let connection: FitWorkerConnection | null = null;
    try {
      connection = this.connection ??= this.connect();
      const key = dataSet ? await Promise.race([this.send(connection, dataSet, names), connection.failed]) : -1;
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

  /**
   * The summary's input with its columns cut into slices in buffers of their own (to be
   * transferred; the problem keeps its arrays), one slice copied per task. No copy of a whole
   * column is allocated here: a 5,000,000-row column's 40 MB in one allocation cost the page a
   * long task (and a full garbage collection) after an import or a restore.
   */
  private async slicedRequest(
    input: SummaryInput,
  ): Promise<{ request: SummariseColumnsRequest; buffers: ArrayBuffer[] }> {
    const buffers: ArrayBuffer[] = [];
    const sliced = (values: Float64Array) => sliceColumn(values, buffers, this.pause);
    const features = [];
    for (const feature of input.linear.features) features.push({ ...feature, values: await sliced(feature.values) });
    const response = await sliced(input.linear.response);
    return { request: { input: { ...input, linear: { ...input.linear, features, response } } }, buffers };
  }
}
