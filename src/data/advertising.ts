import { parseShippedCsv } from '../adapters/parseShippedCsv';
import type { DataSet } from '../store/dataSet';
import advertisingCsv from './advertising.csv?raw';

/**
 * The Advertising data of "An Introduction to Statistical Learning" (James, Witten, Hastie,
 * Tibshirani): budgets for TV, radio and newspaper advertising (thousands of dollars) and the
 * product's sales (thousands of units) in 200 markets. Provenance: ../../README and SOURCES.md.
 */
export function loadAdvertising(): DataSet {
  const { columns, rowCount } = parseShippedCsv(advertisingCsv);
  return {
    id: 'advertising',
    title: 'Advertising',
    source: 'An Introduction to Statistical Learning (James, Witten, Hastie & Tibshirani), data for chapters 2 and 3',
    columns,
    rowCount,
  };
}
