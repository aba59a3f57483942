import type { ComponentType } from 'react';
import { LESSON_IDS, LESSON_TITLES, type LessonId } from '../model/settings';
import { DegreeLabSection } from './DegreeLabSection';
import { EvaluationSection } from './EvaluationSection';
import { FlavoursSection } from './FlavoursSection';
import { GradientDescentSection } from './GradientDescentSection';
import { LearningRateSection } from './LearningRateSection';
import { LeastSquaresSection } from './LeastSquaresSection';
import { LibrariesSection } from './LibrariesSection';
import { LossLandscapeSection } from './LossLandscapeSection';
import { LossSection } from './LossSection';
import { ManyFeaturesSection } from './ManyFeaturesSection';
import { OneStepSection } from './OneStepSection';
import { PythonExportSection } from './PythonExportSection';
import { RegressionSection } from './RegressionSection';
import { ScalingSection } from './ScalingSection';
import type { LessonProps } from './Section';
import { SyntheticDataSection } from './SyntheticDataSection';
import { YourDataSection } from './YourDataSection';

/** A lesson of the notebook: its component, its anchor (`#id`) and its heading. */
export interface Lesson {
  readonly id: LessonId;
  readonly title: string;
  readonly Component: ComponentType<LessonProps>;
}

/** The component of each lesson; their order and titles come from `LESSON_IDS` and `LESSON_TITLES`. */
const COMPONENTS: Readonly<Record<LessonId, ComponentType<LessonProps>>> = {
  regression: RegressionSection,
  loss: LossSection,
  'least-squares': LeastSquaresSection,
  'gradient-descent': GradientDescentSection,
  'one-step': OneStepSection,
  landscape: LossLandscapeSection,
  'learning-rate': LearningRateSection,
  scaling: ScalingSection,
  flavours: FlavoursSection,
  'many-features': ManyFeaturesSection,
  libraries: LibrariesSection,
  'your-data': YourDataSection,
  'synthetic-data': SyntheticDataSection,
  evaluation: EvaluationSection,
  'degree-lab': DegreeLabSection,
  python: PythonExportSection,
};

/**
 * The lessons in reading order (model/settings/lessons.ts). That list alone sets both the order
 * on the page and the number each heading shows (its place, from 1); no lesson file knows its
 * own number, so moving a lesson is a one-line change.
 */
export const LESSONS: readonly Lesson[] = LESSON_IDS.map((id) => ({
  id,
  title: LESSON_TITLES[id],
  Component: COMPONENTS[id],
}));
