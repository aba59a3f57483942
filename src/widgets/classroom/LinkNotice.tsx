import { useState } from 'react';
import { useNotebook } from '../../store/notebookStore';
import { backToOwnWork, keepLinkAsOwnWork } from '../../store/openLink';

/**
 * Shown while the notebook displays a shared link: what of it was not applied and why, and how
 * to get back to one's own saved work (which the link never overwrites).
 */
export function LinkNotice() {
  const view = useNotebook((state) => state.linkView);
  const embedded = useNotebook((state) => state.embed !== null);
  const [busy, setBusy] = useState(false);
  if (!view || (embedded && view.ignored.length === 0)) return null;
  return (
    <section className="link-notice" data-testid="link-notice" aria-label="About this shared link">
      {!embedded && (
        <p>
          You are looking at a shared link.{' '}
          {view.savedSessionKept
            ? 'Your own saved work is untouched: “Back to my work” brings it back.'
            : 'Nothing you had saved is affected.'}{' '}
          Changes you make here are not saved unless you choose “Keep this as my work”.
        </p>
      )}
      {view.ignored.length > 0 && (
        <>
          <p>
            <strong>Parts of the link were ignored</strong> (the rest applied; defaults stand in for these):
          </p>
          <ul data-testid="link-ignored">
            {view.ignored.map((field) => (
              <li key={`${field.key}:${field.value}`}>
                <code>{field.key}</code> ({field.label}) “{field.value}” {field.reason}.
              </li>
            ))}
          </ul>
        </>
      )}
      {!embedded && (
        <div className="link-notice-actions">
          <button
            type="button"
            data-testid="back-to-my-work"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void backToOwnWork().finally(() => setBusy(false));
            }}
          >
            {view.savedSessionKept ? 'Back to my work' : 'Leave the link (start afresh)'}
          </button>
          <button type="button" data-testid="keep-link" onClick={keepLinkAsOwnWork}>
            Keep this as my work
          </button>
        </div>
      )}
    </section>
  );
}
