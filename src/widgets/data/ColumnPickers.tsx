import { useId, useMemo, useState } from 'react';
import { selectableColumns } from '../../model/dataSet';
import { useNotebook } from '../../store/notebookStore';
import { describeListed, listColumns } from './listedColumns';

/**
 * Which column predicts which: feature (x) and response (y), among the data set's numeric
 * columns. A wide data set gets a filter box, and each list shows only the first matches (and
 * the columns chosen now), so two thousand columns never mean four thousand options to draw.
 */
export function ColumnPickers() {
  const dataSet = useNotebook((state) => state.dataSet);
  // on large data a new pair is prepared in the background: the selects show the student's choice meanwhile
  const featureName = useNotebook((state) => state.preparingChoice?.featureName ?? state.featureName);
  const responseName = useNotebook((state) => state.preparingChoice?.responseName ?? state.responseName);
  const preparing = useNotebook(
    (state) => state.preparingChoice?.featureName !== undefined || state.preparingChoice?.responseName !== undefined,
  );
  const { setFeatureName, setResponseName } = useNotebook.getState();
  const [query, setQuery] = useState('');
  const filterId = useId();
  const names = useMemo(() => selectableColumns(dataSet).map((column) => column.name), [dataSet]);
  const shown = listColumns(names, query, [featureName, responseName]);
  const options = shown.listed.map((name) => (
    <option key={name} value={name}>
      {name}
    </option>
  ));
  return (
    <div className="column-pickers" aria-busy={preparing || undefined}>
      {shown.filtered && (
        <div className="column-filter">
          <label htmlFor={filterId}>Find a column</label>
          <input
            id={filterId}
            type="search"
            value={query}
            data-testid="column-filter"
            aria-describedby={`${filterId}-note`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${filterId}-note`} className="note" data-testid="column-filter-note" aria-live="polite">
            {describeListed(shown, names.length, query)}
          </p>
        </div>
      )}
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
      {preparing && (
        <p className="plot-note" role="status" data-testid="columns-preparing">
          Preparing {featureName} → {responseName} on {dataSet.rowCount.toLocaleString('en')} rows… the fit on screen
          stays until it is ready.
        </p>
      )}
    </div>
  );
}
