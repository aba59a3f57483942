import type { Data, Layout } from 'plotly.js';
import type { LossSliceGrid } from '../core/lossSurface/lossSlice';
import type { LossSurface } from '../core/lossSurface/lossSurface';

/**
 * The loss landscape as filled contours. The surface holds MSE; we contour √MSE (the RMSE),
 * whose levels are evenly spaced in distance from the minimum for a quadratic bowl, so the
 * rings are readable both near the bottom and far up the sides.
 */
export function landscapeTrace(surface: LossSurface): Data {
  return {
    type: 'contour',
    x: Array.from(surface.intercepts),
    y: Array.from(surface.slopes),
    z: surface.rows.map((row) => Array.from(row, Math.sqrt)),
    // white at the bottom of the bowl to slate grey up the sides: the blue path and the orange
    // minimum stay visible on every shade
    colorscale: [
      [0, '#ffffff'],
      [0.35, '#dfe4ea'],
      [1, '#7d8a99'],
    ],
    ncontours: 18,
    contours: { coloring: 'fill', showlines: true },
    line: { color: 'rgba(255,255,255,0.6)', width: 1 },
    colorbar: { title: { text: '√MSE', side: 'right' }, thickness: 12, len: 0.9 },
    hovertemplate: 'intercept %{x:.4g}<br>slope %{y:.4g}<br>√MSE %{z:.4g}<extra></extra>',
  } as Data;
}

/**
 * The loss on a plane of two parameters of a many-feature model, drawn like the line's
 * landscape (√MSE contours) with the two parameters' names on the hover label.
 */
export function sliceTrace(grid: LossSliceGrid, acrossName: string, upName: string): Data {
  const trace = landscapeTrace({
    intercepts: grid.acrossValues,
    slopes: grid.upValues,
    losses: new Float64Array(0),
    rows: grid.rows,
  });
  const label = (name: string) => name.replace(/[%{}<>]/g, '');
  return {
    ...trace,
    hovertemplate: `${label(acrossName)} %{x:.4g}<br>${label(upName)} %{y:.4g}<br>√MSE %{z:.4g}<extra></extra>`,
  } as Data;
}

/** The landscape's axes: intercept across and slope up, or the two parameters a slice spans. */
export function landscapeLayout(revision: string, titles = { across: 'intercept', up: 'slope' }): Partial<Layout> {
  return {
    margin: { l: 64, r: 8, t: 8, b: 48 },
    showlegend: false,
    dragmode: false,
    xaxis: { title: { text: titles.across }, fixedrange: true, zeroline: false },
    yaxis: { title: { text: titles.up }, fixedrange: true, zeroline: false },
    uirevision: revision,
    font: { family: 'inherit', size: 13 },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
  };
}
