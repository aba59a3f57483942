import { DATA_FILE_NAME, dataCsv, MAX_EMBEDDED_DATA_BYTES, utf8Bytes } from './dataCsv';
import { flavourInWords, librariesLesson, optimiserInWords, optionalPackageCode, shuffleNote } from './descentWords';
import {
  MANY_DESCENT_CODE,
  MANY_LEAST_SQUARES_CODE,
  MANY_LOSS_CODE,
  MANY_RESULTS_CODE,
  manyScalingCode,
  manySettingsCode,
  powersCheckCode,
} from './manyFeatureCode';
import type { ManyFeatureExportRequest } from './manyFeatureRequest';
import type { ExportedCells, NotebookCell } from './notebookCells';
import { dataCode, IMPORTS_CODE, PAIRWISE_SUM_CODE, RANDOM_CODE, UPDATE_CODE } from './pythonCode';
import { markdownText, pythonString } from './pythonLiteral';

/**
 * How far lstsq's least squares may stray from the page's QR on a well-conditioned design,
 * relative to the largest coefficient (or to the MSE): the two factorisations round
 * differently, by about the condition number times 1e−16 (measured 5e−16 on Advertising's
 * three columns, 3e−15 on TV to the third power, both scaled).
 */
export const LEAST_SQUARES_AGREEMENT = 1e-12;
/** How far a run the page made from the Gram statistics may stray from this notebook's row-by-row run, relatively. */
export const GRAM_AGREEMENT = 1e-12;

const markdown = (source: string): NotebookCell => ({ kind: 'markdown', source });
const code = (source: string): NotebookCell => ({ kind: 'code', source });

/**
 * The notebook's cells for a weight-vector model: the data (the page's term columns), how numpy's
 * powers compare, scaling, least squares by lstsq, the same run of gradient descent from zero, the
 * libraries (optional), and a last cell printing every number of the weights table. O(rows·terms).
 */
export function manyFeatureCells(request: ManyFeatureExportRequest): ExportedCells {
  const columns = { features: request.terms, response: request.response };
  const csv = dataCsv(columns);
  const bytes = utf8Bytes(csv);
  const embedded = bytes <= MAX_EMBEDDED_DATA_BYTES;
  const cells: NotebookCell[] = [
    markdown(introduction(request)),
    code(IMPORTS_CODE),
    markdown(dataLesson(request, embedded)),
    code(dataCode(columns, embedded ? csv : null, DATA_FILE_NAME)),
    ...(request.powers
      ? [markdown(powersLesson(request.powers.featureName)), code(powersCheckCode(request.powers))]
      : []),
    markdown(scalingLesson(request)),
    code(manyScalingCode(request)),
    markdown(LOSS_LESSON),
    code(PAIRWISE_SUM_CODE),
    code(MANY_LOSS_CODE),
    markdown(LEAST_SQUARES_LESSON),
    code(MANY_LEAST_SQUARES_CODE),
    markdown(descentLesson(request)),
    code(manySettingsCode(request)),
    code(UPDATE_CODE),
    code(RANDOM_CODE),
    code(MANY_DESCENT_CODE),
    markdown(librariesLesson(6, 'model')),
    code(SCIKIT_LEARN_CODE),
    code(STATSMODELS_CODE),
    markdown(resultsLesson(request)),
    code(MANY_RESULTS_CODE),
  ];
  return { cells, dataFile: embedded ? null : { name: DATA_FILE_NAME, text: csv, bytes } };
}

function termList(request: ManyFeatureExportRequest): string {
  return request.terms.map((term, j) => `${j + 1}. \`${pythonString(term.name)}\``).join('\n');
}

function introduction(request: ManyFeatureExportRequest): string {
  const form = request.throughOrigin ? '`ŷ = w₁x₁ + … + w_p·x_p` (through the origin)' : '`ŷ = b + w₁x₁ + … + w_p·x_p`';
  return `# Downhill, in Python: a weight vector

This notebook redoes what the Downhill page showed for the model ${form} on the data set
${markdownText(request.title)} (${markdownText(request.source)}), response \`${pythonString(request.response.name)}\`, with one weight per term:

${termList(request)}

It uses only numpy. Run every cell; the last one prints the page's numbers again.`;
}

function dataLesson(request: ManyFeatureExportRequest, embedded: boolean): string {
  const count = request.response.values.length;
  const leftOut =
    request.leftOutRowCount > 0
      ? ` The page left out ${request.leftOutRowCount} row${request.leftOutRowCount === 1 ? '' : 's'} with a missing or non-numeric cell; they are not here either.`
      : '';
  const where = embedded
    ? 'They are written into the next cell as CSV text, every number in the shortest form that reads back as the same double.'
    : `They were too large to embed (over 5 MB), so they are in the file \`${DATA_FILE_NAME}\`, saved with this notebook: keep the two in the same folder.`;
  return `## 1. The data

The ${count.toLocaleString('en')} rows the page fitted: one column per term, then the response.${leftOut}
${where} Column names are only ever data: they appear as string literals.`;
}

function powersLesson(featureName: string): string {
  return `### The powers

The columns \`x^2\`, \`x^3\`, … (here \`x\` is \`${pythonString(featureName)}\`) are the page's own, not
recomputed here. The page multiplies in double-double arithmetic and rounds the exact power once;
numpy's \`x**k\` (for k ≥ 3, a vectorised \`pow\`) is off by one unit in the last place on a few
percent of rows. The next cell counts them. Using numpy's columns instead would change every
later number in its last digits, so the data above carry the page's powers.`;
}

function scalingLesson(request: ManyFeatureExportRequest): string {
  if (!request.scaled)
    return `## 2. Scaling

Scaling was switched off on the page, so every column is used in its own units.`;
  return request.throughOrigin
    ? `## 2. Scaling

The page divided every column (each term and the response) by its largest magnitude, so that it
lies in [−1, 1] and zero stays zero: a model through the origin has no intercept to absorb a shift.`
    : `## 2. Scaling

The page scaled every column (each term and the response) to [0, 1], as scikit-learn's
\`MinMaxScaler\` does: \`scale = 1/(max − min)\`, \`offset = −min·scale\`, \`x' = x·scale + offset\`.`;
}

const LOSS_LESSON = `## 3. The loss and its gradient

With \`θ = [b, w₁, …, w_p]\`, the prediction is \`p = X·w + b\` and the mean squared error
\`MSE = (1/N)·Σ(p − y)²\`; its gradient is \`(2/N)·Xᵀ(p − y)\` for the weights and \`(2/N)·Σ(p − y)\`
for the intercept. The sums are numpy's pairwise sums (\`np.sum\`), in the order the page adds them.`;

const LEAST_SQUARES_LESSON = `## 4. Least squares

The best weights solve the least-squares problem on the design \`[1, X]\` (or \`X\` alone through the
origin). numpy's \`np.linalg.lstsq\` solves it by an SVD; the page uses Householder QR of the
centred, column-scaled design in original units. Both are accurate to about the condition number
times 1e−16, but they round differently, so these coefficients and their MSE agree with the page's
within ${LEAST_SQUARES_AGREEMENT} of the largest coefficient, not to the last bit, when the design is well
conditioned (its condition number is printed below). An ill-conditioned design (high powers of an
unscaled column, say) loses about as many more digits as its condition number has.`;

function descentLesson(request: ManyFeatureExportRequest): string {
  const agreement =
    request.method === 'per-point'
      ? "Every step performs the page's floating-point operations in the page's order, so the weights, the intercept and the MSE printed at the end are the page's doubles to the last bit."
      : request.flavour.kind === 'batch'
        ? `This run is long, so the page took the loss and the gradient from the Gram statistics (\`XᵀX\` and friends about the means, O(p²) an epoch) instead of a pass over the rows. This notebook passes over the rows, which rounds differently: its weights and MSE agree with the page's to about ${GRAM_AGREEMENT} relative, not to the last bit.`
        : `This run is long, so the page took the full-data MSE it records after each epoch from the Gram statistics (O(p²)) instead of a pass over the rows; the updates themselves are the page's to the last bit, and the MSE agrees to about ${GRAM_AGREEMENT} relative.`;
  return `## 5. Gradient descent

Start from zero (every weight and the intercept) and repeat: take the gradient and step against it.
The page ran ${flavourInWords(request.flavour)} with ${optimiserInWords(request.optimiser)}, learning rate ${request.learningRate}, for at most ${request.epochs.toLocaleString('en')} epochs.

${agreement}${shuffleNote(request.flavour)}`;
}

const SCIKIT_LEARN_CODE = optionalPackageCode(
  'from sklearn.linear_model import LinearRegression',
  'scikit-learn',
  `model = LinearRegression(fit_intercept=HAS_INTERCEPT).fit(X, y)
print("scikit-learn: intercept", model.intercept_, "weights", model.coef_)`,
);

const STATSMODELS_CODE = optionalPackageCode(
  'import statsmodels.api as sm',
  'statsmodels',
  'print(sm.OLS(y, design).fit().params)',
);

function resultsLesson(request: ManyFeatureExportRequest): string {
  const original = request.scaled
    ? " With scaling on, the `_original` lines give both models in the data's own units, as the weights table's last columns do."
    : '';
  const intercept = request.throughOrigin ? '' : '`ols_intercept`, ';
  return `## 7. The page's numbers

One line each, \`name = value\`, with Python's \`repr\` of each double, for the weights table:
${intercept}\`ols_weight_1\`, … for least squares, the same with \`gd_\` for descent at epoch \`gd_epoch\`,
and \`mse_at_ols\`, \`mse_at_gd\` (the table's MSE row). Weight j is the j-th term in the list at the top.${original}`;
}
