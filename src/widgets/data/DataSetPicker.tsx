import { BUILT_IN_DATA_SETS, type BuiltInDataSetId } from '../../data/builtInDataSets';
import { loadBuiltIn } from '../../store/loadData';
import { useNotebook } from '../../store/notebookStore';

const CURRENT = 'current';

/** Which data is on screen: a built-in set, or the file, text or generated data loaded last. */
export function DataSetPicker() {
  const dataSet = useNotebook((state) => state.dataSet);
  const builtIn = dataSet.origin.kind === 'built-in' ? dataSet.origin.id : null;
  return (
    <label className="data-set-picker">
      Data
      <select
        value={builtIn ?? CURRENT}
        data-testid="data-set"
        onChange={(event) => {
          if (event.target.value !== CURRENT) void loadBuiltIn(event.target.value as BuiltInDataSetId);
        }}
      >
        {builtIn === null && <option value={CURRENT}>{dataSet.title}</option>}
        {BUILT_IN_DATA_SETS.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.title}
          </option>
        ))}
      </select>
      <span className="data-set-title" data-testid="data-set-title" data-value={dataSet.title}>
        {dataSet.rowCount.toLocaleString('en')} rows · <a href="#your-data">load your own</a>
      </span>
    </label>
  );
}
