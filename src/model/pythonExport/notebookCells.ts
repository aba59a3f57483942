import { DATA_FILE_NAME, dataCsv, MAX_EMBEDDED_DATA_BYTES, utf8Bytes } from './dataCsv';
import { flavourInWords, librariesLesson, optimiserInWords, optionalPackageCode, shuffleNote } from './descentWords';
import type { PythonExportRequest } from './exportRequest';
import {
  DESCENT_CODE,
  dataCode,
  IMPORTS_CODE,
  LEAST_SQUARES_CODE,
  LOSS_CODE,
  RANDOM_CODE,
  scalingCode,
  settingsCode,
  UPDATE_CODE,
} from './pythonCode';
import { markdownText, pythonString } from './pythonLiteral';

/** One cell of the exported notebook. */
export interface NotebookCell {
  readonly kind: 'markdown' | 'code';
  readonly source: string;
}

/** The cells, and the data file to save beside them when the data is too large to embed. */
export interface ExportedCells {
  readonly cells: readonly NotebookCell[];
  readonly dataFile: { readonly name: string; readonly text: string; readonly bytes: number } | null;
}

/** The names the last cell prints, one `name = value` line each, named like the page's data-testids. */
export const PRINTED_NAMES = [
  'ols_intercept',
  'ols_slope',
  'mse_at_ols',
  'gd_epoch',
  'gd_intercept',
  'gd_slope',
  'mse_at_gd',
] as const;
/** Printed as well when scaling is on: both lines in the data's own units. */
export const PRINTED_ORIGINAL_NAMES = [
  'ols_intercept_original',
  'ols_slope_original',
  'gd_intercept_original',
  'gd_slope_original',
] as const;

const markdown = (source: string): NotebookCell => ({ kind: 'markdown', source });
const code = (source: string): NotebookCell => ({ kind: 'code', source });

/**
 * The notebook's cells, following the page's lessons: the data, scaling, least squares,
 * gradient descent with the page's settings, the libraries (optional), and a last cell that
 * prints every number the page shows. Complexity O(rows).
 */
export function notebookCells(request: PythonExportRequest): ExportedCells {
  const csv = dataCsv(request);
  const bytes = utf8Bytes(csv);
  const embedded = bytes <= MAX_EMBEDDED_DATA_BYTES;
  const dataFile = embedded ? null : { name: DATA_FILE_NAME, text: csv, bytes };
  const cells: NotebookCell[] = [
    markdown(introduction(request)),
    code(IMPORTS_CODE),
    markdown(dataLesson(request, embedded)),
    code(dataCode(request, embedded ? csv : null, DATA_FILE_NAME)),
    markdown(scalingLesson(request)),
    code(scalingCode(request)),
    markdown(LEAST_SQUARES_LESSON),
    code(LEAST_SQUARES_CODE),
    markdown(descentLesson(request)),
    code(settingsCode(request)),
    code(LOSS_CODE),
    code(UPDATE_CODE),
    code(RANDOM_CODE),
    code(DESCENT_CODE),
    markdown(librariesLesson(5, 'line')),
    code(SCIKIT_LEARN_CODE),
    code(STATSMODELS_CODE),
    markdown(resultsLesson(request)),
    code(resultsCode(request)),
  ];
  return { cells, dataFile };
}

function names(request: PythonExportRequest): string {
  return `${request.features.map((column) => `\`${pythonString(column.name)}\``).join(', ')} → \`${pythonString(request.response.name)}\``;
}

function introduction(request: PythonExportRequest): string {
  return `# Downhill, in Python

This notebook redoes what the Downhill page showed: the data set ${markdownText(request.title)} (${markdownText(request.source)}),
the columns ${names(request)}, the exact least-squares line and the same run of gradient descent.
It uses only numpy. Run every cell; the last one prints the page's numbers again.

Every function performs the same floating-point operations in the same order as the page,
so the printed doubles are the page's to the last bit, not just close.`;
}

function dataLesson(request: PythonExportRequest, embedded: boolean): string {
  const count = request.response.values.length;
  const leftOut =
    request.leftOutRowCount > 0
      ? ` The page left out ${request.leftOutRowCount} row${request.leftOutRowCount === 1 ? '' : 's'} with a missing or non-numeric cell; they are not here either.`
      : '';
  const where = embedded
    ? 'They are written into the next cell as CSV text, exactly as the page read them.'
    : `They were too large to embed (over 5 MB), so they are in the file \`${DATA_FILE_NAME}\`, saved with this notebook: keep the two in the same folder.`;
  return `## 1. The data

The ${count.toLocaleString('en')} rows the page fitted, the feature${request.features.length === 1 ? '' : 's'} first and the response last.${leftOut}
${where} Column names are only ever data: they appear as string literals.`;
}

function scalingLesson(request: PythonExportRequest): string {
  return request.scaled
    ? `## 2. Scaling

The page scaled every column to [0, 1] first, as scikit-learn's \`MinMaxScaler\` does:
\`scale = 1/(max − min)\`, \`offset = −min·scale\`, \`x' = x·scale + offset\`. (The textbook
\`(x − min)/(max − min)\` rounds differently in the last bit on about half the values.)`
    : `## 2. Scaling

Scaling was switched off on the page, so the columns are used in their own units.`;
}

const LEAST_SQUARES_LESSON = `## 3. Least squares

For one feature the best line has a closed form:
\`slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²\` and \`intercept = ȳ − slope·x̄\`. Its mean squared error is the
lowest any line can reach on these data. The sums are pairwise, as the page adds them: numpy's \`np.sum\`
does the same within blocks of 8192 values, and \`pairwise_sum\` splits longer arrays the page's way.`;

function descentLesson(request: PythonExportRequest): string {
  const method =
    request.method === 'per-point'
      ? 'The loss and the gradient come from a pass over every row, added in row order as a plain loop adds them (`np.cumsum(...)[-1]`; `np.sum` would add pairwise and differ in the last bits).'
      : 'This run is long, so the page computed the loss and the gradient from a few sums about the means (O(1) per epoch), and so does this notebook (`LOSS_BY = "sums"`). They agree with a pass over every row to about 1e-15; set `LOSS_BY = "rows"` to see.';
  return `## 4. Gradient descent

Start from the line \`START\` and repeat: predict \`p = X·w + b\`, take the gradient of the MSE,
\`∂/∂w = −(2/N)·Σ x(y − p)\` and \`∂/∂b = −(2/N)·Σ(y − p)\`, and step against it.
The page ran ${flavourInWords(request.flavour)} with ${optimiserInWords(request.optimiser)}, learning rate ${request.learningRate}, for at most ${request.epochs.toLocaleString('en')} epochs.

${method}${shuffleNote(request.flavour)}`;
}

const SCIKIT_LEARN_CODE = optionalPackageCode(
  'from sklearn.linear_model import LinearRegression',
  'scikit-learn',
  `model = LinearRegression().fit(X, y)
print("scikit-learn: intercept", model.intercept_, "slope", model.coef_[0])`,
);

const STATSMODELS_CODE = optionalPackageCode(
  'import statsmodels.api as sm',
  'statsmodels',
  'print(sm.OLS(y, sm.add_constant(X)).fit().params)',
);

function resultsLesson(request: PythonExportRequest): string {
  const original = request.scaled
    ? " With scaling on, the `_original` lines give both lines in the data's own units, as the results table does."
    : '';
  return `## 6. The page's numbers

One line each, \`name = value\`, with Python's \`repr\` of each double. The names are the page's
\`data-testid\`s with \`_\` for \`-\` (\`mse_at_ols\` is the table's MSE of least squares, \`mse_at_gd\` that of descent at epoch \`gd_epoch\`).${original}`;
}

function resultsCode(request: PythonExportRequest): string {
  const original = request.scaled
    ? `


def in_original_units(intercept, slope):
    """With x' = x·sx + ox and y' = y·sy + oy, the line y' = a + b·x' is y = (a + b·ox − oy)/sy + (b·sx/sy)·x."""
    (sx, ox), (sy, oy) = feature_scalers[0], response_scaler
    return (intercept + slope * ox - oy) / sy, (slope * sx) / sy


results["ols_intercept_original"], results["ols_slope_original"] = in_original_units(ols_intercept, ols_slope)
results["gd_intercept_original"], results["gd_slope_original"] = in_original_units(gd_intercept, gd_slope)`
    : '';
  return `results = {
    "ols_intercept": ols_intercept, "ols_slope": ols_slope, "mse_at_ols": mse_at_ols,
    "gd_intercept": gd_intercept, "gd_slope": gd_slope, "mse_at_gd": mse_at_gd,
}${original}
print(f"gd_epoch = {shown!r}")
for name, value in results.items():
    print(f"{name} = {float(value)!r}")`;
}
