import type { Flavour, Optimiser } from '../../core/optimisers/settings';

// Sentences and cells that the one-feature and the weight-vector notebooks share.

/** The flavour of descent in words, e.g. "mini-batch descent (batches of 32 rows, reshuffled every epoch from seed 7)". */
export function flavourInWords(flavour: Flavour): string {
  if (flavour.kind === 'batch') return 'batch descent (every row feeds each update)';
  if (flavour.kind === 'stochastic')
    return `stochastic descent (one update per row, rows reshuffled every epoch from seed ${flavour.seed})`;
  return `mini-batch descent (batches of ${flavour.batchSize} rows, reshuffled every epoch from seed ${flavour.seed})`;
}

/** The optimiser in words: "plain steps", "momentum" or "Adam". */
export function optimiserInWords(optimiser: Optimiser['kind']): string {
  if (optimiser === 'plain') return 'plain steps';
  return optimiser === 'momentum' ? 'momentum' : 'Adam';
}

/** A paragraph (with its leading blank line) saying where the shuffles come from; empty for batch descent. */
export function shuffleNote(flavour: Flavour): string {
  return flavour.kind === 'batch'
    ? ''
    : "\n\nThe shuffles come from the page's own seeded generator (Mulberry32), ported below, so the same seed gives the same order of rows.";
}

/** The markdown that opens the optional libraries cells; `model` names what they fit ("line", "model"). */
export function librariesLesson(sectionNumber: number, model: string): string {
  return `## ${sectionNumber}. Libraries do the same thing

scikit-learn and statsmodels fit the same least-squares ${model}. These cells are optional: if a
package is not installed they say so and move on.`;
}

/**
 * A cell that imports an optional package and runs `body` with it, or says it is missing and
 * moves on. `importLine` is the import statement, `packageName` the name pip installs.
 */
export function optionalPackageCode(importLine: string, packageName: string, body: string): string {
  return `try:
    ${importLine}
except ImportError:
    print("${packageName} is not installed: skipping this cell (pip install ${packageName})")
else:
${body
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}`;
}
