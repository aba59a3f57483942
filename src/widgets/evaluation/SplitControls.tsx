import { useEffect, useState } from 'react';
import { heldOutCount } from '../../core/split/trainTestSplit';
import { useNotebook } from '../../store/notebookStore';

/** Reads a typed number; null for an empty box or text that is not a number. */
function typedNumber(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

/**
 * The held-out share of the rows (0 to 0.5) and the seed that picks them. A value is applied on
 * Enter or when the box loses focus; one the data cannot take is refused with its reason, and
 * the split and fit on screen stay.
 */
export function SplitControls() {
  const testFraction = useNotebook((state) => state.testFraction);
  const splitSeed = useNotebook((state) => state.splitSeed);
  const splitError = useNotebook((state) => state.splitError);
  const rowCount = useNotebook((state) => state.dataSet.rowCount);
  // on large data a new split is prepared in the background: the summary says which one meanwhile
  const preparingFraction = useNotebook((state) =>
    state.preparingChoice?.testFraction !== undefined || state.preparingChoice?.splitSeed !== undefined
      ? (state.preparingChoice.testFraction ?? state.testFraction)
      : null,
  );
  const { setTestFraction, setSplitSeed, dismissSplitError } = useNotebook.getState();
  const [fractionText, setFractionText] = useState(String(testFraction));
  const [seedText, setSeedText] = useState(String(splitSeed));
  useEffect(() => setFractionText(String(testFraction)), [testFraction]);
  useEffect(() => setSeedText(String(splitSeed)), [splitSeed]);
  const commitFraction = () => {
    const value = typedNumber(fractionText);
    if (value === null) {
      useNotebook.setState({ splitError: `“${fractionText}” is not a number: type a test fraction from 0 to 0.5.` });
      return;
    }
    setTestFraction(value);
  };
  const commitSeed = () => {
    const value = typedNumber(seedText);
    if (value === null) {
      useNotebook.setState({ splitError: `“${seedText}” is not a number: type a whole number as the split seed.` });
      return;
    }
    setSplitSeed(value);
  };
  const held = heldOutCount(rowCount, testFraction);
  return (
    <fieldset className="split-controls" data-testid="split-controls">
      <legend>Held-out test rows</legend>
      <label>
        Test fraction
        <input
          type="text"
          inputMode="decimal"
          size={5}
          value={fractionText}
          data-testid="test-fraction"
          aria-invalid={splitError ? true : undefined}
          aria-describedby="split-summary"
          onChange={(event) => setFractionText(event.target.value)}
          onBlur={commitFraction}
          onKeyDown={(event) => event.key === 'Enter' && commitFraction()}
        />
      </label>
      <label>
        Split seed
        <input
          type="text"
          inputMode="numeric"
          size={7}
          value={seedText}
          data-testid="split-seed"
          onChange={(event) => setSeedText(event.target.value)}
          onBlur={commitSeed}
          onKeyDown={(event) => event.key === 'Enter' && commitSeed()}
        />
      </label>
      <span
        id="split-summary"
        className="split-summary"
        data-testid="split-summary"
        role={preparingFraction !== null ? 'status' : undefined}
      >
        {preparingFraction !== null
          ? `preparing the split: ${heldOutCount(rowCount, preparingFraction).toLocaleString('en')} of ${rowCount.toLocaleString('en')} rows held out…`
          : held === 0
            ? 'every row trains the model'
            : `${held.toLocaleString('en')} of ${rowCount.toLocaleString('en')} rows held out`}
      </span>
      {splitError && (
        <div className="data-error" role="alert" data-testid="split-error">
          <p>{splitError}</p>
          <p className="data-error-kept">The split and the fit on screen are unchanged.</p>
          <button type="button" className="small" onClick={dismissSplitError}>
            Dismiss
          </button>
        </div>
      )}
    </fieldset>
  );
}
