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
    };
    return { dataSet: next.dataSet, featureName: next.featureName, responseName: next.responseName, ...recompute(next, 'problem') };
  }),
  setFeatureName: (featureName) => set((state) => ({ featureName, ...recompute({ ...state, featureName }, 'problem') })),
  setResponseName: (responseName) => set((state) => ({ responseName, ...recompute({ ...state, responseName }, 'problem') })),
});
