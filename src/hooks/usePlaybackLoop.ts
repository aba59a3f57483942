import { useEffect } from 'react';
import { useNotebook } from '../store/notebookStore';

/**
 * While playing, advances the epoch on screen at the chosen pace, on animation frames: at
 * 20 epochs a second that is one epoch every few frames; at 2000 it is ~33 epochs a frame.
 * Fractions carry over between frames so the pace is exact on average.
 */
export function usePlaybackLoop(): void {
  const playing = useNotebook((state) => state.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let previous = performance.now();
    let owed = 0;
    const tick = (now: number) => {
      const { playbackSpeed, step, playing: stillPlaying } = useNotebook.getState();
      if (!stillPlaying) return;
      owed += ((now - previous) / 1000) * playbackSpeed;
      previous = now;
      const whole = Math.floor(owed);
      if (whole > 0) {
        owed -= whole;
        step(whole);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
