import { resetToDefaults } from '../../store/session';

/** Back to the notebook as it first opens: Advertising, the lesson's settings, nothing saved. */
export function ResetDefaultsButton() {
  return (
    <button
      type="button"
      className="small"
      data-testid="reset-defaults"
      title="Reload the Advertising data and the lesson's settings, and forget the saved session"
      onClick={() => {
        if (
          window.confirm(
            'Go back to the Advertising data and the default settings? Your loaded data and settings will be forgotten.',
          )
        )
          void resetToDefaults();
      }}
    >
      Reset to defaults
    </button>
  );
}
