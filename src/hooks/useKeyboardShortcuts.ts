import { useEffect } from 'react';
import { LEARNING_RATE_SCALE, positionOf, valueAt } from '../format/logScale';
import { controlAccess } from '../store/classroomSlice';
import { useNotebook } from '../store/notebookStore';
import { type Shortcut, shortcutFor } from './keyboardShortcuts';

function perform(action: Shortcut['action']): void {
  const state = useNotebook.getState();
  const rateStep = (delta: number) => {
    // an instructor's link may lock or hide the learning rate; its keys respect that too
    if (controlAccess(state, 'learning-rate') !== 'open') return;
    state.setLearningRate(valueAt(LEARNING_RATE_SCALE, positionOf(LEARNING_RATE_SCALE, state.learningRate) + delta));
  };
  const actions: Record<Shortcut['action'], () => void> = {
    togglePlay: () => state.togglePlay(),
    step: () => state.step(1),
    stepTen: () => state.step(10),
    back: () => state.step(-1),
    backTen: () => state.step(-10),
    reset: () => state.reset(),
    runToEnd: () => state.runToEnd(),
    faster: () => rateStep(10),
    slower: () => rateStep(-10),
    presentation: () => state.togglePresentation(),
    speakerNotes: () => state.toggleSpeakerNotes(),
  };
  actions[action]();
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
