import { StrictMode, startTransition } from 'react';
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
// rendered and painted (plots/plotLoading.ts, hooks/lessonRendering.ts).
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
if (!allowPlotsOnceFitted()) {
  const stopWatching = useNotebook.subscribe(() => {
    if (allowPlotsOnceFitted()) stopWatching();
  });
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
    </StrictMode>,
  ),
);
