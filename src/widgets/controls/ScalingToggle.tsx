import { useNotebook } from '../../store/notebookStore';

/** Min–max scaling of every column to [0, 1] before fitting (by the largest value alone through the origin). */
export function ScalingToggle() {
  const scaling = useNotebook((state) => state.scaling);
  const setScaling = useNotebook((state) => state.setScaling);
  const many = useNotebook((state) => state.manyProblem !== null);
  const throughOrigin = useNotebook((state) => state.throughOrigin);
  // on large data a weight-vector model is prepared in a worker; the units wait until it is done
  const preparing = useNotebook((state) => state.modelPreparing);
  return (
    <label className="toggle">
      <input
        type="checkbox"
        checked={scaling}
        data-testid="scaling"
        disabled={preparing}
        onChange={(event) => setScaling(event.target.checked)}
      />
      {!many
        ? 'Scale both columns to [0, 1]'
        : throughOrigin
          ? 'Scale every column by its largest value'
          : 'Scale every column to [0, 1]'}
    </label>
  );
}
