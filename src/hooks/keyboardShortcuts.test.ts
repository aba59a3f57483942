import { describe, expect, it } from 'vitest';
import { shortcutFor } from './keyboardShortcuts';

const press = (key: string, shiftKey = false) => ({ key, shiftKey, ctrlKey: false, metaKey: false, altKey: false });
const on = (tagName: string) => ({ tagName, isContentEditable: false }) as unknown as EventTarget;

describe('shortcutFor', () => {
  it('maps the lecture keys to actions', () => {
    expect(shortcutFor(press(' '), on('BODY'))?.action).toBe('togglePlay');
    expect(shortcutFor(press('ArrowRight'), on('BODY'))?.action).toBe('step');
    expect(shortcutFor(press('ArrowRight', true), on('BODY'))?.action).toBe('stepTen');
    expect(shortcutFor(press('Home'), on('BODY'))?.action).toBe('reset');
    expect(shortcutFor(press('End'), on('BODY'))?.action).toBe('runToEnd');
  });
  it('leaves keys alone while a field has focus, so typing and slider arrows still work', () => {
    expect(shortcutFor(press('ArrowRight'), on('INPUT'))).toBeUndefined();
    expect(shortcutFor(press('r'), on('SELECT'))).toBeUndefined();
  });
  it('lets Space press a focused button instead of toggling playback', () => {
    expect(shortcutFor(press(' '), on('BUTTON'))).toBeUndefined();
    expect(shortcutFor(press('ArrowRight'), on('BUTTON'))?.action).toBe('step');
  });
  it('ignores key chords with Ctrl, Cmd or Alt', () => {
    expect(shortcutFor({ ...press('r'), ctrlKey: true }, on('BODY'))).toBeUndefined();
  });
});
