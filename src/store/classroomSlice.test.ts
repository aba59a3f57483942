import { describe, expect, it } from 'vitest';
import { createNotebookStore } from './notebookStore';
import { resetState } from './session';

describe('speaker notes', () => {
  it('open the projector view with the notes when pressed outside it, and then switch only the notes', () => {
    const store = createNotebookStore();
    store.getState().toggleSpeakerNotes();
    expect(store.getState()).toMatchObject({ presentation: true, speakerNotes: true });
    store.getState().toggleSpeakerNotes();
    expect(store.getState()).toMatchObject({ presentation: true, speakerNotes: false });
    store.getState().togglePresentation();
    store.getState().toggleSpeakerNotes();
    expect(store.getState()).toMatchObject({ presentation: true, speakerNotes: true });
  });
  it('keep their lesson and their state through a reset of the settings', () => {
    const store = createNotebookStore();
    store.getState().toggleSpeakerNotes();
    store.getState().showNotesFor('scaling');
    store.getState().setLearningRate(0.3);
    resetState(store);
    expect(store.getState()).toMatchObject({
      learningRate: 0.1,
      presentation: true,
      speakerNotes: true,
      notesLesson: 'scaling',
    });
  });
});
