// The data sets that ship with the notebook. Each CSV file sits beside this module and is
// bundled by Vite as text (`?raw`) in a chunk of its own, fetched the first time it is loaded.
// Where each file comes from, its licence and its checksum are in SOURCES.md.

import advertisingCsv from './advertising.csv?raw';

/** The identifiers of the built-in data sets. */
export type BuiltInDataSetId = 'advertising' | 'auto-mpg' | 'penguins' | 'anscombe';

/** A data set shipped with the notebook, and what to show first. */
export interface BuiltInDataSet {
  readonly id: BuiltInDataSetId;
  readonly title: string;
  /** One or two sentences for the student: what the rows are and what the columns measure. */
  readonly description: string;
  /** Where the data comes from, as a citation. */
  readonly source: string;
  readonly licence: string;
  /** Data rows in the file (the header not counted). */
  readonly rowCount: number;
  /** Column names of the feature (x) and response (y) to fit first. */
  readonly defaultFeature: string;
  readonly defaultResponse: string;
  /** The file's CSV text, for importCsvText. */
  readonly loadCsv: () => Promise<string>;
}

/** The built-in data sets, in the order to offer them; Advertising, the lessons' data, first. */
export const BUILT_IN_DATA_SETS: readonly BuiltInDataSet[] = Object.freeze([
  {
    id: 'advertising',
    title: 'Advertising',
    description:
      'Sales of one product in 200 markets, against the budgets spent advertising it on TV, radio and in newspapers (all in thousands). The first, unnamed column only numbers the markets.',
    source:
      'James, Witten, Hastie and Tibshirani, An Introduction to Statistical Learning (Springer, 2013; 2nd ed. 2021), data for chapters 2 and 3.',
    licence:
      'No licence is stated; the authors offer the file for download with the book, for teaching. See SOURCES.md.',
    rowCount: 200,
    defaultFeature: 'TV',
    defaultResponse: 'Sales',
    // already in the main bundle: the notebook opens on it
    loadCsv: () => Promise.resolve(advertisingCsv),
  },
  {
    id: 'auto-mpg',
    title: 'Cars: fuel economy and horsepower',
    description:
      'Fuel economy (miles per gallon), engine size, power, weight and model year of 406 cars from 1970 to 1982. A few cars lack a horsepower or mileage figure, so those rows are left out of fits that use them.',
    source:
      'The Auto MPG ("cars") data of the StatLib data sets archive, as copied in the npm package vega-datasets 3.2.1 (data/cars.json).',
    licence:
      'As vega-datasets records it: the original was distributed in 1982 for educational and scientific purposes (StatLib cars.desc). The package itself is BSD-3-Clause.',
    rowCount: 406,
    defaultFeature: 'Horsepower',
    defaultResponse: 'Miles_per_Gallon',
    loadCsv: () => import('./auto-mpg.csv?raw').then((module) => module.default),
  },
  {
    id: 'penguins',
    title: 'Palmer penguins',
    description:
      'Beak, flipper and body measurements of 344 penguins of three species, recorded at Palmer Station, Antarctica, from 2007 to 2009. Two birds have no measurements.',
    source:
      'Gorman, Williams and Fraser (2014), PLoS ONE 9(3): e90081; the palmerpenguins data set by Horst, Hill and Gorman (2020), as copied in vega-datasets 3.2.1 (data/penguins.json).',
    licence: 'CC0 1.0 (public domain dedication).',
    rowCount: 344,
    defaultFeature: 'Flipper Length (mm)',
    defaultResponse: 'Body Mass (g)',
    loadCsv: () => import('./penguins.csv?raw').then((module) => module.default),
  },
  {
    id: 'anscombe',
    title: "Anscombe's quartet",
    description:
      'Four small data sets (x1 with y1, x2 with y2, and so on) that share their means, variances and least-squares line, y ≈ 3 + 0.5x, yet look nothing alike when plotted. Pair each x with the y of the same number.',
    source:
      'F. J. Anscombe, "Graphs in Statistical Analysis", The American Statistician 27(1), 17–21 (1973), as copied in vega-datasets 3.2.1 (data/anscombe.json).',
    licence:
      'Published figures from a 1973 paper; vega-datasets names no separate licence for them (BSD-3-Clause for the package).',
    rowCount: 11,
    defaultFeature: 'x1',
    defaultResponse: 'y1',
    loadCsv: () => import('./anscombe.csv?raw').then((module) => module.default),
  },
]);

/** The built-in data set with this id. */
export function builtInDataSet(id: BuiltInDataSetId): BuiltInDataSet {
  return BUILT_IN_DATA_SETS.find((dataSet) => dataSet.id === id)!;
}
