import { LESSON_IDS, type LessonId } from '../model/settings';
import { renderLessonNow } from './lessonRendering';

// A jump to a lesson (a link to #lesson, a shared link that opens on one) scrolls its heading
// to the top of the screen. The lessons above it are then laid out only as they near the
// screen (`content-visibility: auto` keeps a 900 px placeholder for one never shown, where the
// learning-rate lesson is really over 2,000 px tall), and their charts, equations and fonts
// settle after that: each change above the heading would carry it away. So the heading is held
// in place: whenever the lessons' column changes size it is put back at the top, until the
// reader scrolls, clicks or types, or the layout has been still for a while.

/** How long the layout must stay still before the heading is let go. */
const SETTLED_MS = 2500;
/** The longest a heading is held, whatever happens. */
const LONGEST_HOLD_MS = 20_000;
/** What the reader does that ends the hold: from then on, the scroll position is theirs. */
const READER_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

let releaseHeld: (() => void) | null = null;

/** Whether a link fragment (`#evaluation`) names a lesson. */
export function lessonOfFragment(fragment: string): LessonId | null {
  let id: string;
  try {
    id = decodeURIComponent(fragment.replace(/^#/, ''));
  } catch {
    return null; // a malformed escape such as "%E0" names no lesson
  }
  return (LESSON_IDS as readonly string[]).includes(id) ? (id as LessonId) : null;
}

/**
 * Renders the lesson, scrolls its heading to the top of the screen and holds it there while
 * the page above it settles. With `focus`, keyboard focus moves to the heading too.
 */
export function jumpToLesson(lesson: LessonId, { focus = false } = {}): void {
  renderLessonNow(lesson);
  holdAtTop(lesson, focus);
}

/**
 * Keeps the lesson's heading at the top of the screen until the reader takes over or the
 * layout settles. The heading is looked up each time: the lesson's shell and its rendered body
 * are different elements.
 */
function holdAtTop(lesson: LessonId, focus: boolean): void {
  releaseHeld?.();
  const place = () => {
    const heading = document.getElementById(`${lesson}-title`);
    if (!heading) return;
    if (Math.abs(heading.getBoundingClientRect().top) > 1) heading.scrollIntoView({ block: 'start' });
    if (focus && document.activeElement !== heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  };
  place();
  const column = document.getElementById(`${lesson}-title`)?.closest('main');
  if (!column || typeof ResizeObserver === 'undefined') return;
  let settled = window.setTimeout(release, SETTLED_MS);
  const longest = window.setTimeout(release, LONGEST_HOLD_MS);
  const observer = new ResizeObserver(() => {
    place();
    window.clearTimeout(settled);
    settled = window.setTimeout(release, SETTLED_MS);
  });
  observer.observe(column);
  for (const type of READER_EVENTS) window.addEventListener(type, release, { capture: true, passive: true });
  function release() {
    observer.disconnect();
    window.clearTimeout(settled);
    window.clearTimeout(longest);
    for (const type of READER_EVENTS) window.removeEventListener(type, release, { capture: true });
    if (releaseHeld === release) releaseHeld = null;
  }
  releaseHeld = release;
}
