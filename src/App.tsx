import { type ComponentType, useEffect } from 'react';
import { useFileDrop } from './hooks/useFileDrop';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { useOpeningLesson } from './hooks/useOpeningLesson';
import { usePlaybackLoop } from './hooks/usePlaybackLoop';
import { isLink, type LessonId } from './model/settings';
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
import { RegressionSection } from './sections/RegressionSection';
import { ScalingSection } from './sections/ScalingSection';
import { SyntheticDataSection } from './sections/SyntheticDataSection';
import { YourDataSection } from './sections/YourDataSection';
import { startExactRefinement } from './store/exactRefinement';
import { useNotebook } from './store/notebookStore';
import { openLink, startNotebook } from './store/openLink';
import { UpdateNotice } from './widgets/classroom/UpdateNotice';
import { Lab } from './widgets/lab/Lab';

/** The lessons in reading order, by the id a link uses to open or embed one. */
const LESSONS: readonly (readonly [LessonId, ComponentType])[] = [
  ['regression', RegressionSection],
  ['loss', LossSection],
  ['least-squares', LeastSquaresSection],
  ['gradient-descent', GradientDescentSection],
  ['one-step', OneStepSection],
  ['landscape', LossLandscapeSection],
  ['learning-rate', LearningRateSection],
  ['scaling', ScalingSection],
  ['flavours', FlavoursSection],
  ['libraries', LibrariesSection],
  ['your-data', YourDataSection],
  ['synthetic-data', SyntheticDataSection],
  ['evaluation', EvaluationSection],
];

/**
 * The notebook: lessons on the left, in reading order; the lab on the right (controls, plots
 * and the results table), which stays in view while the lessons scroll. A link may ask for the
 * lab alone or one lesson (embedded in an iframe), hide the prose, or the projector view.
 */
export function App() {
  useEffect(() => {
    void startNotebook(location.hash);
    // A link pasted into the address bar of an open notebook changes only the fragment.
    const onHashChange = () => {
      if (isLink(location.hash)) void openLink(location.hash);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => startExactRefinement(), []);
  usePlaybackLoop();
  useKeyboardShortcuts();
  useOpeningLesson();
  const draggingFile = useFileDrop();
  const embed = useNotebook((state) => state.embed);
  const presentation = useNotebook((state) => state.presentation);
  const showProse = useNotebook((state) => state.showProse);
  // The charts size themselves on window resizes; the projector view changes their cells' size too.
  useEffect(() => {
    if (presentation !== undefined) window.dispatchEvent(new Event('resize'));
  }, [presentation]);
  const classes = [
    'notebook',
    presentation ? 'presentation' : '',
    showProse ? '' : 'prose-hidden',
    embed ? `embed embed-${embed === 'lab' ? 'lab' : 'lesson'}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (embed === 'lab')
    return (
      <div className={classes}>
        <Lab />
      </div>
    );
  const Lesson = embed ? LESSONS.find(([id]) => id === embed)?.[1] : undefined;
  if (Lesson)
    return (
      <div className={classes}>
        <main className="lessons">
          <Lesson />
        </main>
      </div>
    );
  return (
    <div className={classes}>
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
        {LESSONS.map(([id, Section]) => (
          <Section key={id} />
        ))}
      </main>
      <Lab />
      <UpdateNotice />
    </div>
  );
}
