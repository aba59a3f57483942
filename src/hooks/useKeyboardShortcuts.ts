import { useEffect } from 'react';
import { useNotebook } from '../store/notebookStore';
import { LEARNING_RATE_SCALE, positionOf, valueAt } from '../format/logScale';
import { shortcutFor, type Shortcut } from './keyboardShortcuts';

function perform(action: Shortcut['action']): void {
  const state = useNotebook.getState();
  const rateStep = (delta: number) =>
    state.setLearningRate(valueAt(LEARNING_RATE_SCALE, positionOf(LEARNING_RATE_SCALE, state.learningRate) + delta));
  switch (action) {
    case 'togglePlay':
      return state.togglePlay();
    case 'step':
      return state.step(1);
    case 'stepTen':
      return state.step(10);
    case 'back':
      return state.step(-1);
    case 'backTen':
      return state.step(-10);
    case 'reset':
      return state.reset();
    case 'runToEnd':
      return state.runToEnd();
    case 'faster':
      return rateStep(10);
    case 'slower':
      return rateStep(-10);
  }
}

/** Listens for the notebook's keyboard shortcuts on the whole page. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event, event.target);
      if (!shortcut) return;
      event.preventDefault();
      perform(shortcut.action);
    };
    // After a mouse click or drag on a button, checkbox or slider, hand focus back to the page,
    // so the lecture keys step epochs instead of nudging that control. Keyboard users keep focus.
    const onPointerUp = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      const element = document.activeElement as HTMLInputElement | null;
      if (
        element?.tagName === 'BUTTON' ||
        (element?.tagName === 'INPUT' && ['range', 'checkbox'].includes(element.type))
      )
        element.blur();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerup', onPointerUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerup', onPointerUp);
    };
  }, []);
}
