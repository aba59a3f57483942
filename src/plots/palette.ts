/** Colours from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. */
export const PALETTE = {
  data: '#6b7a8f',
  gradientDescent: '#0072B2',
  leastSquares: '#D55E00',
  accent: '#009E73',
  muted: '#999999',
} as const;

export const OVERLAY_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#F0E442', '#000000'] as const;
