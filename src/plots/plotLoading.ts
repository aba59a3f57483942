// When the plotting library starts loading. plotly is about 1.5 MB of JavaScript to fetch and
// compile; started at the first render it competes with the first fit for the main thread.
// So it waits until the page says the first fit is on screen (`allowPlots`), or at most
// PLOT_LOADING_DEADLINE_MS after start-up, for pages that have no fit to show.

/** The longest the charts wait for the first fit before loading anyway. */
export const PLOT_LOADING_DEADLINE_MS = 1500;

let release: () => void = () => {};
const allowed = new Promise<void>((resolve) => {
  release = resolve;
});
if (typeof window !== 'undefined') window.setTimeout(() => release(), PLOT_LOADING_DEADLINE_MS);

/** Lets the charts load now (idempotent). */
export function allowPlots(): void {
  release();
}

/** Resolves once the charts may load. */
export function plotsAllowed(): Promise<void> {
  return allowed;
}
