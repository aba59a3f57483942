// What the import benchmarks call in Node; bundled by loadImport in importNode.mjs.
export { importCsvBytes } from '../../src/adapters/csv/importCsvBytes';
export { importCsvText } from '../../src/adapters/csv/importCsvText';
export { dataSetFromTable } from '../../src/model/dataSet';
export { prepareLoadedData } from '../../src/model/preparedData';
