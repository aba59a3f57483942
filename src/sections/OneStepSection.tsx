import { selectIsManyFeatureModel } from '../store/activeRun';
import { useNotebook } from '../store/notebookStore';
import { EpochLog } from '../widgets/lessons/EpochLog';
import { StepExplanation } from '../widgets/lessons/StepExplanation';
import { type LessonProps, Section } from './Section';

/** Lesson: one epoch of gradient descent with its actual numbers, and the log of every epoch. */
export function OneStepSection({ heading }: LessonProps) {
  const many = useNotebook(selectIsManyFeatureModel);
  return (
    <Section heading={heading}>
      <p>
        Here is the next step from the epoch on screen, with the real numbers. Press Step, or drag the epoch slider, and
        every figure below follows.{' '}
        {many
          ? 'With several features the line becomes a weight vector, one weight per term, and every weight takes the same kind of step at once. The new weights are the next row of the log underneath (at the last epoch, they are the step the run would take next).'
          : 'The new intercept and slope are exactly the next row of the log underneath (at the last epoch, they are the step the run would take next).'}
      </p>
      <StepExplanation />
      <EpochLog />
    </Section>
  );
}
