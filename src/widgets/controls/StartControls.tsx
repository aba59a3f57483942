// biome-ignore-all lint/a11y/useSemanticElements: a labelled group of inputs laid out in a row; a fieldset's legend would change the layout
import { useState } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { isValidStartValue, MAX_START_MAGNITUDE } from '../../model/settings';
import { useNotebook } from '../../store/notebookStore';
import { readTypedNumber } from './parseTypedNumber';

/** Typed starting intercept and slope (the same as clicking the landscape), and a way back to zero. */
export function StartControls() {
  const start = useNotebook((state) => state.start);
  const setStart = useNotebook((state) => state.setStart);
  return (
    <div className="start-controls" role="group" aria-label="Starting line">
      <StartBox
        label="Start intercept"
        testId="start-intercept"
        value={start.intercept}
        onValue={(intercept) => setStart({ ...start, intercept })}
      />
      <StartBox
        label="Start slope"
        testId="start-slope"
        value={start.slope}
        onValue={(slope) => setStart({ ...start, slope })}
      />
      <button
        type="button"
        onClick={() => setStart({ intercept: 0, slope: 0 })}
        disabled={start.intercept === 0 && start.slope === 0}
      >
        Start from 0, 0
      </button>
    </div>
  );
}

function StartBox({
  label,
  testId,
  value,
  onValue,
}: {
  label: string;
  testId: string;
  value: number;
  onValue: (value: number) => void;
}) {
  const shown = formatNumber(value, 6).replace(/−/g, '-');
  // The student's text while they type in the box; otherwise the box shows the value itself
  // (derived, not copied by an effect, so dragging the start renders the box once per step).
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const text = draft ?? shown;
  const commit = () => {
    if (text === shown) return; // leaving the box untouched keeps the run as it is
    const parsed = readTypedNumber(text);
    if (parsed === null) {
      setProblem(`“${text.trim()}” is not a number; type one such as 0.5 or -2.`);
      return;
    }
    if (!isValidStartValue(parsed)) {
      setProblem(
        `Start within ±${MAX_START_MAGNITUDE.toExponential(0).replace('e+', 'e')}; lines further out only overflow the loss.`,
      );
      return;
    }
    setProblem(null);
    onValue(parsed);
  };
  return (
    <label className="start-box">
      {label}
      <input
        type="text"
        inputMode="decimal"
        className={problem ? 'number-box invalid' : 'number-box'}
        value={text}
        data-testid={testId}
        aria-invalid={problem !== null}
        onFocus={() => setDraft(shown)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          commit();
          setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {problem && (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}
