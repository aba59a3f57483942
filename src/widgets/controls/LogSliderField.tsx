import { type ReactNode, useId, useState } from 'react';
import { type LogScale, lastPosition, positionOf, valueAt } from '../../format/logScale';
import type { ParsedNumber } from './parseTypedNumber';

interface LogSliderFieldProps {
  label: string;
  scale: LogScale;
  value: number;
  onChange: (value: number) => void;
  parse: (text: string) => ParsedNumber;
  format: (value: number) => string;
  sliderTestId: string;
  inputTestId: string;
  /** Extra content under the slider, such as tick labels or a marker. */
  children?: ReactNode;
}

/**
 * A slider on a log scale beside a box for typing an exact value. Dragging changes the value on
 * every movement, not only on release; the box accepts any valid number, even off the track,
 * and explains invalid input instead of ignoring it.
 */
export function LogSliderField({
  label,
  scale,
  value,
  onChange,
  parse,
  format,
  sliderTestId,
  inputTestId,
  children,
}: LogSliderFieldProps) {
  const id = useId();
  // What the box shows: the value itself, except while the student is typing in it (their text,
  // valid or not). Derived here rather than copied by an effect, so a drag renders the field once
  // per step instead of a second time after the frame is painted.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const editing = draft !== null;

  const typed = (text: string) => {
    setDraft(text);
    const parsed = parse(text);
    setProblem(parsed.ok ? null : parsed.message);
    if (parsed.ok) onChange(parsed.value);
  };

  return (
    <div className="field">
      {/* The exact-value box sits beside the label, so the track and its tick labels get the field's whole width. */}
      <div className="field-head">
        <label htmlFor={`${id}-slider`} className="field-label">
          {label}
        </label>
        <input
          type="text"
          inputMode="decimal"
          className={problem ? 'number-box invalid' : 'number-box'}
          aria-label={`${label}, exact value`}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          value={editing ? draft : format(value)}
          data-testid={inputTestId}
          onFocus={() => setDraft(format(value))}
          onBlur={() => {
            setDraft(null);
            setProblem(null);
          }}
          onChange={(event) => typed(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
          }}
        />
      </div>
      <input
        id={`${id}-slider`}
        className="log-slider"
        type="range"
        min={0}
        max={lastPosition(scale)}
        step={1}
        value={positionOf(scale, value)}
        aria-valuetext={format(value)}
        data-testid={sliderTestId}
        onChange={(event) => {
          setProblem(null);
          onChange(valueAt(scale, Number(event.target.value)));
        }}
      />
      {children}
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
