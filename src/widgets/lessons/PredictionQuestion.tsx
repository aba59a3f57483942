import { useId, useMemo, useState } from 'react';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { type PredictionId, predictionQuestion } from '../../model/predictions/questions';
import { useNotebook } from '../../store/notebookStore';
import { answerPrediction, predictionContextOf } from '../../store/predictionActions';
import { ControlGate } from '../classroom/ControlGate';
import './handsOn.css';

/**
 * A question to answer before the run: radio choices, a button that runs it, and the answer
 * with one sentence built from the numbers on screen. Answered questions stay answered (they
 * are saved with the session) until the student asks to try again.
 */
export function PredictionQuestion({ id }: { id: PredictionId }) {
  const question = predictionQuestion(id);
  // Off screen the question holds still: a learning-rate drag in the lab renders only what can be seen.
  const [ref, { problem, learningRate, epochBudget, shuffleSeed, record }] = useVisibleNotebook((state) => ({
    problem: state.problem,
    learningRate: state.learningRate,
    epochBudget: state.epochBudget,
    shuffleSeed: state.shuffleSeed,
    record: state.predictions[id],
  }));
  const forget = useNotebook((state) => state.forgetPrediction);
  const [choice, setChoice] = useState<string | null>(null);
  const name = useId();
  const context = useMemo(
    () => predictionContextOf({ problem, learningRate, epochBudget, shuffleSeed }),
    [problem, learningRate, epochBudget, shuffleSeed],
  );
  if (!context) return null;
  const chosen = record?.choice ?? choice;
  const right = record ? record.choice === record.answer : false;
  const answerLabel = question.choices.find((option) => option.value === record?.answer)?.label ?? '';
  // An instructor's link may turn the questions off (hidden) or show them without answers (locked).
  return (
    <ControlGate control="predictions">
      <fieldset ref={ref} className="prediction" data-testid="prediction-question" data-question={id}>
        <legend>{record ? record.prompt : question.prompt(context)}</legend>
        <div className="prediction-choices">
          {question.choices.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={chosen === option.value}
                disabled={record !== undefined}
                onChange={() => setChoice(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
        {!record && (
          <button
            type="button"
            className="primary"
            data-testid="prediction-reveal"
            disabled={choice === null}
            onClick={() => choice && answerPrediction(id, choice)}
          >
            {question.revealLabel}
          </button>
        )}
        <div role="status" aria-live="polite">
          {record && (
            <p
              className={right ? 'prediction-feedback right' : 'prediction-feedback wrong'}
              data-testid="prediction-feedback"
              data-correct={String(right)}
            >
              <strong>
                {right ? 'Right.' : `Not this time: ${answerLabel.charAt(0).toLowerCase()}${answerLabel.slice(1)}.`}
              </strong>{' '}
              {record.explanation}
            </p>
          )}
        </div>
        {record && (
          <button
            type="button"
            className="small"
            onClick={() => {
              setChoice(null);
              forget(id);
            }}
          >
            Ask me again
          </button>
        )}
      </fieldset>
    </ControlGate>
  );
}
