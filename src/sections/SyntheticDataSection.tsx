import { Equation } from '../components/Equation';
import { ControlGate } from '../widgets/classroom/ControlGate';
import { SyntheticDataForm } from '../widgets/data/SyntheticDataForm';
import { type LessonProps, Section } from './Section';

/** Lesson: data with a known answer, to see what the methods recover and how noise hides it. */
export function SyntheticDataSection({ heading }: LessonProps) {
  return (
    <Section heading={heading}>
      <p>
        With real data nobody knows the true line. Here you choose it, and the notebook scatters points around it with
        Gaussian noise. Least squares then estimates a and b, and you can see how far noise and too few points pull the
        estimate from the truth. The same seed always gives the same points, so a result can be shared and repeated.
      </p>
      <Equation
        display
        tex={String.raw`y_i = a\,x_i + b + \varepsilon_i, \qquad \varepsilon_i \sim \mathcal{N}(0, \sigma^2)`}
      />
      <p>
        The separate test points come from the same line and are never used for fitting; the lesson “How good is the
        line?” measures the fitted line on them. The classic-exercise button loads a well-known set-up: 300 points
        exactly on y = 0.5x + 2, unscaled, with learning rate 0.000025 for 200 000 epochs. Its bias ends near 1.834, far
        from 2, because with x up to 300 the bias gets only a tiny share of each step: a good reason to scale.
      </p>
      <ControlGate control="data">
        <SyntheticDataForm />
      </ControlGate>
    </Section>
  );
}
