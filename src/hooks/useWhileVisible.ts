import { type RefCallback, useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NotebookState } from '../store/notebookState';
import { useNotebook } from '../store/notebookStore';

/**
 * Returns `value` while the element is on screen, and the last value it showed while it is
 * not. Heavy lesson widgets (typeset equations, their own plots) use it so that dragging a
 * slider in the lab only redraws what can be seen; scrolling one into view catches it up.
 * `value` should be a memoised object or a primitive, so equal inputs keep their identity.
 */
export function useWhileVisible<T>(value: T): [RefCallback<HTMLElement>, T] {
  const [visible, setVisible] = useState(true);
  const observer = useRef<IntersectionObserver | null>(null);
  const shown = useRef(value);
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
  if (visible) shown.current = value;
  return [ref, shown.current];
}

/**
 * Selects from the store like `useNotebook(selector)` (shallowly compared), but holds the
 * selection still while the returned ref's element is off screen.
 */
export function useVisibleNotebook<T extends object>(
  selector: (state: NotebookState) => T,
): [RefCallback<HTMLElement>, T] {
  return useWhileVisible(useNotebook(useShallow(selector)));
}
