/** Which rows of a long list to render for a scroll position: the visible ones plus a margin. */
export function visibleRowRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 8,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last };
}

/** The scroll position that brings a row into view, or null if it is already fully visible. */
export function scrollToReveal(
  row: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  const top = row * rowHeight;
  if (top >= scrollTop && top + rowHeight <= scrollTop + viewportHeight) return null;
  return Math.max(0, top - viewportHeight / 2 + rowHeight / 2);
}
