import { useState } from 'react';
import type { SyntheticLineSettings } from '../../core/syntheticData';
import { loadSecondLesson, loadSynthetic } from '../../store/loadData';
import { readTypedNumber } from '../controls/parseTypedNumber';

type FieldName = keyof SyntheticLineSettings;

const FIELDS: { name: FieldName; label: string }[] = [
  { name: 'slope', label: 'Slope a' },
  { name: 'intercept', label: 'Intercept b' },
  { name: 'noise', label: 'Noise σ' },
  { name: 'xMin', label: 'x from' },
  { name: 'xMax', label: 'x to' },
  { name: 'trainingCount', label: 'Training points m' },
  { name: 'testCount', label: 'Test points n' },
  { name: 'seed', label: 'Seed' },
];

const INITIAL: Record<FieldName, string> = {
  slope: '2',
  intercept: '1',
  noise: '3',
  xMin: '0',
  xMax: '10',
  trainingCount: '100',
  testCount: '30',
  seed: '42',
};

/** The recipe for made-up data around a known line, from a seed shown to the student. */
export function SyntheticDataForm() {
  const [fields, setFields] = useState(INITIAL);
  const [problem, setProblem] = useState<string | null>(null);
  const generate = (overrides: Partial<Record<FieldName, string>> = {}) => {
    const merged = { ...fields, ...overrides };
    setFields(merged);
    const values = {} as Record<FieldName, number>;
    for (const { name, label } of FIELDS) {
      const value = readTypedNumber(merged[name]);
      if (value === null) {
        setProblem(`${label}: “${merged[name]}” is not a number.`);
        return;
      }
      values[name] = value;
    }
    setProblem(null);
    loadSynthetic(values);
  };
  const newSeed = String(Math.floor(Math.random() * 1_000_000));
  return (
    <div className="synthetic-form card">
      <div className="synthetic-fields">
        {FIELDS.map(({ name, label }) => (
          <label key={name}>
            {label}
            <input
              type="text"
              inputMode="decimal"
              className="number-box"
              value={fields[name]}
              data-testid={`synthetic-${name}`}
              onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
            />
          </label>
        ))}
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="synthetic-actions">
        <button type="button" className="primary" data-testid="synthetic-generate" onClick={() => generate()}>
          Generate
        </button>
        <button type="button" onClick={() => generate({ seed: newSeed })}>
          New seed and generate
        </button>
        <button
          type="button"
          data-testid="second-lesson"
          onClick={() => loadSecondLesson(Number(readTypedNumber(fields.seed) ?? 42) | 0)}
        >
          Classic exercise: y = 0.5x + 2, x = 1…300
        </button>
      </div>
    </div>
  );
}
