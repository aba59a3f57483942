import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { startRenderingLessons } from './hooks/lessonRendering';
import { isLink, readLink } from './model/settings';
import { allowPlots } from './plots/plotLoading';
import { selectActiveRun } from './store/activeRun';
import { useNotebook } from './store/notebookStore';
import './styles.css';

// An embedded view is known from the link before the first render, so the full notebook never
// flashes inside a slide; the rest of the link is applied once the page has started.
if (isLink(location.hash))
  useNotebook.getState().setClassroom({ embed: readLink(location.hash).link.fields.embed ?? null });

// The charts' code loads, and the lessons below the fold render, once the first fit has been
// rendered and painted (plots/plotLoading.ts, hooks/lessonRendering.ts). The first render is
// built in slices (below), so the store may hold the fit long before it is committed: the
// watching starts once the notebook is on the page.
function allowPlotsOnceFitted(): boolean {
  if (!selectActiveRun(useNotebook.getState())) return false;
  requestAnimationFrame(() =>
    setTimeout(() => {
      allowPlots();
      startRenderingLessons();
    }, 0),
  );
  return true;
}
let watching = false;
function watchForFirstFit(): void {
  if (watching) return;
  watching = true;
  if (allowPlotsOnceFitted()) return;
  const stopWatching = useNotebook.subscribe(() => {
    if (allowPlotsOnceFitted()) stopWatching();
  });
}

/** Starts watching for the first fit once React has put the notebook on the page. */
function WatchForFirstFit() {
  useEffect(watchForFirstFit, []);
  return null;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root);
// The first render is a transition: React builds the page in slices of a few milliseconds,
// each a task of its own, instead of one task of 40-100 ms; only the commit is one piece.
startTransition(() =>
  reactRoot.render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
      <WatchForFirstFit />
    </StrictMode>,
  ),
);
