import { useEffect, useState } from 'react';

/**
 * Passes `value` through unchanged, or, when `defer` is true, one task later: React's render
 * and the expensive work its result triggers (a plotly redraw of a large data set) then run in
 * separate tasks, so neither blocks the page for long.
 */
export function useNextTaskValue<T>(value: T, defer: boolean): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (!defer) return;
    const timer = setTimeout(() => setLater(value), 0);
    return () => clearTimeout(timer);
  }, [value, defer]);
  return defer ? later : value;
}
