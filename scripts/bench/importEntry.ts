// What the import benchmarks call in Node; bundled by loadImport in importNode.mjs.
export { importCsvText } from '../../src/adapters/csv/importCsvText';
export { dataSetFromTable } from '../../src/model/dataSet';
export { prepareLoadedData } from '../../src/model/preparedData';
