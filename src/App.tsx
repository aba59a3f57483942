import { useEffect } from 'react';
import { useRenderedLessons } from './hooks/lessonRendering';
import { useFileDrop } from './hooks/useFileDrop';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { useOpeningLesson } from './hooks/useOpeningLesson';
import { usePlaybackLoop } from './hooks/usePlaybackLoop';
import { isLink } from './model/settings';
import { IntroSection } from './sections/IntroSection';
import { LESSONS } from './sections/lessons';
import { LessonSection } from './sections/Section';
import { startBackgroundRuns } from './store/backgroundRun';
import { startExactRefinement } from './store/exactRefinement';
import { useNotebook } from './store/notebookStore';
import { openLink, startNotebook } from './store/openLink';
import { startPredictionPersistence } from './store/predictionPersistence';
import { SpeakerNotes } from './widgets/classroom/SpeakerNotes';
import { UpdateNotice } from './widgets/classroom/UpdateNotice';
import { Lab } from './widgets/lab/Lab';

/**
 * The notebook: lessons on the left, in the reading order of `LESSONS`; the lab on the right
 * (controls, plots and the results table), which stays in view while the lessons scroll. A
 * link may ask for the lab alone or one lesson (embedded in an iframe), hide the prose, or the
 * projector view.
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
  useEffect(() => startBackgroundRuns(), []);
  useEffect(() => startPredictionPersistence(), []);
  usePlaybackLoop();
  useKeyboardShortcuts();
  useOpeningLesson();
  const draggingFile = useFileDrop();
  const embed = useNotebook((state) => state.embed);
  const presentation = useNotebook((state) => state.presentation);
  const showProse = useNotebook((state) => state.showProse);
  const speakerNotes = useNotebook((state) => state.speakerNotes);
  const notesLesson = useNotebook((state) => (state.presentation && state.speakerNotes ? state.notesLesson : null));
  const renderedLessons = useRenderedLessons();
  // The charts size themselves on window resizes; the projector view and its notes change their cells' size too.
  useEffect(() => {
    if (presentation !== undefined && speakerNotes !== undefined) window.dispatchEvent(new Event('resize'));
  }, [presentation, speakerNotes]);
  const classes = [
    'notebook',
    presentation ? 'presentation' : '',
    presentation && speakerNotes && showProse ? 'with-notes' : '',
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
  const embeddedIndex = embed ? LESSONS.findIndex((lesson) => lesson.id === embed) : -1;
  const embedded = LESSONS[embeddedIndex];
  if (embedded)
    return (
      <div className={classes}>
        <main className="lessons">
          <embedded.Component heading={{ id: embedded.id, title: embedded.title, number: embeddedIndex + 1 }} />
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
        <SpeakerNotes />
        <IntroSection />
        {LESSONS.map(({ id, title, Component }, index) => {
          const heading = { id, title, number: index + 1 };
          // lessons below the fold show their heading at once and render their body after the first fit
          return (
            <LessonSection key={id} heading={heading} rendered={renderedLessons.has(id) || id === notesLesson}>
              <Component heading={heading} />
            </LessonSection>
          );
        })}
      </main>
      <Lab />
      <UpdateNotice />
    </div>
  );
}
