import { ZERO_LINE } from '../core/line';
import { loadAdvertising } from '../data/advertising';
import { selectableColumns, type DataSet } from './dataSet';
import type { SliceCreator } from './notebookState';
import { recompute } from './recompute';

export interface DataSlice {
  dataSet: DataSet;
  featureName: string;
  responseName: string;
  /** Replaces the data set; picks the given columns, or the first and last selectable ones. */
  loadDataSet: (dataSet: DataSet, featureName?: string, responseName?: string) => void;
  setFeatureName: (name: string) => void;
  setResponseName: (name: string) => void;
}

const advertising = loadAdvertising();

export const createDataSlice: SliceCreator<DataSlice> = (set) => ({
  dataSet: advertising,
  featureName: 'TV',
  responseName: 'Sales',
  loadDataSet: (dataSet, featureName, responseName) => set((state) => {
    const columns = selectableColumns(dataSet);
    const next = {
      ...state,
      dataSet,
      featureName: featureName ?? columns[0]?.name ?? '',
      responseName: responseName ?? columns[columns.length - 1]?.name ?? '',
      currentEpoch: 0,
      trajectory: null,
      start: ZERO_LINE,
    };
    return { dataSet: next.dataSet, featureName: next.featureName, responseName: next.responseName, start: ZERO_LINE, ...recompute(next, 'problem') };
  }),
  // A new pair of columns is a new problem: its run starts again from the zero line.
  setFeatureName: (featureName) => set((state) => ({ featureName, start: ZERO_LINE, ...recompute({ ...state, featureName, start: ZERO_LINE }, 'problem') })),
  setResponseName: (responseName) => set((state) => ({ responseName, start: ZERO_LINE, ...recompute({ ...state, responseName, start: ZERO_LINE }, 'problem') })),
});
