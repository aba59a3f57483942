/** Keyboard shortcuts for stepping through a run, e.g. from a lecture-hall clicker or keyboard. */
export interface Shortcut {
  readonly keys: string;
  readonly description: string;
  readonly matches: (event: Pick<KeyboardEvent, 'key' | 'shiftKey'>) => boolean;
  readonly action:
    | 'togglePlay'
    | 'step'
    | 'stepTen'
    | 'back'
    | 'backTen'
    | 'reset'
    | 'runToEnd'
    | 'faster'
    | 'slower'
    | 'presentation'
    | 'speakerNotes';
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: 'Space or K',
    description: 'play / pause',
    action: 'togglePlay',
    matches: (e) => e.key === ' ' || e.key === 'k',
  },
  {
    keys: '→ or .',
    description: 'one epoch forward',
    action: 'step',
    matches: (e) => (e.key === 'ArrowRight' || e.key === '.') && !e.shiftKey,
  },
  {
    keys: 'Shift + →',
    description: 'ten epochs forward',
    action: 'stepTen',
    matches: (e) => e.key === 'ArrowRight' && e.shiftKey,
  },
  {
    keys: '← or ,',
    description: 'one epoch back',
    action: 'back',
    matches: (e) => (e.key === 'ArrowLeft' || e.key === ',') && !e.shiftKey,
  },
  {
    keys: 'Shift + ←',
    description: 'ten epochs back',
    action: 'backTen',
    matches: (e) => e.key === 'ArrowLeft' && e.shiftKey,
  },
  {
    keys: 'Home or R',
    description: 'reset to epoch 0',
    action: 'reset',
    matches: (e) => e.key === 'Home' || e.key === 'r',
  },
  {
    keys: 'End or E',
    description: 'run to the end',
    action: 'runToEnd',
    matches: (e) => e.key === 'End' || e.key === 'e',
  },
  { keys: ']', description: 'learning rate up one step', action: 'faster', matches: (e) => e.key === ']' },
  { keys: '[', description: 'learning rate down one step', action: 'slower', matches: (e) => e.key === '[' },
  {
    keys: 'P',
    description: 'presentation view (for a projector) on / off',
    action: 'presentation',
    matches: (e) => e.key === 'p' || e.key === 'P',
  },
  {
    keys: 'N',
    description: 'speaker notes (the lesson’s prose beside the projector view) on / off',
    action: 'speakerNotes',
    matches: (e) => e.key === 'n' || e.key === 'N',
  },
];

/** The shortcut a key press triggers, or undefined. Typing in a field never triggers one. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: EventTarget | null,
): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const element = target as HTMLElement | null;
  const tag = element?.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'SUMMARY' || element?.isContentEditable)
    return undefined;
  // Space on a focused button presses it; do not also toggle playback.
  if (tag === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.matches(event));
}
