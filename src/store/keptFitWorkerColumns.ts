import type { FeatureColumn, LinearProblem } from '../core/linearModel/model';
import { type DataSet, findColumn } from '../model/dataSet';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../model/regressionProblem';

// The worker leaves out of its replies the columns the page already has (no row left out: the
// raw columns and each plain term hold exactly the page's columns); these put the page's own
// arrays back.

/**
 * The worker's line with the page's own arrays put back as its raw columns (and as its working
 * columns when unscaled): the worker left them out because they hold exactly the page's
 * columns. Null when the data set lacks a column (it cannot, having sent them). O(1).
 */
export function withPageColumns(problem: RegressionProblem, dataSet: DataSet): RegressionProblem | null {
  const rawFeature = findColumn(dataSet, problem.featureName)?.values;
  const rawResponse = findColumn(dataSet, problem.responseName)?.values;
  if (!rawFeature || !rawResponse) return null;
  return {
    ...problem,
    rawFeature,
    rawResponse,
    feature: problem.scaled ? problem.feature : rawFeature,
    response: problem.scaled ? problem.response : rawResponse,
  };
}

/**
 * The worker's weight-vector model with the page's own arrays put back where the worker left
 * them out (empty: the plain terms and the response in original units, and the working columns
 * that share them when unscaled). Null when the data set lacks a column (it cannot, having sent
 * them). O(terms).
 */
export function withPageManyColumns(problem: ManyFeatureProblem, dataSet: DataSet): ManyFeatureProblem | null {
  const page = (name: string, values: Float64Array) => (values.length > 0 ? values : findColumn(dataSet, name)?.values);
  const response = page(problem.choice.responseName, problem.original.response);
  if (!response) return null;
  const features: FeatureColumn[] = [];
  for (const feature of problem.original.features) {
    const values = page(feature.name, feature.values);
    if (!values) return null;
    features.push({ ...feature, values });
  }
  const original: LinearProblem = { ...problem.original, response, features };
  const working: LinearProblem = {
    ...problem.working,
    response: problem.working.response.length > 0 ? problem.working.response : response,
    features: problem.working.features.map((feature, j) =>
      feature.values.length > 0 ? feature : { ...feature, values: original.features[j]!.values },
    ),
  };
  return { ...problem, original, working };
}
