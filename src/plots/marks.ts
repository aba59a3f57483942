// Shapes and dash patterns that tell the plots' marks apart without colour: every pair of
// marks that differ by colour also differ by shape or dash (colour-blind viewers, greyscale
// projectors and printouts).

/** An upward triangle centred on (x, y) reaching `radius` from its centre, as an SVG path. */
export function trianglePath(x: number, y: number, radius: number): string {
  const half = radius * 0.866;
  return `M${x},${y - radius}L${x + half},${y + radius / 2}L${x - half},${y + radius / 2}Z`;
}

/** A diagonal cross (×) centred on (x, y), `radius` from its centre to each tip, as an SVG path. */
export function crossPath(x: number, y: number, radius: number): string {
  return `M${x - radius},${y - radius}L${x + radius},${y + radius}M${x - radius},${y + radius}L${x + radius},${y - radius}`;
}

/** A diamond (◆) centred on (x, y), `radius` from its centre to each corner, as an SVG path. */
export function diamondPath(x: number, y: number, radius: number): string {
  return `M${x},${y - radius}L${x + radius},${y}L${x},${y + radius}L${x - radius},${y}Z`;
}

/** The student's own line: dash-dot, apart from the solid descent line and the dashed least-squares line. */
export const HAND_LINE_DASH = '12 4 3 4';
/** The largest stable learning rate on the sweep: dash-dot, apart from the dashed least-squares minimum. */
export const STABLE_RATE_DASH = '8 3 2 3';
/** The current learning rate on the sweep: dotted, apart from the solid sweep curve of the same colour. */
export const CURRENT_RATE_DASH = '2 3';
/** The held-out (test) loss per epoch: dash-dot-dot, apart from the solid training loss and every kept run's dash. */
export const HELD_OUT_DASH = '10 2 2 2 2 2';
