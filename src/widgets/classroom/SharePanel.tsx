import { useEffect, useId, useMemo, useState } from 'react';
import {
  CLASSROOM_CONTROLS,
  type ClassroomControl,
  CONTROL_LABELS,
  LESSON_IDS,
  LESSON_TITLES,
  type LessonId,
} from '../../model/settings';
import { savedSettingsOf } from '../../persistence/sessionSnapshot';
import { useNotebook } from '../../store/notebookStore';
import { type ClassroomChoice, shareLinkOf } from '../../store/openLink';
import { QrCode } from './QrCode';

/** Each lesson as the opening-lesson picker lists it: its number on the page and its title. */
const LESSON_CHOICES: Readonly<Record<LessonId, string>> = Object.fromEntries(
  LESSON_IDS.map((id, index) => [id, `${index + 1} · ${LESSON_TITLES[id]}`]),
) as Record<LessonId, string>;

/**
 * "Share": a link that reopens what is on screen, as text and as a QR code large enough to scan
 * from the back of a room, an iframe snippet for slides, and the instructor's choices of what
 * students see ("Prepare for class").
 */
export function SharePanel() {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [choice, setChoice] = useState<ClassroomChoice>({
    hidden: [],
    locked: [],
    prose: true,
    lesson: null,
    embed: null,
  });
  // While open, re-render when any shared setting or the data changes (each selector returns a
  // plain value). While closed the settings are not even serialised: a slider drag stays light.
  const settingsKey = useNotebook((state) => (open ? JSON.stringify(savedSettingsOf(state)) : ''));
  const dataSet = useNotebook((state) => state.dataSet);
  // The link is built from the store's current state; settingsKey and dataSet are the parts of
  // it the link holds, so it is rebuilt (and its data recompressed) only when they change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: settingsKey and dataSet stand for the state read inside
  const share = useMemo(
    () => (open ? shareLinkOf(useNotebook.getState(), choice) : null),
    [open, choice, settingsKey, dataSet],
  );
  const base = `${location.origin}${location.pathname}`;
  const url = share ? `${base}#${share.fragment}` : '';
  const embedTarget = choice.lesson ?? 'lab';
  const embedUrl = share
    ? `${base}#${shareLinkOf(useNotebook.getState(), { ...choice, embed: embedTarget }).fragment}`
    : '';
  const snippet = `<iframe src="${embedUrl.replace(/&/g, '&amp;')}" title="Downhill: linear regression and gradient descent" width="960" height="640" style="border:0" sandbox="allow-scripts allow-same-origin allow-downloads" loading="lazy"></iframe>`;
  const panelId = useId();

  const openAndCopy = () => {
    const next = !open;
    setOpen(next);
    if (!next) return;
    const link = `${base}#${shareLinkOf(useNotebook.getState(), choice).fragment}`;
    navigator.clipboard?.writeText(link).then(
      () => setCopied('The link is on the clipboard.'),
      () => setCopied('Copy the link from the box below.'),
    );
  };
  useEffect(() => {
    if (!open) setCopied(null);
  }, [open]);

  return (
    <div className="share">
      <button type="button" data-testid="share" aria-expanded={open} aria-controls={panelId} onClick={openAndCopy}>
        Share
      </button>
      {open && share && (
        <section id={panelId} className="share-panel card" aria-label="Share this state">
          <label className="share-field">
            Link to exactly what is on screen
            <input
              type="text"
              readOnly
              value={url}
              data-testid="share-url"
              onFocus={(event) => event.target.select()}
            />
          </label>
          {copied && (
            <p className="note" role="status">
              {copied}
            </p>
          )}
          {share.dataTooLarge !== null && share.dataFile && (
            <div className="share-data-note" data-testid="share-data-too-large" role="status">
              <p>
                Your data is {Math.round(share.dataTooLarge / 1000).toLocaleString('en')} kB even compressed, more than
                the 50 kB a link can carry. The link holds the settings only: send the data file with it, and ask
                students to load it first.
              </p>
              <DownloadButton name={share.dataFile.name} text={share.dataFile.text} />
            </div>
          )}
          <QrCode text={url} />
          <PrepareForClass choice={choice} onChange={setChoice} />
          <label className="share-field">
            Embed in slides or a course page (
            {embedTarget === 'lab' ? 'the lab alone' : 'the chosen lesson with its widgets'})
            <textarea
              readOnly
              rows={4}
              value={snippet}
              data-testid="share-embed"
              onFocus={(event) => event.target.select()}
            />
          </label>
          <p className="note" data-testid="share-embed-note">
            The sandbox must keep <code>allow-same-origin</code> beside <code>allow-scripts</code>: Downhill loads its
            code as modules and computes in workers from its own site, and without it the frame stays blank (it then
            explains why after a few seconds). It gives the frame Downhill’s origin, not your page’s, and an embed never
            reads or writes a visitor’s saved work. Serve Downhill from a different site than the page that embeds it:
            on the same site, those two permissions together would let the frame lift its own sandbox.
          </p>
        </section>
      )}
    </div>
  );
}

function DownloadButton({ name, text }: { name: string; text: string }) {
  const download = () => {
    const href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = name.endsWith('.csv') ? name : `${name}.csv`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  };
  return (
    <button type="button" data-testid="share-data-file" onClick={download}>
      Download the data to send with the link
    </button>
  );
}

/** What students see: controls hidden or locked, the lesson that opens, whether the prose shows. */
function PrepareForClass({
  choice,
  onChange,
}: {
  choice: ClassroomChoice;
  onChange: (choice: ClassroomChoice) => void;
}) {
  const toggle = (list: 'hidden' | 'locked', control: ClassroomControl, on: boolean) => {
    const current = choice[list] ?? [];
    onChange({ ...choice, [list]: on ? [...current, control] : current.filter((item) => item !== control) });
  };
  return (
    <details className="prepare-for-class" data-testid="prepare-for-class">
      <summary>Prepare for class: what students see</summary>
      <table className="control-choices">
        <caption className="visually-hidden">Hide or lock each control for students</caption>
        <thead>
          <tr>
            <th scope="col">Control</th>
            <th scope="col">Hide</th>
            <th scope="col">Lock</th>
          </tr>
        </thead>
        <tbody>
          {CLASSROOM_CONTROLS.map((control) => (
            <tr key={control}>
              <th scope="row">{CONTROL_LABELS[control]}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Hide ${CONTROL_LABELS[control]}`}
                  data-testid={`hide-${control}`}
                  checked={choice.hidden?.includes(control) ?? false}
                  onChange={(event) => toggle('hidden', control, event.target.checked)}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Lock ${CONTROL_LABELS[control]}`}
                  data-testid={`lock-${control}`}
                  checked={choice.locked?.includes(control) ?? false}
                  onChange={(event) => toggle('locked', control, event.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="share-field">
        Lesson that opens
        <select
          data-testid="opening-lesson"
          value={choice.lesson ?? ''}
          onChange={(event) => onChange({ ...choice, lesson: (event.target.value || null) as LessonId | null })}
        >
          <option value="">The top of the notebook</option>
          {LESSON_IDS.map((lesson) => (
            <option key={lesson} value={lesson}>
              {LESSON_CHOICES[lesson]}
            </option>
          ))}
        </select>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          data-testid="show-prose"
          checked={choice.prose}
          onChange={(event) => onChange({ ...choice, prose: event.target.checked })}
        />
        Show the lessons’ prose (untick to hand out the lab and widgets alone)
      </label>
    </details>
  );
}
