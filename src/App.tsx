import { useEffect } from 'react';
import { useFileDrop } from './hooks/useFileDrop';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { usePlaybackLoop } from './hooks/usePlaybackLoop';
import { IntroSection } from './sections/IntroSection';
import { LESSONS } from './sections/lessons';
import { startExactRefinement } from './store/exactRefinement';
import { startPredictionPersistence } from './store/predictionPersistence';
import { startSessionPersistence } from './store/session';
import { Lab } from './widgets/lab/Lab';

/**
 * The notebook: lessons on the left, in the reading order of `LESSONS`; the lab on the right (controls, plots
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
        {LESSONS.map(({ id, title, Component }, index) => (
          <Component key={id} heading={{ id, title, number: index + 1 }} />
        ))}
      </main>
      <Lab />
    </div>
  );
}
