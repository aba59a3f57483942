import { EpochLog } from '../widgets/lessons/EpochLog';
import { StepExplanation } from '../widgets/lessons/StepExplanation';
import { type LessonProps, Section } from './Section';

/** Lesson: one epoch of gradient descent with its actual numbers, and the log of every epoch. */
export function OneStepSection({ heading }: LessonProps) {
  return (
    <Section heading={heading}>
      <p>
        Here is the next step from the epoch on screen, with the real numbers. Press Step, or drag the epoch slider, and
        every figure below follows. The new intercept and slope are exactly the next row of the log underneath (at the
        last epoch, they are the step the run would take next).
      </p>
      <StepExplanation />
      <EpochLog />
    </Section>
  );
}
