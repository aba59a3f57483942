/**
 * The lessons in reading order, by the id of their section on the page (a link may open on or
 * embed one). This order alone sets the order on the page and the number each heading shows.
 */
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
  'many-features',
  'libraries',
  'your-data',
  'synthetic-data',
  'evaluation',
  'degree-lab',
  'python',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];

/** Each lesson's heading. Refer to lessons by their title, never by number. */
export const LESSON_TITLES: Readonly<Record<LessonId, string>> = {
  regression: 'A line through the data',
  loss: 'Measuring how wrong a line is',
  'least-squares': 'The exact answer: ordinary least squares',
  'gradient-descent': 'Walking downhill: gradient descent',
  'one-step': 'One step, written out',
  landscape: 'The landscape descent walks on',
  'learning-rate': 'How big a step? The learning rate',
  scaling: 'Why scale the data first',
  flavours: 'Flavours of descent',
  'many-features': 'Many features: a weight vector',
  libraries: 'Libraries do the same thing',
  'your-data': 'Bring your own data',
  'synthetic-data': 'Made-up data with a known answer',
  evaluation: 'How good is the line?',
  'degree-lab': 'Too simple, too wiggly: the polynomial degree',
  python: 'Take it to Python',
};

/** The lab's controls an instructor's link may hide or lock. */
export const CLASSROOM_CONTROLS = [
  'data',
  'scaling',
  'learning-rate',
  'epochs',
  'flavour',
  'start',
  'predictions',
] as const;

export type ClassroomControl = (typeof CLASSROOM_CONTROLS)[number];

/** What each control is called on screen (in the "Prepare for class" panel and the notices). */
export const CONTROL_LABELS: Record<ClassroomControl, string> = {
  data: 'Data set and columns',
  scaling: 'Scaling',
  'learning-rate': 'Learning rate',
  epochs: 'Epochs',
  flavour: 'Flavour, optimiser and stopping',
  start: 'Starting line',
  predictions: 'Prediction questions in the lessons',
};

/** The built-in data sets a link may name (the registry in src/data holds the same ids). */
export const BUILT_IN_IDS = ['advertising', 'auto-mpg', 'penguins', 'anscombe'] as const;

/** Where a link's data comes from: a built-in set by id, generated data by its recipe, or data carried in the link. */
export const DATA_SOURCES = [...BUILT_IN_IDS, 'synthetic', 'second-lesson', 'inline'] as const;

export type DataSource = (typeof DATA_SOURCES)[number];
