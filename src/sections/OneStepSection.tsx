import { EpochLog } from '../widgets/lessons/EpochLog';
import { StepExplanation } from '../widgets/lessons/StepExplanation';
import { Section } from './Section';

/** Lesson: one epoch of gradient descent with its actual numbers, and the log of every epoch. */
export function OneStepSection() {
  return (
    <Section id="one-step" number={5} title="One step, written out">
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
