import { summarisePredictions } from '../../model/predictions/predictionRecord';
import { useNotebook } from '../../store/notebookStore';
import { ControlGate } from '../classroom/ControlGate';

/** How the student's predictions went so far: "4 of 5 predicted right". */
export function PredictionSummary() {
  const predictions = useNotebook((state) => state.predictions);
  const summary = summarisePredictions(predictions);
  return (
    <ControlGate control="predictions">
      <p
        className="prediction-summary live-readout"
        data-testid="prediction-summary"
        data-right={summary.right}
        data-answered={summary.answered}
      >
        Your predictions: {summary.text}
      </p>
    </ControlGate>
  );
}
