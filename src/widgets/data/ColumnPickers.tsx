import { selectableColumns } from '../../model/dataSet';
import { useNotebook } from '../../store/notebookStore';

/** Which column predicts which: feature (x) and response (y), among the data set's numeric columns. */
export function ColumnPickers() {
  const dataSet = useNotebook((state) => state.dataSet);
  const featureName = useNotebook((state) => state.featureName);
  const responseName = useNotebook((state) => state.responseName);
  const { setFeatureName, setResponseName } = useNotebook.getState();
  const options = selectableColumns(dataSet).map((column) => (
    <option key={column.name} value={column.name}>
      {column.name}
    </option>
  ));
  return (
    <div className="column-pickers">
      <label>
        Feature <span className="axis-hint">(x)</span>
        <select
          value={featureName}
          data-testid="feature-column"
          onChange={(event) => setFeatureName(event.target.value)}
        >
          {options}
        </select>
      </label>
      <span aria-hidden="true" className="arrow">
        →
      </span>
      <label>
        Response <span className="axis-hint">(y)</span>
        <select
          value={responseName}
          data-testid="response-column"
          onChange={(event) => setResponseName(event.target.value)}
        >
          {options}
        </select>
      </label>
    </div>
  );
}
