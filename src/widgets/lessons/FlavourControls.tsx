import { useEffect, useState } from 'react';
import { type FlavourKind, isValidTolerance, type OptimiserKind } from '../../model/userSettings';
import { useNotebook } from '../../store/notebookStore';
import { readTypedNumber } from '../controls/parseTypedNumber';

const FLAVOURS: { value: FlavourKind; label: string }[] = [
  { value: 'batch', label: 'Batch: every point, one update an epoch' },
  { value: 'mini-batch', label: 'Mini-batch: one update per batch' },
  { value: 'stochastic', label: 'Stochastic: one update per point' },
];
const OPTIMISERS: { value: OptimiserKind; label: string }[] = [
  { value: 'plain', label: 'Plain gradient steps' },
  { value: 'momentum', label: 'Momentum (β = 0.9)' },
  { value: 'adam', label: 'Adam (β₁ = 0.9, β₂ = 0.999)' },
];

/** A labelled drop-down over a fixed list of choices, each with its words. */
function ChoiceSelect<Value extends string>({
  label,
  testId,
  value,
  choices,
  onChoose,
}: {
  label: string;
  testId: string;
  value: Value;
  choices: readonly { value: Value; label: string }[];
  onChoose: (value: Value) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} data-testid={testId} onChange={(event) => onChoose(event.target.value as Value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How each update is made: which points feed it, how the step is formed, and when to stop. */
export function FlavourControls() {
  const flavourKind = useNotebook((state) => state.flavourKind);
  const batchSize = useNotebook((state) => state.batchSize);
  const optimiserKind = useNotebook((state) => state.optimiserKind);
  const shuffleSeed = useNotebook((state) => state.shuffleSeed);
  const stopOnTolerance = useNotebook((state) => state.stopOnTolerance);
  const tolerance = useNotebook((state) => state.tolerance);
  const pointCount = useNotebook((state) => state.problem?.rowCount ?? 0);
  // The actions only: holding the whole state here would keep an old data set alive while this
  // panel has no reason to render again (the same number of rows loaded anew).
  const { setBatchSize, setFlavourKind, setOptimiserKind, setShuffleSeed, setStopOnTolerance, setTolerance } =
    useNotebook.getState();
  const shuffled = flavourKind !== 'batch';
  return (
    <div className="flavour-controls card">
      <ChoiceSelect
        label="Which points each update uses"
        testId="flavour"
        value={flavourKind}
        choices={FLAVOURS}
        onChoose={setFlavourKind}
      />
      {flavourKind === 'mini-batch' && (
        <label>
          Batch size (of {pointCount.toLocaleString('en')} points)
          <input
            type="number"
            min={1}
            max={Math.max(1, pointCount)}
            step={1}
            value={batchSize}
            data-testid="batch-size"
            onChange={(event) => {
              if (event.target.value.trim() !== '')
                setBatchSize(Math.min(Math.max(1, pointCount), Math.max(1, Math.round(Number(event.target.value)))));
            }}
          />
        </label>
      )}
      {shuffled && (
        <label>
          Shuffle seed
          <span className="inline-field">
            <input
              type="number"
              min={0}
              step={1}
              value={shuffleSeed}
              data-testid="shuffle-seed"
              onChange={(event) => {
                if (event.target.value.trim() !== '') setShuffleSeed(Math.round(Number(event.target.value)));
              }}
            />
            <button
              type="button"
              onClick={() => setShuffleSeed((shuffleSeed * 1_103_515_245 + 12_345) % 2_147_483_648)}
            >
              New seed
            </button>
          </span>
        </label>
      )}
      <ChoiceSelect
        label="How each step is formed"
        testId="optimiser"
        value={optimiserKind}
        choices={OPTIMISERS}
        onChoose={setOptimiserKind}
      />
      <div className="tolerance-row">
        <label className="toggle">
          <input
            type="checkbox"
            checked={stopOnTolerance}
            data-testid="stop-on-tolerance"
            onChange={(event) => setStopOnTolerance(event.target.checked)}
          />
          Stop early when the loss changes by less than
        </label>
        <ToleranceBox value={tolerance} onValue={setTolerance} />
        <span>of itself per epoch</span>
      </div>
    </div>
  );
}

/** The relative tolerance, typed: applied on Enter or when leaving the box, explained when invalid. */
function ToleranceBox({ value, onValue }: { value: number; onValue: (value: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(String(value)), [value]);
  const apply = () => {
    const parsed = readTypedNumber(draft);
    if (parsed === null || !isValidTolerance(parsed)) {
      setProblem(`Type a tolerance between 0 and 1, such as 1e-9; “${draft.trim()}” is not one.`);
      return;
    }
    setProblem(null);
    onValue(parsed);
  };
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        className={problem ? 'number-box invalid' : 'number-box'}
        value={draft}
        data-testid="tolerance"
        aria-label="Relative tolerance on the loss change"
        aria-invalid={problem !== null}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
      {problem && (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
