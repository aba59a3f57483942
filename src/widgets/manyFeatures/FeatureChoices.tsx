import { useId } from 'react';
import { selectableColumns } from '../../model/dataSet';
import { MAX_POLYNOMIAL_DEGREE } from '../../model/settings/limits';
import { useNotebook } from '../../store/notebookStore';

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
  const chosen = new Set([featureName, ...extraFeatures]);
  const candidates = selectableColumns(dataSet).filter((column) => column.name !== responseName);
  return (
    <div className="feature-choices">
      <fieldset className="feature-list" data-testid="feature-checkboxes">
        <legend>Features</legend>
        <div className="feature-boxes">
          {candidates.map((column) => (
            <label key={column.name}>
              <input
                type="checkbox"
                checked={chosen.has(column.name)}
                disabled={preparing || (chosen.size === 1 && chosen.has(column.name))}
                onChange={(event) => setFeatureChosen(column.name, event.target.checked)}
              />
              {column.name}
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
