import type { GradientMethod } from '../../core/gradientDescent/trajectory';
import type { Line } from '../../core/line';
import { batchSizeOf, type Flavour, type Optimiser } from '../../core/optimisers/settings';

/** One column of the exported data: its name as the page shows it and its values in original units. */
export interface ExportedColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

/**
 * Everything the exported notebook needs to redo what is on screen: the rows the fit used (in
 * original units), the scaling, and the run's settings. `features` holds one column today; the
 * exported code already treats the features as a matrix X (n × k) with weights w, so a weight
 * vector only needs more columns here.
 */
export interface PythonExportRequest extends ExportSettings {
  /** The data set's title and where it came from, for the notebook's introduction. */
  readonly title: string;
  readonly source: string;
  readonly features: readonly ExportedColumn[];
  readonly response: ExportedColumn;
  /** Rows the page left out (a missing or non-numeric cell), so the reader knows why counts differ. */
  readonly leftOutRowCount: number;
  readonly scaled: boolean;
}

/** The run settings every export copies from the store, as plain values. */
export interface ExportedRunSettings {
  readonly learningRate: number;
  /** The epochs the run on screen took at most (its budget, capped for shuffled runs on large data). */
  readonly epochs: number;
  /** The epoch whose line the page shows; the exported run reports the same one. */
  readonly epochOnScreen: number;
  readonly flavour: Flavour;
  readonly optimiser: Optimiser['kind'];
  /** Relative loss change that stops the run early, or null to run the whole budget. */
  readonly tolerance: number | null;
}

/** The settings a line's request is built from (the store's fields, not the store). */
export interface ExportSettings extends ExportedRunSettings {
  /** Where descent started, in the units it works in (scaled when scaling is on). */
  readonly start: Line;
  /** How the page evaluated the loss: the per-point loop, or sufficient statistics for long runs. */
  readonly method: GradientMethod;
}

/** The problem's parts the export reads. */
export interface ExportedProblem {
  readonly featureName: string;
  readonly responseName: string;
  readonly rawFeature: ArrayLike<number>;
  readonly rawResponse: ArrayLike<number>;
  readonly scaled: boolean;
  readonly leftOutRowCount: number;
}

/**
 * The request for the problem and run on screen. A mini-batch larger than the data is written
 * as a batch of all the points, as the page runs it. Complexity O(1).
 */
export function pythonExportRequest(
  dataSet: { title: string; source: string },
  problem: ExportedProblem,
  settings: ExportSettings,
): PythonExportRequest {
  const count = problem.rawFeature.length;
  const flavour: Flavour =
    settings.flavour.kind === 'mini-batch'
      ? { ...settings.flavour, batchSize: batchSizeOf(settings.flavour, count) }
      : settings.flavour;
  return {
    title: dataSet.title,
    source: dataSet.source,
    features: [{ name: problem.featureName, values: problem.rawFeature }],
    response: { name: problem.responseName, values: problem.rawResponse },
    leftOutRowCount: problem.leftOutRowCount,
    scaled: problem.scaled,
    ...settings,
    flavour,
  };
}
