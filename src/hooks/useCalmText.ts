import { useEffect, useRef, useState } from 'react';

/** While a run plays, a live description is passed on at most this often, so a screen reader is not flooded. */
export const CALM_INTERVAL_MS = 4000;

/**
 * The text to announce: the current text when the run is at rest (in the same render, so a
 * slider drag never waits for a second render), and while it plays the latest text at most
 * every {@link CALM_INTERVAL_MS} (not every frame).
 */
export function useCalmText(text: string, playing: boolean): string {
  const [shown, setShown] = useState(text);
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    if (!playing) return;
    setShown(latest.current);
    const timer = setInterval(() => setShown(latest.current), CALM_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing]);
  return playing ? shown : text;
}
