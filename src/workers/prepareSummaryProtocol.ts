import type { ModelChoice } from '../model/manyFeatures/modelChoice';
import type { SummaryInput, SummaryOutcome } from '../model/summary/regressionSummaryOf';
import type { DataSetShape } from './heldColumns';
import type { PreparationRefusal } from './prepareManyFitProtocol';

/** A model the worker prepared (or can prepare) from the columns it holds: the weight vector of a choice, or a line. */
export type HeldModel =
  | { readonly kind: 'many'; readonly choice: ModelChoice }
  | { readonly kind: 'line'; readonly featureName: string; readonly responseName: string };

/** The columns a model reads: its features, then its response. O(features). */
export function namesOf(model: HeldModel): string[] {
  return model.kind === 'many'
    ? [model.choice.featureName, ...model.choice.extraFeatures, model.choice.responseName]
    : [model.featureName, model.responseName];
}

/**
 * The regression summary of `model` on data set `key`, whose columns the worker holds: only the
 * choice travels, and the worker prepares the same problem again from its columns (in the data's
 * own units: the summary reads nothing that scaling changes).
 */
export interface SummariseHeldRequest {
  readonly key: number;
  readonly shape: DataSetShape;
  readonly model: HeldModel;
}

/** The summary or why it cannot be given; stale when a newer request reached the worker first (ask again). */
export type SummaryReply = SummaryOutcome | PreparationRefusal;

/** True when the reply is a stale refusal (a newer request came first), not a summary or its reason. O(1). */
export function isStale(reply: SummaryReply): boolean {
  return !reply.ok && 'stale' in reply && reply.stale === true;
}

/** A column cut into slices of its own, each transferred: no copy of the whole column is made on the page. */
export type SlicedColumn = readonly Float64Array[];

/**
 * The summary of a problem the worker did not prepare: its columns travel as slices (copied a
 * slice per task on the page, transferred), and the worker joins them.
 */
export interface SummariseColumnsRequest {
  readonly input: Omit<SummaryInput, 'linear'> & {
    readonly linear: Omit<SummaryInput['linear'], 'features' | 'response'> & {
      readonly features: readonly (Omit<SummaryInput['linear']['features'][number], 'values'> & {
        readonly values: SlicedColumn;
      })[];
      readonly response: SlicedColumn;
    };
  };
}

/** The column the slices were cut from, in one array. O(N). */
export function joinSlices(slices: SlicedColumn): Float64Array {
  let length = 0;
  for (const slice of slices) length += slice.length;
  const column = new Float64Array(length);
  let offset = 0;
  for (const slice of slices) {
    column.set(slice, offset);
    offset += slice.length;
  }
  return column;
}

/** The summary's input with every column joined again. O(N·columns). */
export function joinedSummaryInput(request: SummariseColumnsRequest): SummaryInput {
  const { linear } = request.input;
  return {
    ...request.input,
    linear: {
      ...linear,
      features: linear.features.map((feature) => ({ ...feature, values: joinSlices(feature.values) })),
      response: joinSlices(linear.response),
    },
  };
}
