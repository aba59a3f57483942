import * as v from 'valibot';
import type { SyntheticLineSettings } from '../../core/syntheticData';
import { LINK_FIELDS, type LinkFieldName, type LinkFields, recipeNumbers } from './linkFields';
import { SESSION_FIELDS, SETTINGS_VERSION, type SessionFieldName, type SessionSettings, type TextForm } from './schema';

// A link's state lives in the URL fragment (after #), which browsers never send to a server:
// data carried in a link stays between the people who share it. The fragment is a plain
// query string, `v=1&data=advertising&lr=0.1&…`, one short key per field of the schema.

/** A field of a link that was not applied, and why, in words for the notice. */
export interface IgnoredField {
  readonly key: string;
  /** What the field is, e.g. "learning rate". */
  readonly label: string;
  /** The text the link held (shortened), shown as plain text. */
  readonly value: string;
  readonly reason: string;
}

/** What a link asks for: settings to apply and the link-only fields, each present only when valid. */
export interface LinkState {
  readonly settings: Partial<SessionSettings>;
  readonly fields: Partial<LinkFields>;
}

export interface ReadLink {
  readonly link: LinkState;
  readonly ignored: readonly IgnoredField[];
}

/** Links longer than this are refused whole (a link with the largest data allowed is about 70 000 characters). */
export const MAX_LINK_CHARACTERS = 80_000;

const VERSION_KEY = 'v';

type AnyField = { key: string; label: string; text: TextForm | 'list' | 'numbers'; schema: v.GenericSchema };
const ENTRIES: readonly (readonly [kind: 'session' | 'link', name: string, spec: AnyField])[] = [
  ...Object.entries(SESSION_FIELDS).map(([name, spec]) => ['session', name, spec as AnyField] as const),
  ...Object.entries(LINK_FIELDS).map(([name, spec]) => ['link', name, spec as AnyField] as const),
];

/** True when a URL fragment is a Downhill link (it names a settings version). */
export function isLink(fragment: string): boolean {
  return new URLSearchParams(fragment.replace(/^#/, '')).has(VERSION_KEY);
}

/**
 * Reads a link's fragment field by field. Each valid field is kept; an unknown key, a value of
 * the wrong type, out of range or damaged is left out and listed with the reason. A link of
 * another version, or one too long to be real, applies nothing.
 */
export function readLink(fragment: string): ReadLink {
  const text = fragment.replace(/^#/, '');
  const empty = { settings: {}, fields: {} };
  if (text.length > MAX_LINK_CHARACTERS) {
    return {
      link: empty,
      ignored: [
        {
          key: 'link',
          label: 'the whole link',
          value: `${text.length.toLocaleString('en')} characters`,
          reason: `is longer than any link Downhill makes (${MAX_LINK_CHARACTERS.toLocaleString('en')} characters), so none of it was used`,
        },
      ],
    };
  }
  const params = new URLSearchParams(text);
  const version = params.get(VERSION_KEY);
  if (version !== String(SETTINGS_VERSION)) {
    return {
      link: empty,
      ignored: [
        {
          key: VERSION_KEY,
          label: 'link version',
          value: shorten(version ?? ''),
          reason: `is not a version this Downhill reads (it reads version ${SETTINGS_VERSION}), so none of the link was used`,
        },
      ],
    };
  }
  const settings: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  const ignored: IgnoredField[] = [];
  const known = new Set([VERSION_KEY, ...ENTRIES.map(([, , spec]) => spec.key)]);
  for (const key of new Set(params.keys())) {
    if (!known.has(key))
      ignored.push({
        key,
        label: 'unknown field',
        value: shorten(params.get(key) ?? ''),
        reason: 'is not a field Downhill knows',
      });
  }
  for (const [kind, name, spec] of ENTRIES) {
    const raw = params.get(spec.key);
    if (raw === null) continue;
    const decoded = decodeText(spec.text, raw);
    const result = decoded.ok ? v.safeParse(spec.schema, decoded.value) : null;
    if (result?.success) (kind === 'session' ? settings : fields)[name] = result.output;
    else
      ignored.push({
        key: spec.key,
        label: spec.label,
        value: shorten(raw),
        reason: decoded.ok ? (result?.issues[0]?.message ?? 'is not allowed') : decoded.reason,
      });
  }
  return { link: { settings: settings as Partial<SessionSettings>, fields: fields as Partial<LinkFields> }, ignored };
}

/** Writes a link's fragment (without the #): the version first, then every field given, in the table's order. */
export function writeLink(link: LinkState): string {
  const params = new URLSearchParams();
  params.set(VERSION_KEY, String(SETTINGS_VERSION));
  for (const [kind, name, spec] of ENTRIES) {
    const value = kind === 'session' ? link.settings[name as SessionFieldName] : link.fields[name as LinkFieldName];
    if (value !== undefined) params.set(spec.key, encodeText(spec.text, value));
  }
  return params.toString();
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function decodeText(form: AnyField['text'], raw: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const number = (text: string) => (NUMBER.test(text.trim()) ? Number(text.trim()) : null);
  switch (form) {
    case 'text':
      return { ok: true, value: raw };
    case 'boolean':
      if (raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === '0' || raw === 'false') return { ok: true, value: false };
      return { ok: false, reason: 'must be 1 (on) or 0 (off)' };
    case 'number': {
      const value = number(raw);
      return value === null ? { ok: false, reason: 'is not a number' } : { ok: true, value };
    }
    case 'line':
    case 'numbers': {
      const values = raw.split(',').map(number);
      if (values.some((value) => value === null)) return { ok: false, reason: 'must be numbers separated by commas' };
      return {
        ok: true,
        value: form === 'line' ? (values.length === 2 ? { intercept: values[0], slope: values[1] } : null) : values,
      };
    }
    case 'list':
      return { ok: true, value: raw === '' ? [] : raw.split(',') };
    case 'names':
      return decodeNames(raw);
  }
}

function encodeText(form: AnyField['text'], value: unknown): string {
  switch (form) {
    case 'boolean':
      return value ? '1' : '0';
    // String(x) of a double is the shortest text that reads back as exactly x.
    case 'number':
      return String(value);
    case 'line': {
      const line = value as { intercept: number; slope: number };
      return `${line.intercept},${line.slope}`;
    }
    // a recipe is held as named settings and written as its eight numbers, in order
    case 'numbers':
      return (Array.isArray(value) ? value : recipeNumbers(value as SyntheticLineSettings)).map(String).join(',');
    case 'list':
      return (value as unknown[]).map(String).join(',');
    // column names may hold commas: each is percent-encoded before the commas join them
    case 'names':
      return (value as unknown[]).map((name) => encodeURIComponent(String(name))).join(',');
    case 'text':
      return String(value);
  }
}

function decodeNames(raw: string): { ok: true; value: string[] } | { ok: false; reason: string } {
  if (raw === '') return { ok: true, value: [] };
  try {
    return { ok: true, value: raw.split(',').map((name) => decodeURIComponent(name)) };
  } catch {
    return { ok: false, reason: 'is not a list of column names (a name is damaged)' };
  }
}

/** At most 40 characters of a link's value, for the notice (shown as plain text). */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
