// Converts three data sets of the npm package vega-datasets into the CSV files in src/data/.
// The package is not a dependency; fetch and unpack it first, then point this script at it:
//   npm pack vega-datasets@3.2.1 && tar xzf vega-datasets-3.2.1.tgz
//   node scripts/convertVegaDatasets.mjs path/to/package
// The only changes are of shape: JSON records become CSV rows, null becomes an empty cell,
// Anscombe's four series become side-by-side columns, and the car data's Year ("1970-01-01")
// becomes the model year as a number (1970). See src/data/SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const packageDirectory = process.argv[2];
if (!packageDirectory) throw new Error('usage: node scripts/convertVegaDatasets.mjs <unpacked vega-datasets package>');
const outputDirectory = new URL('../src/data/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(join(packageDirectory, 'data', name), 'utf8'));

function csvCell(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeCsv(fileName, columns, rows) {
  const lines = [
    columns.map(csvCell).join(','),
    ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(',')),
  ];
  writeFileSync(new URL(fileName, outputDirectory), `${lines.join('\n')}\n`);
  console.log(`${fileName}: ${rows.length} rows`);
}

const cars = read('cars.json').map((car) => ({ ...car, Year: Number(car.Year.slice(0, 4)) }));
writeCsv('auto-mpg.csv', Object.keys(cars[0]), cars);

const penguins = read('penguins.json');
writeCsv('penguins.csv', Object.keys(penguins[0]), penguins);

const series = ['I', 'II', 'III', 'IV'];
const anscombe = read('anscombe.json');
const bySeries = series.map((name) => anscombe.filter((point) => point.Series === name));
const wide = bySeries[0].map((_, i) =>
  Object.fromEntries(
    series.flatMap((_, s) => [
      [`x${s + 1}`, bySeries[s][i].X],
      [`y${s + 1}`, bySeries[s][i].Y],
    ]),
  ),
);
writeCsv('anscombe.csv', Object.keys(wide[0]), wide);
