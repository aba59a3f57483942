import type { LinearTrajectory } from './recordLinearEpochs';

/** The first columns of {@link linearTrajectoryToCsv}, before one column per weight. */
const LEADING_COLUMNS = ['epoch', 'loss', 'intercept'];

/**
 * The column names of a many-feature log: `epoch`, `loss`, `intercept` (left out through the
 * origin), then each term's name for its weight. A term named like one of the leading columns
 * (a data column called `loss`, say) gets ` (weight)` after its name, so no two headers match.
 * Complexity O(p).
 */
export function linearLogColumns(termNames: readonly string[], hasIntercept: boolean): string[] {
  const leading = hasIntercept ? LEADING_COLUMNS : LEADING_COLUMNS.slice(0, 2);
  return [...leading, ...termNames.map((name) => (leading.includes(name) ? `${name} (weight)` : name))];
}

/**
 * A many-feature run's per-epoch log as CSV: a header of {@link linearLogColumns}, then one line
 * per epoch from 0 to `lastEpoch` with the epoch, the loss, the intercept (when the model has
 * one) and every weight, each line ended by `\n`. Numbers are JavaScript's shortest round-trip
 * form (`String(x)`, `-0` kept), so `Number`, numpy or pandas read back the same doubles; a
 * header holding a comma, a quote, a line break or outer spaces is quoted with its quotes
 * doubled (RFC 4180). Complexity O(epochs·p).
 * Throws a RangeError when the names do not match the trajectory's weights.
 */
export function linearTrajectoryToCsv(
  trajectory: LinearTrajectory,
  termNames: readonly string[],
  hasIntercept: boolean,
): string {
  if (termNames.length !== trajectory.weights.length)
    throw new RangeError(`The log has ${trajectory.weights.length} weights but ${termNames.length} names.`);
  const lines = [linearLogColumns(termNames, hasIntercept).map(quoted).join(',')];
  for (let epoch = 0; epoch <= trajectory.lastEpoch; epoch++) {
    const cells = [String(epoch), format(trajectory.losses[epoch]!)];
    if (hasIntercept) cells.push(format(trajectory.intercepts[epoch]!));
    for (const history of trajectory.weights) cells.push(format(history[epoch]!));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

function format(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
