/** The lessons a link may open on or embed, by the id of their section on the page, in reading order. */
export const LESSON_IDS = [
  'regression',
  'loss',
  'least-squares',
  'gradient-descent',
  'one-step',
  'landscape',
  'learning-rate',
  'scaling',
  'flavours',
  'libraries',
  'your-data',
  'synthetic-data',
  'evaluation',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];

/** The lab's controls an instructor's link may hide or lock. */
export const CLASSROOM_CONTROLS = ['data', 'scaling', 'learning-rate', 'epochs', 'flavour', 'start'] as const;

export type ClassroomControl = (typeof CLASSROOM_CONTROLS)[number];

/** What each control is called on screen (in the "Prepare for class" panel and the notices). */
export const CONTROL_LABELS: Record<ClassroomControl, string> = {
  data: 'Data set and columns',
  scaling: 'Scaling',
  'learning-rate': 'Learning rate',
  epochs: 'Epochs',
  flavour: 'Flavour, optimiser and stopping',
  start: 'Starting line',
};

/** The built-in data sets a link may name (the registry in src/data holds the same ids). */
export const BUILT_IN_IDS = ['advertising', 'auto-mpg', 'penguins', 'anscombe'] as const;

/** Where a link's data comes from: a built-in set by id, generated data by its recipe, or data carried in the link. */
export const DATA_SOURCES = [...BUILT_IN_IDS, 'synthetic', 'second-lesson', 'inline'] as const;

export type DataSource = (typeof DATA_SOURCES)[number];
