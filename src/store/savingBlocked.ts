import type { StoreApi } from 'zustand';
import type { NotebookState } from './notebookState';

/**
 * Whether changes are saved, per store. Off when the browser has no storage, and when the
 * storage could not be read: saving then could overwrite a session the student has not seen yet.
 */
export const savingBlocked = new WeakSet<StoreApi<NotebookState>>();
