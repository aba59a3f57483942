import { type LogScale, lastPosition, positionOf } from '../../format/logScale';

/** Where along a range input's track a slider position sits, allowing for the thumb's width. */
export function trackOffset(scale: LogScale, value: number): string {
  const fraction = positionOf(scale, value) / lastPosition(scale);
  return `calc(8px + ${fraction} * (100% - 16px))`;
}

/** Tick labels under a log slider, each centred on its value's place on the track. */
export function SliderTicks({ scale, ticks }: { scale: LogScale; ticks: readonly { value: number; label: string }[] }) {
  return (
    <>
      {ticks.map((tick) => (
        <span key={tick.label} className="slider-tick" style={{ left: trackOffset(scale, tick.value) }}>
          {tick.label}
        </span>
      ))}
    </>
  );
}
