import { useNotebook } from '../../store/notebookStore';

/** Min–max scaling of both columns to [0, 1] before fitting. */
export function ScalingToggle() {
  const scaling = useNotebook((state) => state.scaling);
  const setScaling = useNotebook((state) => state.setScaling);
  return (
    <label className="toggle">
      <input
        type="checkbox"
        checked={scaling}
        data-testid="scaling"
        onChange={(event) => setScaling(event.target.checked)}
      />
      Scale both columns to [0, 1]
    </label>
  );
}
