import type { Layout } from 'plotly.js';

/** Axis text size in the projector view: readable from the back of a lecture room. */
export const PRESENTATION_FONT_SIZE = 24;

/**
 * A chart's layout for the projector view: large axis text and room for it in the margins.
 * Outside presentation the layout is returned unchanged (same object, so plotly does not redraw).
 */
export function presentationLayout(layout: Partial<Layout>, presentation: boolean): Partial<Layout> {
  if (!presentation) return layout;
  const margin = layout.margin ?? {};
  return {
    ...layout,
    font: { ...layout.font, size: PRESENTATION_FONT_SIZE, color: '#000' },
    margin: { ...margin, l: (margin.l ?? 60) + 40, b: (margin.b ?? 48) + 30 },
  };
}
