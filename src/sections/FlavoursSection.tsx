import { Equation } from '../components/Equation';
import { ControlGate } from '../widgets/classroom/ControlGate';
import { FlavourControls } from '../widgets/lessons/FlavourControls';
import { PredictionQuestion } from '../widgets/lessons/PredictionQuestion';
import { PredictionSummary } from '../widgets/lessons/PredictionSummary';
import { type LessonProps, Section } from './Section';

/** Lesson: batch, mini-batch and stochastic updates; momentum and Adam; stopping rules. */
export function FlavoursSection({ heading }: LessonProps) {
  return (
    <Section heading={heading}>
      <p>
        Batch descent looks at every point before it moves. On large data sets that is slow, so most training uses a few
        points at a time: mini-batch descent updates after each batch of B points, stochastic descent after every single
        point, with the points reshuffled each epoch. The steps are noisier, because each batch only estimates the true
        gradient, but there are many more of them per epoch.
      </p>
      <PredictionQuestion id="flavour-race" />
      <p>
        Two refinements change how a step is formed. Momentum keeps a running velocity, so steps that agree build up
        speed and steps that zig-zag cancel out. Adam also keeps a running average of each gradient's square and divides
        by its root, giving every parameter its own step size, which helps a lot when the features are on different
        scales.
      </p>
      <Equation
        display
        tex={String.raw`\text{momentum:}\quad v \leftarrow \beta v + \nabla\text{MSE},\qquad \theta \leftarrow \theta - \eta\, v`}
      />
      <Equation
        display
        tex={String.raw`\text{Adam:}\quad \theta \leftarrow \theta - \eta\,\frac{\hat m}{\sqrt{\hat v}+\varepsilon}`}
      />
      <PredictionQuestion id="momentum-race" />
      <p>
        Choose below; the run in the lab is recomputed at once. Press Keep run above the loss plot before switching, to
        compare curves, for example batch against stochastic at the same learning rate. The shuffle seed makes a
        shuffled run repeatable.
      </p>
      <ControlGate control="flavour">
        <FlavourControls />
      </ControlGate>
      <PredictionSummary />
    </Section>
  );
}
