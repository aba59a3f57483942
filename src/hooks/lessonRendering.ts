import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { LESSON_IDS, type LessonId } from '../model/settings';
import { afterInputPause } from './inputQuiet';

// Which lessons have their body on the page. At start-up only the first lesson does (with the
// introduction it fills the first screen); every other lesson is a shell (its section and
// heading, so links, the outline and screen readers find it) until the first fit is on screen.
// Then lessons that come near the screen render first, and the rest one by one in idle time,
// in reading order; a jump to a lesson or printing renders at once what they need.

/** The longest the lessons below the fold wait for the first fit before rendering anyway. */
const LESSON_RENDERING_DEADLINE_MS = 1500;
/** How long an idle callback may be put off on a busy machine before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

type Listener = (urgent: boolean) => void;

let rendered: ReadonlySet<LessonId> = new Set<LessonId>(LESSON_IDS.slice(0, 1));
let started = false;
let idleScheduled = false;
/** Lessons that came near the screen before rendering started; they go first. */
const asked = new Set<LessonId>();
const listeners = new Set<Listener>();

function add(ids: readonly LessonId[], urgent: boolean): void {
  const missing = ids.filter((id) => !rendered.has(id));
  if (missing.length === 0) return;
  rendered = new Set([...rendered, ...missing]);
  for (const listener of listeners) listener(urgent);
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(callback, 50);
}

/**
 * Renders the next lesson in reading order that is still a shell, then waits for idle time
 * again. While the user drags a slider or types, it waits for them to pause first: a lesson's
 * commit can take longer than a frame. (idleScheduled stays set while it waits.)
 */
function renderNextWhenIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  whenIdle(() =>
    afterInputPause(() => {
      idleScheduled = false;
      const next = [...asked].find((id) => !rendered.has(id)) ?? LESSON_IDS.find((id) => !rendered.has(id));
      if (!next) return;
      add([next], false);
      renderNextWhenIdle();
    }),
  );
}

/**
 * Lets the lessons below the fold render (idempotent): the page calls it once the first fit
 * has been painted. Lessons then render one per idle period, those asked for near the screen first.
 */
export function startRenderingLessons(): void {
  if (started) return;
  started = true;
  renderNextWhenIdle();
}

/** A lesson's shell came near the screen: render its body soon (before the other shells). */
export function renderLessonSoon(id: LessonId): void {
  if (rendered.has(id)) return;
  asked.add(id);
  if (!started) return;
  // near the screen: in the next task, as an interruptible update, rather than after idle time;
  // but not in the middle of a drag (scrolling does not count as input)
  setTimeout(() => afterInputPause(() => add([id], false)), 0);
}

/** Renders a lesson's body now (a jump to it): the next commit has it. */
export function renderLessonNow(id: LessonId): void {
  add([id], true);
}

/** Renders every lesson's body before the page returns (printing needs them all on paper). */
function renderEveryLessonNow(): void {
  flushSync(() => add(LESSON_IDS, true));
}

/** Whether a lesson's body is on the page (else its shell). */
export function isLessonRendered(id: LessonId): boolean {
  return rendered.has(id);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', renderEveryLessonNow);
  window.setTimeout(startRenderingLessons, LESSON_RENDERING_DEADLINE_MS);
}

/**
 * The lessons whose body is on the page. Rendering in idle time or near the screen is a
 * transition (React yields to input while it renders a lesson); a jump or printing is urgent.
 */
export function useRenderedLessons(): ReadonlySet<LessonId> {
  const [shown, setShown] = useState(rendered);
  useEffect(() => {
    const listener: Listener = (urgent) => {
      if (urgent) setShown(rendered);
      else startTransition(() => setShown(rendered));
    };
    listeners.add(listener);
    setShown(rendered);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return shown;
}
