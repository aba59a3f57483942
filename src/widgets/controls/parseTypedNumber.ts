import { isValidEpochBudget, isValidLearningRate, MAX_EPOCH_BUDGET, MAX_LEARNING_RATE } from '../../model/userSettings';

/** What a number box makes of the text typed into it: a value, or a message saying what to type. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Reads a number typed by a person: spaces are ignored and a decimal comma is accepted; null if it is not one. */
export function readTypedNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/−/g, '-')
    .replace(/^(-?\d*),(\d+)$/, '$1.$2');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

/** A typed learning rate, checked by the same rule as links and saved sessions (model/settings/limits.ts). */
export function parseLearningRate(text: string): ParsedNumber {
  if (text.trim() === '') return { ok: false, message: 'Type a learning rate, for example 0.1 or 1e-3.' };
  const value = readTypedNumber(text);
  if (value === null) return { ok: false, message: `“${text.trim()}” is not a number. Type one such as 0.1 or 1e-3.` };
  if (!(value > 0))
    return { ok: false, message: 'The learning rate must be greater than 0: a step of size 0 never moves the line.' };
  if (!isValidLearningRate(value))
    return {
      ok: false,
      message: `Keep the learning rate at most ${MAX_LEARNING_RATE}; larger steps only overflow at once.`,
    };
  return { ok: true, value };
}

/** A typed epoch budget, checked by the same rule as links and saved sessions. */
export function parseEpochBudget(text: string): ParsedNumber {
  const limit = MAX_EPOCH_BUDGET.toLocaleString('en');
  if (text.trim() === '') return { ok: false, message: `Type a number of epochs from 1 to ${limit}.` };
  const value = readTypedNumber(text.replace(/[,_](?=\d{3}\b)/g, ''));
  if (value === null)
    return {
      ok: false,
      message: `“${text.trim()}” is not a number. Type a whole number of epochs from 1 to ${limit}.`,
    };
  if (!Number.isInteger(value))
    return { ok: false, message: 'Epochs are counted whole: type a whole number such as 1000.' };
  if (!isValidEpochBudget(value)) return { ok: false, message: `Choose from 1 to ${limit} epochs.` };
  return { ok: true, value };
}
