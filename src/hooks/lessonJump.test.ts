import { describe, expect, it } from 'vitest';
import { LESSON_IDS } from '../model/settings';
import { lessonOfFragment } from './lessonJump';

describe('lessonOfFragment', () => {
  it('names the lesson of a fragment that is a lesson id, for every lesson', () => {
    for (const id of LESSON_IDS) expect(lessonOfFragment(`#${id}`)).toBe(id);
    expect(lessonOfFragment('python')).toBe('python');
  });

  it('names no lesson for the lab, a shared link, an unknown id or a malformed escape', () => {
    expect(lessonOfFragment('#lab')).toBeNull();
    expect(lessonOfFragment('#v=1&lesson=evaluation')).toBeNull();
    expect(lessonOfFragment('#evaluation-title')).toBeNull();
    expect(lessonOfFragment('#%E0')).toBeNull();
    expect(lessonOfFragment('')).toBeNull();
  });
});
