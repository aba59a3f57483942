// biome-ignore-all lint/a11y/useSemanticElements: a virtualised table keeps only the visible rows in the page, so it is built from divs with ARIA table roles
// biome-ignore-all lint/a11y/useFocusableInteractive: the rows are reached through the scrolling grid, which is the tab stop
// biome-ignore-all lint/a11y/noNoninteractiveTabindex: the scrolling region must be a tab stop so keyboard users can scroll it
// biome-ignore-all lint/correctness/useExhaustiveDependencies: the effect runs after every render on purpose, to keep the current epoch's row in view
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EpochValues } from '../../core/gradientDescent/epochValues';
import { trajectoryToCsv } from '../../core/gradientDescent/trajectoryCsv';
import { linearLogColumns, linearTrajectoryToCsv } from '../../core/linearModel/linearTrajectoryCsv';
import { formatNumber } from '../../format/formatNumber';
import { useVisibleNotebook } from '../../hooks/useWhileVisible';
import { useNotebook } from '../../store/notebookStore';
import { scrollToReveal, visibleRowRange } from './virtualRows';

const ROW_HEIGHT = 28;
const VIEWPORT_HEIGHT = 280;

/** One column of the log after the epoch: its header and its value at every epoch. */
interface LogColumn {
  readonly name: string;
  readonly values: EpochValues;
}

/** Room for a column of ten significant digits, so that many weights scroll sideways instead of overlapping. */
const COLUMN_WIDTH_REM = 8;

/**
 * Every epoch of the run as a table: epoch, loss, intercept, slope (with several features:
 * epoch, loss, intercept and one column per weight, named by its term). Only the rows in view
 * are in the page, so 100 000 epochs scroll as smoothly as 10. Clicking a row travels to that
 * epoch. The CSV download has the same columns.
 */
export function EpochLog() {
  const [ref, { lineTrajectory, manyTrajectory, manyProblem, epoch }] = useVisibleNotebook((state) => ({
    lineTrajectory: state.trajectory,
    manyTrajectory: state.manyTrajectory,
    manyProblem: state.manyProblem,
    epoch: state.currentEpoch,
  }));
  const goToEpoch = useNotebook((state) => state.goToEpoch);
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const trajectory = lineTrajectory ?? (manyProblem ? manyTrajectory : null);
  const columns = useMemo((): LogColumn[] => {
    if (lineTrajectory)
      return [
        { name: 'loss', values: lineTrajectory.losses },
        { name: 'intercept', values: lineTrajectory.intercepts },
        { name: 'slope', values: lineTrajectory.slopes },
      ];
    if (!manyTrajectory || !manyProblem) return [];
    const hasIntercept = manyProblem.working.fitIntercept;
    const names = linearLogColumns(manyProblem.termNames, hasIntercept).slice(1);
    const series = [
      manyTrajectory.losses,
      ...(hasIntercept ? [manyTrajectory.intercepts] : []),
      ...manyTrajectory.weights,
    ];
    return names.map((name, k) => ({ name, values: series[k]! }));
  }, [lineTrajectory, manyTrajectory, manyProblem]);
  const rowCount = trajectory ? trajectory.lastEpoch + 1 : 0;
  // Where the log is scrolled, as last set or reported: reading the element's scrollTop here would
  // force a layout of the whole page in the task that mounts the lesson or moves the epoch.
  const knownScrollTop = useRef(0);
  useEffect(() => {
    // The scroll is set in the next frame, where the browser lays the page out anyway.
    const frame = requestAnimationFrame(() => {
      const element = viewport.current;
      const target = scrollToReveal(epoch, knownScrollTop.current, VIEWPORT_HEIGHT - ROW_HEIGHT, ROW_HEIGHT);
      if (!element || target === null) return;
      element.scrollTop = target;
      knownScrollTop.current = target;
    });
    return () => cancelAnimationFrame(frame);
  }, [epoch, rowCount]);
  if (!trajectory) return <div ref={ref} />;
  const many = lineTrajectory === null;
  // With several weights the columns keep their width and the log scrolls sideways on a narrow screen.
  const wide = many
    ? { gridTemplateColumns: `5rem repeat(${columns.length}, minmax(${COLUMN_WIDTH_REM}rem, 1fr))` }
    : undefined;
  const { first, last } = visibleRowRange(scrollTop, VIEWPORT_HEIGHT, ROW_HEIGHT, rowCount);
  const rows = [];
  for (let row = first; row <= last; row++) {
    rows.push(
      <div
        key={row}
        role="row"
        className={row === epoch ? 'log-row current' : 'log-row'}
        style={{ ...wide, top: row * ROW_HEIGHT }}
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
        {columns.map((column) => (
          <span key={column.name} role="cell" title={String(column.values.at(row))}>
            {formatNumber(column.values.at(row)!, 10)}
          </span>
        ))}
      </div>,
    );
  }
  const download = () => {
    const csv = lineTrajectory
      ? trajectoryToCsv(lineTrajectory)
      : manyProblem && manyTrajectory
        ? linearTrajectoryToCsv(manyTrajectory, manyProblem.termNames, manyProblem.working.fitIntercept)
        : '';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'downhill-run.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const table = (
    <div
      role="table"
      aria-label={
        many
          ? `${columns.map((column) => column.name).join(', ')} at every epoch`
          : 'Loss, intercept and slope at every epoch'
      }
      aria-rowcount={rowCount + 1}
      data-testid="epoch-log"
      style={many ? { minWidth: `${5 + COLUMN_WIDTH_REM * columns.length + 1}rem` } : undefined}
    >
      <div role="rowgroup">
        <div role="row" className="log-row log-head" style={wide}>
          <span role="columnheader">epoch</span>
          {columns.map((column) => (
            <span key={column.name} role="columnheader">
              {column.name}
            </span>
          ))}
        </div>
      </div>
      <div
        ref={viewport}
        role="rowgroup"
        className="log-viewport"
        style={{ height: VIEWPORT_HEIGHT }}
        tabIndex={0}
        onScroll={(event) => {
          knownScrollTop.current = event.currentTarget.scrollTop;
          setScrollTop(event.currentTarget.scrollTop);
        }}
      >
        <div role="presentation" style={{ height: rowCount * ROW_HEIGHT, position: 'relative' }}>
          {rows}
        </div>
      </div>
    </div>
  );
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
      {many ? <div className="epoch-log-scroll">{table}</div> : table}
    </div>
  );
}
