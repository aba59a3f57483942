// biome-ignore-all lint/a11y/useSemanticElements: a virtualised table keeps only the visible rows in the page, so it is built from divs with ARIA table roles
// biome-ignore-all lint/a11y/useFocusableInteractive: the rows are reached through the scrolling grid, which is the tab stop
// biome-ignore-all lint/a11y/noNoninteractiveTabindex: the scrolling region must be a tab stop so keyboard users can scroll it
// biome-ignore-all lint/correctness/useExhaustiveDependencies: the effect runs after every render on purpose, to keep the current epoch's row in view
import { useEffect, useRef, useState } from 'react';
import { trajectoryToCsv } from '../../core/gradientDescent/trajectoryCsv';
import { formatNumber } from '../../format/formatNumber';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { useNotebook } from '../../store/notebookStore';
import { scrollToReveal, visibleRowRange } from './virtualRows';

const ROW_HEIGHT = 28;
const VIEWPORT_HEIGHT = 280;

/**
 * Every epoch of the run as a table: epoch, loss, intercept, slope. Only the rows in view are
 * in the page, so 100 000 epochs scroll as smoothly as 10. Clicking a row travels to that epoch.
 */
export function EpochLog() {
  const [ref, { trajectory, epoch }] = useVisibleNotebook((state) => ({
    trajectory: state.trajectory,
    epoch: state.currentEpoch,
  }));
  const goToEpoch = useNotebook((state) => state.goToEpoch);
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const rowCount = trajectory ? trajectory.lastEpoch + 1 : 0;
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const target = scrollToReveal(epoch, element.scrollTop, VIEWPORT_HEIGHT - ROW_HEIGHT, ROW_HEIGHT);
    if (target !== null) element.scrollTop = target;
  }, [epoch, rowCount]);
  if (!trajectory) return <div ref={ref} />;
  const { first, last } = visibleRowRange(scrollTop, VIEWPORT_HEIGHT, ROW_HEIGHT, rowCount);
  const rows = [];
  for (let row = first; row <= last; row++) {
    rows.push(
      <div
        key={row}
        role="row"
        className={row === epoch ? 'log-row current' : 'log-row'}
        style={{ top: row * ROW_HEIGHT }}
        data-testid={`epoch-log-row-${row}`}
        aria-selected={row === epoch}
        tabIndex={row === epoch ? 0 : -1}
        onClick={() => goToEpoch(row)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') goToEpoch(row);
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            goToEpoch(row + (event.key === 'ArrowDown' ? 1 : -1));
          }
        }}
      >
        <span role="cell">{row.toLocaleString('en')}</span>
        <span role="cell" title={String(trajectory.losses[row])}>
          {formatNumber(trajectory.losses[row]!, 10)}
        </span>
        <span role="cell" title={String(trajectory.intercepts[row])}>
          {formatNumber(trajectory.intercepts[row]!, 10)}
        </span>
        <span role="cell" title={String(trajectory.slopes[row])}>
          {formatNumber(trajectory.slopes[row]!, 10)}
        </span>
      </div>,
    );
  }
  const download = () => {
    const url = URL.createObjectURL(new Blob([trajectoryToCsv(trajectory)], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'downhill-run.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="epoch-log" ref={ref}>
      <div className="epoch-log-bar">
        <span>
          Epochs 0 to {(rowCount - 1).toLocaleString('en')}: click a row, or focus it and press Enter, to go there
        </span>
        <button type="button" data-testid="download-log" onClick={download}>
          Download as CSV
        </button>
      </div>
      <div
        role="table"
        aria-label="Loss, intercept and slope at every epoch"
        aria-rowcount={rowCount + 1}
        data-testid="epoch-log"
      >
        <div role="rowgroup">
          <div role="row" className="log-row log-head">
            <span role="columnheader">epoch</span>
            <span role="columnheader">loss</span>
            <span role="columnheader">intercept</span>
            <span role="columnheader">slope</span>
          </div>
        </div>
        <div
          ref={viewport}
          role="rowgroup"
          className="log-viewport"
          style={{ height: VIEWPORT_HEIGHT }}
          tabIndex={0}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <div role="presentation" style={{ height: rowCount * ROW_HEIGHT, position: 'relative' }}>
            {rows}
          </div>
        </div>
      </div>
    </div>
  );
}
