import type { RandomSource } from '../../../core/random';

// Random CSV text for the tests that compare the fast path with papaparse's.

const pick = <T>(random: RandomSource, items: readonly T[]): T => items[Math.floor(random.next() * items.length)]!;

/** A number as a file might write it: short and long decimals, exponents, signs, leading zeros, extremes. */
export function numberText(random: RandomSource): string {
  const magnitude = 10 ** Math.floor(random.next() * 40 - 20);
  const value = (random.next() - 0.5) * magnitude;
  switch (Math.floor(random.next() * 12)) {
    case 0:
      return String(value);
    case 1:
      return value.toFixed(Math.floor(random.next() * 6));
    case 2:
      return value.toExponential(Math.floor(random.next() * 17));
    case 3:
      return `+${Math.abs(value).toPrecision(1 + Math.floor(random.next() * 20))}`;
    case 4:
      return `00${Math.floor(random.next() * 1e6)}.${Math.floor(random.next() * 1e3)}`;
    case 5:
      return `.${Math.floor(random.next() * 1e9)}`;
    case 6:
      return `${Math.floor(random.next() * 1e4)}.`;
    case 7:
      return pick(random, ['0', '-0', '+0', '-0.0', '0e0', '1e-320', '4.9e-324', '1.7976931348623157e308', '2e-308']);
    case 8:
      return `${Math.floor(random.next() * 1e17)}${Math.floor(random.next() * 1e17)}`;
    case 9:
      return `${Math.floor(random.next() * 1e5)}e${Math.floor(random.next() * 60 - 30)}`;
    case 10:
      return `${(random.next() * 1000).toFixed(2)}E+${Math.floor(random.next() * 5)}`;
    default:
      return (random.next() * 300).toFixed(3);
  }
}

/** A small file: mostly plain numbers, now and then something only papaparse's path handles. */
export function randomFile(random: RandomSource): string {
  const delimiter = pick(random, [',', ';', '\t'] as const);
  const lineEnd = pick(random, ['\n', '\r\n', '\r']);
  const width = 1 + Math.floor(random.next() * 4);
  const rows = Math.floor(random.next() * 12);
  const lines: string[] = [];
  if (random.next() < 0.2) lines.push('');
  // A header most of the time, its first name sometimes blank (a row-number column).
  const unnamedFirst = random.next() < 0.5;
  const names = Array.from({ length: width }, (_, i) => (i === 0 && unnamedFirst ? '' : `c${i}`));
  if (random.next() < 0.85) lines.push(names.join(delimiter));
  for (let row = 0; row < rows; row++) {
    const cells = Array.from({ length: width }, () => numberText(random));
    const oddity = random.next();
    if (oddity < 0.04) cells[0] = '';
    else if (oddity < 0.06) cells[0] = 'NA';
    else if (oddity < 0.08) cells.push('');
    else if (oddity < 0.1) cells[0] = ` ${cells[0]}`;
    else if (oddity < 0.11) cells[0] = '1e400';
    lines.push(cells.join(delimiter));
    if (random.next() < 0.05) lines.push('');
  }
  const text = lines.join(lineEnd);
  return random.next() < 0.5 ? text + lineEnd : text;
}
