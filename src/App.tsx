import { useEffect } from 'react';
import { useFileDrop } from './hooks/useFileDrop';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { usePlaybackLoop } from './hooks/usePlaybackLoop';
import { EvaluationSection } from './sections/EvaluationSection';
import { FlavoursSection } from './sections/FlavoursSection';
import { GradientDescentSection } from './sections/GradientDescentSection';
import { IntroSection } from './sections/IntroSection';
import { LearningRateSection } from './sections/LearningRateSection';
import { LeastSquaresSection } from './sections/LeastSquaresSection';
import { LibrariesSection } from './sections/LibrariesSection';
import { LossLandscapeSection } from './sections/LossLandscapeSection';
import { LossSection } from './sections/LossSection';
import { OneStepSection } from './sections/OneStepSection';
import { PythonExportSection } from './sections/PythonExportSection';
import { RegressionSection } from './sections/RegressionSection';
import { ScalingSection } from './sections/ScalingSection';
import { SyntheticDataSection } from './sections/SyntheticDataSection';
import { YourDataSection } from './sections/YourDataSection';
import { startExactRefinement } from './store/exactRefinement';
import { startPredictionPersistence } from './store/predictionPersistence';
import { startSessionPersistence } from './store/session';
import { Lab } from './widgets/lab/Lab';

/**
 * The notebook: lessons on the left, in reading order; the lab on the right (controls, plots
 * and the results table), which stays in view while the lessons scroll.
 */
export function App() {
  useEffect(() => {
    void startSessionPersistence();
  }, []);
  useEffect(() => startExactRefinement(), []);
  useEffect(() => startPredictionPersistence(), []);
  usePlaybackLoop();
  useKeyboardShortcuts();
  const draggingFile = useFileDrop();
  return (
    <div className="notebook">
      <a className="skip-link" href="#lab">
        Skip to the lab: data, learning rate, Step and Play
      </a>
      {draggingFile && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a CSV file to load it
        </div>
      )}
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
        <YourDataSection />
        <SyntheticDataSection />
        <EvaluationSection />
        <PythonExportSection />
      </main>
      <Lab />
    </div>
  );
}
