import type { ComponentType } from 'react';
import { EvaluationSection } from './EvaluationSection';
import { FlavoursSection } from './FlavoursSection';
import { GradientDescentSection } from './GradientDescentSection';
import { LearningRateSection } from './LearningRateSection';
import { LeastSquaresSection } from './LeastSquaresSection';
import { LibrariesSection } from './LibrariesSection';
import { LossLandscapeSection } from './LossLandscapeSection';
import { LossSection } from './LossSection';
import { OneStepSection } from './OneStepSection';
import { PythonExportSection } from './PythonExportSection';
import { RegressionSection } from './RegressionSection';
import { ScalingSection } from './ScalingSection';
import type { LessonProps } from './Section';
import { SyntheticDataSection } from './SyntheticDataSection';
import { YourDataSection } from './YourDataSection';

/** A lesson of the notebook: its component, its anchor (`#id`) and its heading. */
export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly Component: ComponentType<LessonProps>;
}

/**
 * The lessons in reading order. This list alone sets both the order on the page and the number
 * each heading shows (its place here, from 1); no lesson file knows its own number, so moving a
 * lesson is a one-line change. Refer to lessons by their title, never by number.
 */
export const LESSONS: readonly Lesson[] = [
  { id: 'regression', title: 'A line through the data', Component: RegressionSection },
  { id: 'loss', title: 'Measuring how wrong a line is', Component: LossSection },
  { id: 'least-squares', title: 'The exact answer: ordinary least squares', Component: LeastSquaresSection },
  { id: 'gradient-descent', title: 'Walking downhill: gradient descent', Component: GradientDescentSection },
  { id: 'one-step', title: 'One step, written out', Component: OneStepSection },
  { id: 'landscape', title: 'The landscape descent walks on', Component: LossLandscapeSection },
  { id: 'learning-rate', title: 'How big a step? The learning rate', Component: LearningRateSection },
  { id: 'scaling', title: 'Why scale the data first', Component: ScalingSection },
  { id: 'flavours', title: 'Flavours of descent', Component: FlavoursSection },
  { id: 'libraries', title: 'Libraries do the same thing', Component: LibrariesSection },
  { id: 'your-data', title: 'Bring your own data', Component: YourDataSection },
  { id: 'synthetic-data', title: 'Made-up data with a known answer', Component: SyntheticDataSection },
  { id: 'evaluation', title: 'How good is the line?', Component: EvaluationSection },
  { id: 'python', title: 'Take it to Python', Component: PythonExportSection },
];
