import type { LinearGradientMethod } from '../../core/linearModel/linearEpochLoops';
import { batchSizeOf, type Flavour } from '../../core/optimisers/settings';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { ExportedColumn, ExportedRunSettings } from './exportRequest';

/**
 * Everything the exported notebook needs to redo a weight-vector run (several features, powers
 * of one feature, or no intercept): the model's term columns as the page holds them in original
 * units (powers included, see `powers`), the response, the scaling and the run's settings.
 * Descent always starts from the zero model, as the page's does.
 */
export interface ManyFeatureExportRequest extends ManyFeatureExportSettings {
  readonly kind: 'many';
  readonly title: string;
  readonly source: string;
  /** One column per weight, in the page's order: `x`, `x^2`, …, then the further features. */
  readonly terms: readonly ExportedColumn[];
  readonly response: ExportedColumn;
  /** The first feature and its degree when powers of it are terms (degree > 1), else null. */
  readonly powers: { readonly featureName: string; readonly degree: number } | null;
  readonly leftOutRowCount: number;
  readonly scaled: boolean;
  /** True for `ŷ = w·x` with no intercept (columns then scaled by their largest magnitude). */
  readonly throughOrigin: boolean;
}

/** The store's run settings the request copies. */
export interface ManyFeatureExportSettings extends ExportedRunSettings {
  /** How the page evaluated the full-data loss: per row, or from the Gram statistics (O(p²) an epoch). */
  readonly method: LinearGradientMethod;
}

/**
 * The request for the weight-vector problem and run on screen. A mini-batch larger than the
 * data is written as a batch of all the rows, as the page runs it. Complexity O(p).
 */
export function manyFeatureExportRequest(
  dataSet: { title: string; source: string },
  problem: ManyFeatureProblem,
  settings: ManyFeatureExportSettings,
): ManyFeatureExportRequest {
  const flavour: Flavour =
    settings.flavour.kind === 'mini-batch'
      ? { ...settings.flavour, batchSize: batchSizeOf(settings.flavour, problem.rowCount) }
      : settings.flavour;
  const { choice } = problem;
  return {
    kind: 'many',
    title: dataSet.title,
    source: dataSet.source,
    terms: problem.original.features.map((term) => ({ name: term.name, values: term.values })),
    response: { name: choice.responseName, values: problem.original.response },
    powers: choice.polynomialDegree > 1 ? { featureName: choice.featureName, degree: choice.polynomialDegree } : null,
    leftOutRowCount: problem.leftOutRowCount,
    scaled: problem.scaled,
    throughOrigin: choice.throughOrigin,
    ...settings,
    flavour,
  };
}
