import { type RefCallback, useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NotebookState } from '../store/notebookState';
import { useNotebook } from '../store/notebookStore';

/**
 * Whether the element given to the returned ref is on screen (within 200 px of it). An element
 * not yet seen by the observer counts as on screen.
 */
function useOnScreen(): [RefCallback<HTMLElement>, boolean] {
  const [visible, setVisible] = useState(true);
  const observer = useRef<IntersectionObserver | null>(null);
  // A callback ref, so the element is observed whenever it appears, not only at first render.
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    // One callback may carry several entries for the element (it left and came back between two
    // frames); the last one is its state now.
    observer.current = new IntersectionObserver((entries) => setVisible(entries.at(-1)?.isIntersecting ?? true), {
      rootMargin: '200px',
    });
    observer.current.observe(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, visible];
}

/**
 * Returns `value` while the element is on screen, and the last value it showed while it is
 * not. `value` should be a memoised object or a primitive, so equal inputs keep their identity.
 */
export function useWhileVisible<T>(value: T): [RefCallback<HTMLElement>, T] {
  const [ref, visible] = useOnScreen();
  const shown = useRef(value);
  if (visible) shown.current = value;
  return [ref, shown.current];
}

/**
 * Selects from the store like `useNotebook(selector)` (shallowly compared) while the returned
 * ref's element is on screen. Off screen, the selection holds still and a store change does not
 * re-render the component at all: heavy lesson widgets (typeset equations, their own plots) use
 * it so that dragging a slider in the lab only renders what can be seen. Scrolling one into view
 * catches it up.
 */
export function useVisibleNotebook<T extends object>(
  selector: (state: NotebookState) => T,
): [RefCallback<HTMLElement>, T] {
  const [ref, visible] = useOnScreen();
  const held = useRef<T | null>(null);
  const selection = useNotebook(
    useShallow((state: NotebookState) => (visible || held.current === null ? selector(state) : held.current)),
  );
  held.current = selection;
  return [ref, selection];
}
