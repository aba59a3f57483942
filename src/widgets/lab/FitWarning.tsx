import { useNotebook } from '../../store/notebookStore';

/** Says when the data's conditioning limits how many digits of the fitted line mean anything. */
export function FitWarning() {
  const warning = useNotebook((state) => (state.problem ?? state.manyProblem)?.fitWarning ?? null);
  if (!warning) return null;
  return (
    <p className="fit-warning" role="note" data-testid="fit-warning">
      <strong>Fewer digits than shown: </strong>
      {warning}
    </p>
  );
}
