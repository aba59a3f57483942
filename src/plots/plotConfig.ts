import type { Config } from 'plotly.js';

/** Shared plotly config: no logo, a trimmed mode bar. OverlaidPlot sizes each chart to its box itself. */
export const PLOT_CONFIG: Partial<Config> = {
  displaylogo: false,
  responsive: false,
  modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d', 'toggleSpikelines'],
  toImageButtonOptions: { format: 'png', scale: 2 },
};

/** Text size in the charts, in pixels (tick labels, axis titles). */
export const PLOT_FONT_SIZE = 13;
