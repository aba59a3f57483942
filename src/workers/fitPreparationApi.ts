import { DataError } from '../core/dataError';
import type { LinearProblem } from '../core/linearModel/model';
import type { DataSet } from '../model/dataSet';
import { type HeldOut, heldOutFor } from '../model/evaluation/heldOut';
import { describeSplitProblem } from '../model/evaluation/splitCheck';
import { splitDataSet } from '../model/evaluation/splitData';
import { type ManyFeatureProblem, prepareManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { ModelChoice } from '../model/manyFeatures/modelChoice';
import { prepareRegressionProblem, type RegressionProblem } from '../model/regressionProblem';
import { withoutColumnsMadeOnRead } from '../model/scaledColumnsOnDemand';
import { summariseInput, summaryInputOf } from '../model/summary/regressionSummaryOf';
import { type HeldColumnShape, HeldColumns } from './heldColumns';
import type { PrepareFitReply, PrepareFitRequest, TrainingSplit } from './prepareFitProtocol';
import type { PreparationRefusal, PrepareManyFitReply, PrepareManyFitRequest } from './prepareManyFitProtocol';
import {
  type HeldModel,
  joinedSummaryInput,
  namesOf,
  type SummariseColumnsRequest,
  type SummariseHeldRequest,
  type SummaryReply,
} from './prepareSummaryProtocol';

/** The answer to a request that a newer choice or a newer data set replaced. */
export const STALE: PreparationRefusal = { ok: false, stale: true, message: 'A newer choice replaced this one.' };

/** Waits for the next task, so that requests already queued behind this one are read first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * What the long-lived preparation worker does, apart from the messaging: it holds the columns
 * the page sent for the current data set (see {@link HeldColumns}) and prepares from them the
 * one-feature line or the weight-vector model of a choice (usable rows, powers, scaling, the
 * statistics and the QR fit, O(N·p²)). An unfittable choice is answered with its reason; a
 * weight-vector request overtaken by a newer one before it started, or asked of a data set
 * that was replaced, is answered {@link STALE} without being prepared. It also gives the
 * regression summary of a model it holds the columns of (only the choice travels), or of columns
 * sent with the request.
 */
export function createFitPreparationApi(held = new HeldColumns()) {
  let newestSequence = 0;
  // requests to prepare a model, counted: a summary asked for before a newer one arrived is not computed
  let preparations = 0;
  return {
    /** Keeps a slice of a column of data set `key` (see {@link HeldColumns.holdSlice}); false when a newer data set is held. */
    holdSlice(key: number, column: HeldColumnShape, length: number, start: number, slice: Float64Array): boolean {
      return held.holdSlice(key, column, length, start, slice);
    },
    /** Drops the columns held (see {@link HeldColumns.release}). */
    release(key: number): void {
      held.release(key);
    },
    async prepareMany(request: PrepareManyFitRequest): Promise<PrepareManyFitReply> {
      preparations++;
      newestSequence = Math.max(newestSequence, request.sequence);
      await nextTask();
      if (request.sequence < newestSequence) return STALE;
      const { choice } = request;
      const dataSet = held.dataSetOf(request.key, request.shape, [
        choice.featureName,
        ...choice.extraFeatures,
        choice.responseName,
      ]);
      if (!dataSet) return STALE;
      try {
        const refusal = splitRefusal(dataSet, choice, request.split);
        if (refusal) return refusal;
        const { rows, subset } = trainingRowsOf(dataSet, request.split);
        const problem = prepareManyFeatureProblem(rows, choice, request.scaled);
        return withHeldOut(manyReply(problem, held, subset), heldOutOfSplit(problem, dataSet, request.split));
      } catch (error) {
        if (error instanceof DataError) return { ok: false, message: error.message };
        throw error;
      }
    },
    prepareLine(request: PrepareFitRequest): PrepareFitReply {
      preparations++;
      const { featureName, responseName, scaled } = request;
      const dataSet = held.dataSetOf(request.key, request.shape, [featureName, responseName]);
      if (!dataSet) return STALE;
      try {
        const lineChoice = { featureName, responseName, extraFeatures: [], polynomialDegree: 1, throughOrigin: false };
        const refusal = splitRefusal(dataSet, lineChoice, request.split);
        if (refusal) return refusal;
        const { rows } = trainingRowsOf(dataSet, request.split);
        const problem = prepareRegressionProblem(rows, featureName, responseName, scaled);
        return withHeldOut(lineReply(problem, held), heldOutOfSplit(problem, dataSet, request.split));
      } catch (error) {
        if (error instanceof DataError) return { ok: false, message: error.message };
        throw error;
      }
    },
    /**
     * The regression summary of `request.model` on the held columns of data set `request.key`:
     * the problem is prepared again here and summarised (O(N·m²)). The summary reads only the
     * columns in the data's own units and their least-squares fit, which scaling leaves exactly
     * as they are, so the problem is prepared unscaled: no scaled copy of a column (64 MB each
     * for 8,000,000 rows) is made for it.
     * Stale when that data set was replaced, or when a request to prepare a model arrived meanwhile
     * (the model on screen is about to change; the page asks again for the one it then shows).
     */
    async summariseHeld(request: SummariseHeldRequest): Promise<SummaryReply> {
      const seen = preparations;
      await nextTask();
      if (preparations !== seen) return STALE;
      const dataSet = held.dataSetOf(request.key, request.shape, namesOf(request.model));
      if (!dataSet) return STALE;
      try {
        return summariseInput(summaryInputOf(heldProblem(dataSet, request.model)));
      } catch (error) {
        if (error instanceof DataError) return { ok: false, message: error.message };
        throw error;
      }
    },
    /** The regression summary of columns sent with the request in slices (a problem prepared elsewhere). O(N·m²). */
    summariseColumns(request: SummariseColumnsRequest): SummaryReply {
      return summariseInput(joinedSummaryInput(request));
    },
  };
}

/**
 * Why a new split (`split.check`) cannot be used for this model, as a refusal naming the split,
 * or null (also when the split is the one already on screen). O(N·c) for a new split.
 */
function splitRefusal(
  dataSet: DataSet,
  choice: ModelChoice,
  split: TrainingSplit | undefined,
): PreparationRefusal | null {
  if (!split?.check) return null;
  const problem = describeSplitProblem(dataSet, choice, split.testFraction, split.seed);
  return problem ? { ok: false, message: problem, splitRefused: true } : null;
}

/**
 * The held-out rows of `split` arranged for `problem` (see `heldOutFor`), in arrays of their
 * own, or undefined when nothing is held out (the page then finds a generated test set itself).
 * O(M·p) for M held-out rows.
 */
function heldOutOfSplit(
  problem: RegressionProblem | ManyFeatureProblem,
  dataSet: DataSet,
  split: TrainingSplit | undefined,
): HeldOut | null | undefined {
  if (!split) return undefined;
  const { test } = splitDataSet(dataSet, split.testFraction, split.seed);
  return test ? heldOutFor(problem, test, dataSet) : undefined;
}

/** A prepared reply with the held-out rows beside it (when some are held out). */
function withHeldOut<Reply extends PrepareFitReply | PrepareManyFitReply>(
  reply: Reply,
  heldOut: HeldOut | null | undefined,
): Reply {
  return reply.ok && heldOut !== undefined ? { ...reply, heldOut } : reply;
}

/**
 * The rows a model is fitted on: the training part of the split when rows are held out (the
 * same seeded split the page makes, so the same rows in the same order), else every row.
 * `subset` says the columns are copies of some rows, not the held columns. O(N·c) with a split.
 */
function trainingRowsOf(dataSet: DataSet, split: TrainingSplit | undefined): { rows: DataSet; subset: boolean } {
  if (!split) return { rows: dataSet, subset: false };
  const { training, test } = splitDataSet(dataSet, split.testFraction, split.seed);
  return { rows: training, subset: test !== null };
}

/** The problem of `model` in the data's own units (unscaled), from the held columns. */
function heldProblem(dataSet: DataSet, model: HeldModel): RegressionProblem | ManyFeatureProblem {
  return model.kind === 'many'
    ? prepareManyFeatureProblem(dataSet, model.choice, false)
    : prepareRegressionProblem(dataSet, model.featureName, model.responseName, false);
}

/**
 * The reply for a prepared line. With no row left out its raw columns are the held ones, which
 * are copies of the page's own columns: they are left out of the reply (`rawOnPage`, the arrays
 * empty) and the page puts its own back, so neither a copy here nor a comparison there walks the
 * rows. Otherwise the columns are the problem's own (copied when held). O(1), or O(N) when copied.
 */
function lineReply(prepared: RegressionProblem, held: HeldColumns): PrepareFitReply {
  // large scaled data: the page makes the scaled columns on read, so they do not travel
  const problem = withoutColumnsMadeOnRead(prepared);
  if (held.isHeld(problem.rawFeature) && held.isHeld(problem.rawResponse)) {
    const none = new Float64Array(0);
    return {
      ok: true,
      rawOnPage: true,
      problem: {
        ...problem,
        rawFeature: none,
        rawResponse: none,
        feature: problem.feature === problem.rawFeature ? none : problem.feature,
        response: problem.response === problem.rawResponse ? none : problem.response,
      },
    };
  }
  return { ok: true, problem: ownLineColumns(problem, held) };
}

/**
 * The reply for a prepared weight-vector model. With no row left out (nor held out: `subset` false), the original-unit columns
 * of its plain terms (not the powers) and its response hold exactly the page's columns of those
 * names: they are left out of the reply (empty arrays, and so are the working columns that share
 * them when unscaled; `columnsOnPage`) and the page puts its own arrays back, so a change of
 * features hands the page only the columns it does not have (scaled ones, powers). O(1).
 */
function manyReply(problem: ManyFeatureProblem, held: HeldColumns, subset: boolean): PrepareManyFitReply {
  if (subset || problem.leftOutRowCount !== 0) return { ok: true, problem: ownManyColumns(problem, held) };
  const none = new Float64Array(0);
  const onPage = new Set<Float64Array>([
    problem.original.response,
    ...problem.original.features.filter((feature) => !feature.residue).map((feature) => feature.values),
  ]);
  const without = (part: LinearProblem): LinearProblem => ({
    ...part,
    response: onPage.has(part.response) ? none : part.response,
    features: part.features.map((feature) => (onPage.has(feature.values) ? { ...feature, values: none } : feature)),
  });
  return {
    ok: true,
    columnsOnPage: true,
    problem: { ...problem, working: without(problem.working), original: without(problem.original) },
  };
}

/** `values`, or a copy when it is a held column's memory (the reply's columns are handed to the page, the held ones stay). */
function ownCopy(values: Float64Array, held: HeldColumns): Float64Array {
  return held.isHeld(values) ? values.slice() : values;
}

/** The line with its columns in memory of their own: with no row left out, the raw columns are the held ones. O(N) when copied. */
function ownLineColumns(problem: RegressionProblem, held: HeldColumns): RegressionProblem {
  const rawFeature = ownCopy(problem.rawFeature, held);
  const rawResponse = ownCopy(problem.rawResponse, held);
  return {
    ...problem,
    rawFeature,
    rawResponse,
    feature: problem.feature === problem.rawFeature ? rawFeature : ownCopy(problem.feature, held),
    response: problem.response === problem.rawResponse ? rawResponse : ownCopy(problem.response, held),
  };
}

/** The weight-vector problem with every column in memory of its own (the usable rows are already copies; this is a guard). */
function ownManyColumns(problem: ManyFeatureProblem, held: HeldColumns): ManyFeatureProblem {
  const own = (part: LinearProblem): LinearProblem => ({
    ...part,
    response: ownCopy(part.response, held),
    features: part.features.map((feature) => ({ ...feature, values: ownCopy(feature.values, held) })),
  });
  return { ...problem, working: own(problem.working), original: own(problem.original) };
}

export type FitPreparationApi = ReturnType<typeof createFitPreparationApi>;
