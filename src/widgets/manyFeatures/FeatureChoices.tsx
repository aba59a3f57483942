import { useId, useMemo, useState } from 'react';
import { selectableColumns } from '../../model/dataSet';
import { MAX_POLYNOMIAL_DEGREE } from '../../model/settings/limits';
import { useNotebook } from '../../store/notebookStore';
import { describeListed, listColumns } from '../data/listedColumns';

/**
 * The model's form: which columns are features (one checkbox each, named by the column), the
 * powers of the first feature, and whether the model has an intercept. A change the data
 * cannot take is refused with the reason beside the controls; the fit on screen stays.
 */
export function FeatureChoices() {
  const dataSet = useNotebook((state) => state.dataSet);
  const featureName = useNotebook((state) => state.featureName);
  const responseName = useNotebook((state) => state.responseName);
  const extraFeatures = useNotebook((state) => state.extraFeatures);
  const degree = useNotebook((state) => state.polynomialDegree);
  const throughOrigin = useNotebook((state) => state.throughOrigin);
  const error = useNotebook((state) => state.modelChoiceError);
  const preparing = useNotebook((state) => state.modelPreparing);
  const { setFeatureChosen, setPolynomialDegree, setThroughOrigin, dismissModelChoiceError } = useNotebook.getState();
  const degreeId = useId();
  const [query, setQuery] = useState('');
  const chosen = new Set([featureName, ...extraFeatures]);
  const candidates = useMemo(
    () => selectableColumns(dataSet).flatMap((column) => (column.name === responseName ? [] : [column.name])),
    [dataSet, responseName],
  );
  // A wide data set lists the first matches of a filter (and every column ticked), not every column.
  const shown = listColumns(candidates, query, [...chosen]);
  return (
    <div className="feature-choices">
      <fieldset className="feature-list" data-testid="feature-checkboxes">
        <legend>Features</legend>
        {shown.filtered && (
          <div className="column-filter">
            <label htmlFor={`${degreeId}-filter`}>Find a feature</label>
            <input
              id={`${degreeId}-filter`}
              type="search"
              value={query}
              data-testid="feature-filter"
              aria-describedby={`${degreeId}-filter-note`}
              onChange={(event) => setQuery(event.target.value)}
            />
            <p id={`${degreeId}-filter-note`} className="note" aria-live="polite">
              {describeListed(shown, candidates.length, query)}
            </p>
          </div>
        )}
        <div className="feature-boxes">
          {shown.listed.map((name) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={chosen.has(name)}
                disabled={preparing || (chosen.size === 1 && chosen.has(name))}
                onChange={(event) => setFeatureChosen(name, event.target.checked)}
              />
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="model-form">
        <label htmlFor={degreeId}>
          Powers of {featureName}{' '}
          <span className="axis-hint">
            ({featureName}, {featureName}^2, … up to)
          </span>
        </label>
        <input
          id={degreeId}
          type="number"
          min={1}
          max={MAX_POLYNOMIAL_DEGREE}
          step={1}
          value={degree}
          disabled={preparing}
          data-testid="polynomial-degree"
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= 1 && value <= MAX_POLYNOMIAL_DEGREE) setPolynomialDegree(value);
          }}
        />
        <label>
          <input
            type="checkbox"
            checked={throughOrigin}
            disabled={preparing}
            data-testid="no-intercept"
            onChange={(event) => setThroughOrigin(event.target.checked)}
          />
          Fit through the origin (no intercept)
        </label>
      </div>
      {preparing && (
        <p className="plot-note" role="status" data-testid="model-preparing">
          Preparing the model on {dataSet.rowCount.toLocaleString('en')} rows in the background…
        </p>
      )}
      {error && (
        <div className="data-error" role="alert" data-testid="model-choice-error">
          <p>{error}</p>
          <p className="data-error-kept">That change was not made: the model on screen is the one you had.</p>
          <button type="button" className="small" onClick={dismissModelChoiceError}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
