import 'katex/dist/katex.min.css';
import './styles.css';

// Start-up in stages. A module graph evaluates in one task, and the whole notebook's code
// (React, KaTeX, the maths, the store with the opening fit, the lab and the lessons) evaluated
// together blocked the page for more than 50 ms; so does React's first render of the whole page
// in one go. Here each part evaluates in a task of its own, in the order the first screen needs
// them, and the first render is a transition, which React splits into short slices between
// tasks. The page looks the same when it is done: only the tasks are shorter.

/** Resolves in a later task, letting the browser handle input and paint between stages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const [react, reactDom] = await Promise.all([import('react'), import('react-dom/client')]);
  await nextTask();
  // the store's modules; creating the store computes the opening fit on the Advertising data
  const [{ useNotebook }, { selectActiveRun }, settings, { startNotebook }] = await Promise.all([
    import('./store/notebookStore'),
    import('./store/activeRun'),
    import('./model/settings'),
    import('./store/openLink'),
  ]);
  // An embedded view is known from the link before the first render, so the full notebook never
  // flashes inside a slide.
  if (settings.isLink(location.hash))
    useNotebook.getState().setClassroom({ embed: settings.readLink(location.hash).link.fields.embed ?? null });
  // The saved session (or the link) is read while the rest of the code loads: it usually arrives
  // before the first render, which then shows it at once instead of rendering the page twice.
  // Large saved data is read again in a worker and arrives later, as before.
  void startNotebook(location.hash);
  await nextTask();
  await import('katex');
  await nextTask();
  const [{ App }, { ErrorBoundary }, { startRenderingLessons }, { allowPlots }] = await Promise.all([
    import('./App'),
    import('./components/ErrorBoundary'),
    import('./hooks/lessonRendering'),
    import('./plots/plotLoading'),
  ]);
  await nextTask();

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

  const notebook = reactDom.createRoot(root);
  react.startTransition(() =>
    notebook.render(
      <react.StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </react.StrictMode>,
    ),
  );
}

void start();
