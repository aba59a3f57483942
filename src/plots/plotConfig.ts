import type { Config } from 'plotly.js';

/** Shared plotly config: no logo, a trimmed mode bar, responsive sizing. */
export const PLOT_CONFIG: Partial<Config> = {
  displaylogo: false,
  responsive: true,
  modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d', 'toggleSpikelines'],
  toImageButtonOptions: { format: 'png', scale: 2 },
};
