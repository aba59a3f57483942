/** Colours from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. */
export const PALETTE = {
  data: '#6b7a8f',
  gradientDescent: '#0072B2',
  leastSquares: '#D55E00',
  accent: '#009E73',
  muted: '#999999',
} as const;

/** Colours for kept runs: distinct from the blue run and the orange minimum, and readable on white. */
export const OVERLAY_COLOURS = ['#009E73', '#CC79A7', '#56B4E9', '#000000', '#8c6d31', '#7b3294'] as const;
