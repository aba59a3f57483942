import { usePlaybackLoop } from './hooks/usePlaybackLoop';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { FlavoursSection } from './sections/FlavoursSection';
import { GradientDescentSection } from './sections/GradientDescentSection';
import { IntroSection } from './sections/IntroSection';
import { LeastSquaresSection } from './sections/LeastSquaresSection';
import { LearningRateSection } from './sections/LearningRateSection';
import { LibrariesSection } from './sections/LibrariesSection';
import { LossLandscapeSection } from './sections/LossLandscapeSection';
import { LossSection } from './sections/LossSection';
import { OneStepSection } from './sections/OneStepSection';
import { RegressionSection } from './sections/RegressionSection';
import { ScalingSection } from './sections/ScalingSection';
import { Lab } from './widgets/Lab';

/**
 * The notebook: lessons on the left, in reading order; the lab on the right (controls, plots
 * and the results table), which stays in view while the lessons scroll.
 */
export function App() {
  usePlaybackLoop();
  useKeyboardShortcuts();
  return (
    <div className="notebook">
      <main className="lessons">
        <IntroSection />
        <RegressionSection />
        <LossSection />
        <LeastSquaresSection />
        <GradientDescentSection />
        <OneStepSection />
        <LossLandscapeSection />
        <LearningRateSection />
        <ScalingSection />
        <FlavoursSection />
        <LibrariesSection />
      </main>
      <Lab />
    </div>
  );
}
