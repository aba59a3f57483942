import * as v from 'valibot';
import {
  FLAVOUR_KINDS,
  isValidBatchSize,
  isValidEpoch,
  isValidEpochBudget,
  isValidLearningRate,
  isValidPolynomialDegree,
  isValidSeed,
  isValidStart,
  isValidTestFraction,
  isValidTolerance,
  LIMIT_TEXT,
  MAX_FEATURE_COUNT,
  OPTIMISER_KINDS,
} from './limits';

// Every setting that shapes what is on screen, declared once: its name, its short key in a
// link, its type and range (a valibot schema whose messages say what is allowed) and its
// default. The saved session validates its settings with `SessionSettingsSchema`; links are
// read and written field by field from the same table (see linkCodec.ts).

/** Bump when a field changes meaning; links and sessions of another version are refused with a notice. */
export const SETTINGS_VERSION = 1;

/** How a field's value is written as text in a link. */
export type TextForm = 'number' | 'boolean' | 'text' | 'line' | 'names';

/** One setting: its key in a link, its schema (type and range) and its default. */
export interface SettingField<Schema extends v.GenericSchema = v.GenericSchema> {
  readonly key: string;
  readonly label: string;
  readonly schema: Schema;
  readonly text: TextForm;
  readonly default: v.InferOutput<Schema>;
}

const number = (rule: (value: number) => boolean, allowed: string) =>
  v.pipe(v.number(`must be ${allowed}`), v.check(rule, `must be ${allowed}`));

/** A column name as the importer reads it: plain text, at most 200 characters. */
const ColumnName = v.pipe(
  v.string('must be a column name'),
  v.maxLength(200, 'is longer than any column name (200 characters)'),
);

/** Feature columns beyond the first, in the order chosen. */
const ColumnNames = v.pipe(
  v.array(ColumnName, `must be ${LIMIT_TEXT.extraFeatures}`),
  v.maxLength(MAX_FEATURE_COUNT - 1, `must be ${LIMIT_TEXT.extraFeatures}`),
);

const Line = v.pipe(
  v.object({ intercept: v.number(), slope: v.number() }, `must be ${LIMIT_TEXT.start}`),
  v.check(isValidStart, `must be ${LIMIT_TEXT.start}`),
);

function field<Schema extends v.GenericSchema>(
  key: string,
  label: string,
  schema: Schema,
  text: TextForm,
  defaultValue: v.InferOutput<Schema>,
): SettingField<Schema> {
  return { key, label, schema, text, default: defaultValue };
}

/** The settings a student chooses, saved in the session and carried by links. */
export const SESSION_FIELDS = {
  featureName: field('x', 'feature column', ColumnName, 'text', 'TV'),
  responseName: field('y', 'response column', ColumnName, 'text', 'Sales'),
  scaling: field('scale', 'scaling', v.boolean('must be 1 (on) or 0 (off)'), 'boolean', true),
  learningRate: field('lr', 'learning rate', number(isValidLearningRate, LIMIT_TEXT.learningRate), 'number', 0.1),
  epochBudget: field('epochs', 'epoch budget', number(isValidEpochBudget, LIMIT_TEXT.epochBudget), 'number', 1000),
  currentEpoch: field('epoch', 'epoch on screen', number(isValidEpoch, LIMIT_TEXT.epoch), 'number', 1000),
  flavourKind: field(
    'flavour',
    'flavour',
    v.picklist(FLAVOUR_KINDS, 'must be batch, mini-batch or stochastic'),
    'text',
    'batch',
  ),
  batchSize: field('batch', 'batch size', number(isValidBatchSize, LIMIT_TEXT.batchSize), 'number', 16),
  optimiserKind: field(
    'optimiser',
    'optimiser',
    v.picklist(OPTIMISER_KINDS, 'must be plain, momentum or adam'),
    'text',
    'plain',
  ),
  shuffleSeed: field('seed', 'shuffle seed', number(isValidSeed, LIMIT_TEXT.shuffleSeed), 'number', 20_260),
  stopOnTolerance: field('stop', 'stop early', v.boolean('must be 1 (on) or 0 (off)'), 'boolean', false),
  tolerance: field('tol', 'tolerance', number(isValidTolerance, LIMIT_TEXT.tolerance), 'number', 1e-9),
  start: field('start', 'starting line', Line, 'line', { intercept: 0, slope: 0 }),
  // Added with many-feature models: optional with their defaults, so sessions saved before still read.
  extraFeatures: field('more', 'more features', v.optional(ColumnNames, []), 'names', [] as string[]),
  polynomialDegree: field(
    'degree',
    'polynomial degree',
    v.optional(number(isValidPolynomialDegree, LIMIT_TEXT.polynomialDegree), 1),
    'number',
    1,
  ),
  throughOrigin: field(
    'origin',
    'fit through the origin',
    v.optional(v.boolean('must be 1 (on) or 0 (off)'), false),
    'boolean',
    false,
  ),
  // Added with held-out data: optional, so sessions and links made before still read (nothing held out).
  testFraction: field(
    'test',
    'test fraction',
    v.optional(number(isValidTestFraction, LIMIT_TEXT.testFraction), 0),
    'number',
    0,
  ),
  splitSeed: field('split', 'split seed', v.optional(number(isValidSeed, LIMIT_TEXT.splitSeed), 42), 'number', 42),
} as const;

export type SessionFieldName = keyof typeof SESSION_FIELDS;

type SchemasOf<Fields extends Record<string, SettingField>> = { [Name in keyof Fields]: Fields[Name]['schema'] };

function schemasOf<Fields extends Record<string, SettingField>>(fields: Fields): SchemasOf<Fields> {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, spec.schema])) as SchemasOf<Fields>;
}

/** The saved session's settings: every session field, each checked against its range. */
export const SessionSettingsSchema = v.object(schemasOf(SESSION_FIELDS));

export type SessionSettings = v.InferOutput<typeof SessionSettingsSchema>;

/** Every session setting at its default: the lesson's published set-up on the Advertising data. */
export const DEFAULT_SESSION_SETTINGS = Object.freeze(
  Object.fromEntries(Object.entries(SESSION_FIELDS).map(([name, spec]) => [name, spec.default])) as SessionSettings,
);

/**
 * Checks one field's value against its schema.
 * Returns the value, or the reason it was refused in words ("must be …").
 */
export function checkField<Name extends SessionFieldName>(
  name: Name,
  value: unknown,
): { ok: true; value: SessionSettings[Name] } | { ok: false; reason: string } {
  const result = v.safeParse(SESSION_FIELDS[name].schema, value);
  if (result.success) return { ok: true, value: result.output as SessionSettings[Name] };
  return { ok: false, reason: result.issues[0]?.message ?? 'is not allowed' };
}

/** Checks a whole saved settings object: the settings, or the first field that is wrong and why. */
export function readSessionSettings(
  value: unknown,
): { ok: true; settings: SessionSettings } | { ok: false; reason: string } {
  const result = v.safeParse(SessionSettingsSchema, value);
  if (result.success) return { ok: true, settings: result.output };
  const issue = result.issues[0]!;
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return { ok: false, reason: path ? `its setting ${path} ${issue.message}` : 'its settings are missing' };
}
