import { useEffect, useId, useMemo, useState } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import {
  ESTIMATE_TOLERANCE_TEXT,
  estimatePrompt,
  initialGuess,
  isEstimateRight,
  LOSS_ESTIMATE_EPOCH,
  LOSS_ESTIMATE_ID,
} from '../../model/predictions/lossEstimate';
import { useNotebook } from '../../store/notebookStore';
import { answerLossEstimate, predictionContextOf } from '../../store/predictionActions';
import { ControlGate } from '../classroom/ControlGate';
import { readTypedNumber } from '../controls/parseTypedNumber';
import './handsOn.css';

/** One arrow-key press multiplies or divides the guess by this (by 2 with Shift). */
const KEY_FACTOR = 1.1;

/**
 * "Where will the loss be after 100 epochs?": the student places a guess on the loss plot (drag
 * the marker at epoch 100) or types it, then the run shows the real loss there. The guess stays
 * drawn beside the real curve; the feedback says how far off it was.
 */
export function LossEstimateQuestion() {
  // Off screen the question holds still: a learning-rate drag in the lab renders only what can be seen.
  const [ref, { problem, learningRate, epochBudget, shuffleSeed, startingLoss, record, guess }] = useVisibleNotebook(
    (state) => ({
      problem: state.problem,
      learningRate: state.learningRate,
      epochBudget: state.epochBudget,
      shuffleSeed: state.shuffleSeed,
      startingLoss: state.trajectory?.losses[0] ?? null,
      record: state.predictions[LOSS_ESTIMATE_ID],
      guess: state.lossGuess,
    }),
  );
  const { setLossGuess, forgetPrediction } = useNotebook.getState();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const context = useMemo(
    () => predictionContextOf({ problem, learningRate, epochBudget, shuffleSeed }),
    [problem, learningRate, epochBudget, shuffleSeed],
  );
  // The box follows the marker while it is dragged on the plot (and not while the student types).
  useEffect(() => {
    if (guess === null) return;
    setText((current) => (readTypedNumber(current) === guess ? current : formatNumber(guess, 4)));
    setError(null);
  }, [guess]);
  if (!context) return null;
  const typed = (value: string) => {
    setText(value);
    const parsed = readTypedNumber(value);
    if (value.trim() === '') setError('Type a loss, for example 0.05.');
    else if (parsed === null) setError(`“${value.trim()}” is not a number. Type a loss such as 0.05.`);
    else if (!(parsed > 0) || !Number.isFinite(parsed))
      setError('A mean squared error is never negative, and a guess of 0 cannot be compared: type a positive loss.');
    else {
      setError(null);
      setLossGuess(parsed);
    }
  };
  const right = record ? isEstimateRight(record.guess, record.actual) : false;
  return (
    <ControlGate control="predictions">
      <fieldset ref={ref} className="prediction" data-testid="prediction-question" data-question={LOSS_ESTIMATE_ID}>
        <legend>{record ? record.prompt : estimatePrompt(context)}</legend>
        {!record && (
          <>
            <p className="note">
              Drag the black diamond at epoch {LOSS_ESTIMATE_EPOCH} on the loss plot up or down, or type your guess. It
              counts as right {ESTIMATE_TOLERANCE_TEXT}.
            </p>
            {guess === null ? (
              <button
                type="button"
                data-testid="loss-guess-start"
                onClick={() => setLossGuess(initialGuess(startingLoss ?? 1))}
              >
                Draw my guess on the loss plot
              </button>
            ) : (
              <div className="loss-guess-field">
                <label htmlFor={inputId}>Your guess: the loss after {LOSS_ESTIMATE_EPOCH} epochs</label>
                <input
                  id={inputId}
                  type="text"
                  inputMode="decimal"
                  data-testid="loss-guess-input"
                  value={text}
                  aria-invalid={error !== null}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) => typed(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
                    event.preventDefault();
                    const factor = event.shiftKey ? 2 : KEY_FACTOR;
                    setLossGuess(event.key === 'ArrowUp' ? guess * factor : guess / factor);
                  }}
                />
                <span className="note">↑ and ↓ change it by 10% (Shift: double or halve).</span>
                {error && (
                  <p className="field-problem" role="alert" id={errorId}>
                    {error}
                  </p>
                )}
              </div>
            )}
            <button
              type="button"
              className="primary"
              data-testid="prediction-reveal"
              disabled={guess === null || error !== null}
              onClick={() => guess !== null && answerLossEstimate(guess)}
            >
              Run it and see
            </button>
          </>
        )}
        <div role="status" aria-live="polite">
          {record && (
            <p
              className={right ? 'prediction-feedback right' : 'prediction-feedback wrong'}
              data-testid="prediction-feedback"
              data-correct={String(right)}
              data-guess={String(record.guess)}
              data-actual={String(record.actual)}
            >
              {record.explanation}
            </p>
          )}
        </div>
        {record && (
          <button
            type="button"
            className="small"
            onClick={() => {
              setText('');
              forgetPrediction(LOSS_ESTIMATE_ID);
            }}
          >
            Ask me again
          </button>
        )}
      </fieldset>
    </ControlGate>
  );
}
