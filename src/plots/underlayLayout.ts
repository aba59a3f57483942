import type { Config, Layout, LayoutAxis } from 'plotly.js';

// A chart whose traces are split between two plotly charts stacked in one box: the underlay
// (the scatter plot's density layer) with the grid, and the chart on top with the markers and
// the axes. Each is drawn in a task of its own (redrawQueue.ts), so neither drawing holds the
// page for the sum of both, and new density counts redraw only the underlay. Both charts get the
// same size, margins and axes, so their plotting areas coincide to the pixel.

/** The underlay is a picture: no mode bar, no hover, no zoom (the chart on top takes the pointer). */
export const UNDERLAY_CONFIG: Partial<Config> = { staticPlot: true, displayModeBar: false, responsive: false };

/**
 * The layout of the chart on top of an underlay: the same, without a grid (the underlay draws it,
 * under its traces), with the ticks outside that plotly gives a chart holding a 2-D map.
 */
export function layoutOverUnderlay(layout: Partial<Layout>): Partial<Layout> {
  const withoutGrid = (axis: Partial<LayoutAxis> | undefined): Partial<LayoutAxis> => ({
    ticks: 'outside',
    ...axis,
    showgrid: false,
    zeroline: false,
  });
  return { ...layout, xaxis: withoutGrid(layout.xaxis), yaxis: withoutGrid(layout.yaxis) };
}

/**
 * The layout of the underlay: the same size, margins and ranges, with the grid and without the
 * axes' labels, titles and ticks (the chart on top draws them). The margins are given, not
 * measured from the labels, so both plotting areas are the same.
 */
export function underlayLayout(layout: Partial<Layout>): Partial<Layout> {
  const gridOnly = (axis: Partial<LayoutAxis> | undefined): Partial<LayoutAxis> => ({
    ...axis,
    title: { text: '' },
    showticklabels: false,
    ticks: '',
  });
  return { ...layout, xaxis: gridOnly(layout.xaxis), yaxis: gridOnly(layout.yaxis), annotations: [], shapes: [] };
}
