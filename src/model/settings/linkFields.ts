import * as v from 'valibot';
import { assertValidSyntheticSettings, type SyntheticLineSettings } from '../../core/syntheticData';
import { CLASSROOM_CONTROLS, DATA_SOURCES, LESSON_IDS } from './lessons';

// The fields only a link carries, beside the session's settings: where the data comes from,
// the lesson in view, what an instructor chose to hide or lock, and the embed view.

/** The most characters of compressed data a link carries (about 50 kB of compressed bytes in base64url). */
export const MAX_INLINE_DATA_CHARACTERS = 68_000;

/** The most compressed bytes of data put inside a link; larger data travels as a file beside it. */
export const MAX_INLINE_DATA_BYTES = 50_000;

const SYNTHETIC_ORDER = ['slope', 'intercept', 'noise', 'xMin', 'xMax', 'trainingCount', 'testCount', 'seed'] as const;

/** A generated data set's recipe: eight numbers, each as the generator requires. */
const Recipe = v.pipe(
  v.array(
    v.number(),
    'must be eight numbers: slope, intercept, noise, smallest x, largest x, training points, test points, seed',
  ),
  v.length(
    8,
    'must be eight numbers: slope, intercept, noise, smallest x, largest x, training points, test points, seed',
  ),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const settings = Object.fromEntries(
      SYNTHETIC_ORDER.map((name, index) => [name, dataset.value[index]]),
    ) as unknown as SyntheticLineSettings;
    try {
      assertValidSyntheticSettings(settings);
      return settings;
    } catch (error) {
      addIssue({
        message: `is not a recipe the generator accepts: ${error instanceof Error ? error.message : String(error)}`,
      });
      return NEVER;
    }
  }),
);

/** The recipe as the eight numbers a link writes. */
export function recipeNumbers(settings: SyntheticLineSettings): number[] {
  return SYNTHETIC_ORDER.map((name) => settings[name]);
}

const Lesson = v.picklist(LESSON_IDS, 'must name one of the lessons');
const Controls = v.array(v.picklist(CLASSROOM_CONTROLS, `must list controls from: ${CLASSROOM_CONTROLS.join(', ')}`));

/** How each link-only field is written and checked. */
export const LINK_FIELDS = {
  dataSource: {
    key: 'data',
    label: 'data set',
    text: 'text',
    schema: v.picklist(DATA_SOURCES, `must be one of: ${DATA_SOURCES.join(', ')}`),
  },
  recipe: { key: 'gen', label: 'generated data recipe', text: 'numbers', schema: Recipe },
  secondLessonSeed: {
    key: 'gseed',
    label: 'seed of the classic exercise',
    text: 'number',
    schema: v.pipe(
      v.number('must be a whole number'),
      v.integer('must be a whole number'),
      v.minValue(0, 'must be 0 or more'),
      v.maxValue(0xffffffff, 'must be at most 4294967295'),
    ),
  },
  inlineData: {
    key: 'csv',
    label: 'data in the link',
    text: 'text',
    schema: v.pipe(
      v.string(),
      v.maxLength(MAX_INLINE_DATA_CHARACTERS, 'is longer than any data a link may carry'),
      v.regex(/^[A-Za-z0-9_-]+$/, 'is not compressed data (it has characters base64url does not use)'),
    ),
  },
  inlineName: {
    key: 'name',
    label: 'data name',
    text: 'text',
    schema: v.pipe(v.string(), v.maxLength(120, 'is longer than 120 characters')),
  },
  lesson: { key: 'lesson', label: 'lesson in view', text: 'text', schema: Lesson },
  hidden: { key: 'hide', label: 'hidden controls', text: 'list', schema: Controls },
  locked: { key: 'lock', label: 'locked controls', text: 'list', schema: Controls },
  prose: { key: 'prose', label: 'lesson prose', text: 'boolean', schema: v.boolean('must be 1 (shown) or 0 (hidden)') },
  embed: {
    key: 'embed',
    label: 'embed view',
    text: 'text',
    schema: v.picklist(['lab', ...LESSON_IDS], 'must be lab or the id of a lesson'),
  },
} as const;

export type LinkFieldName = keyof typeof LINK_FIELDS;
export type LinkFields = { [Name in LinkFieldName]: v.InferOutput<(typeof LINK_FIELDS)[Name]['schema']> };
