import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { csvField } from './dataCsv';
import { markdownText, pythonFloat, pythonString } from './pythonLiteral';
import { PYTHON } from './testing/runExport';

const NASTY = [
  'TV',
  '',
  'a"b',
  "it's",
  'back\\slash',
  'line\nbreak',
  'cr\rlf\r\n',
  'tab\tend',
  '"""',
  "'''",
  '\\',
  '\\"',
  'x\\',
  '"); import os; os.system("echo pwned") #',
  '{x}',
  '%s',
  '`ls`',
  'é ü ß',
  '😀 emoji',
  '\u2028 separator',
  '\0 nul',
  '\x7f del',
  '\ud800 lone surrogate',
];

/** What Python makes of each literal, read back through json (so both sides compare code units). */
function pythonReads(literals: string[]): string[] {
  const program = `import ast, json, sys\nprint(json.dumps([ast.literal_eval(line) for line in sys.stdin.read().split("\\n") if line]))`;
  const run = spawnSync(PYTHON, ['-c', program], { input: literals.join('\n'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  // json.dumps writes lone surrogates as \\udXXX escapes, which JSON.parse reads back as such
  return JSON.parse(run.stdout) as string[];
}

describe('pythonString', () => {
  it('gives literals that Python reads back as exactly the original text', () => {
    expect(pythonReads(NASTY.map(pythonString))).toEqual(NASTY);
  });
  it('stays on one line of printable ASCII, with no backtick, whatever the text holds', () => {
    for (const text of NASTY) expect(pythonString(text)).toMatch(/^"[\x20-\x5f\x61-\x7e]*"$/);
  });
});

describe('pythonFloat', () => {
  it('writes doubles that Python reads back bit for bit, as floats', () => {
    const values = [0, -0, 1, 1000, 0.1, -2.5e-7, 1e21, 1.7976931348623157e308, 5e-324, 0.21519198226718594];
    const program =
      'import sys, struct\nfor line in sys.stdin.read().split():\n    v = eval(line, {"__builtins__": {}})\n    print(type(v).__name__, struct.pack(">d", v).hex())';
    const run = spawnSync(PYTHON, ['-c', program], { input: values.map(pythonFloat).join('\n'), encoding: 'utf8' });
    const bits = (value: number) =>
      Buffer.from(new Float64Array([value]).buffer)
        .reverse()
        .toString('hex');
    expect(run.stdout.trim().split('\n')).toEqual(values.map((value) => `float ${bits(value)}`));
  });
  it('refuses what the notebook never exports', () => {
    expect(() => pythonFloat(Number.NaN)).toThrow(RangeError);
    expect(() => pythonFloat(Infinity)).toThrow(RangeError);
  });
});

describe('markdownText', () => {
  it('keeps outside text on one line and escapes every mark Markdown could act on', () => {
    expect(markdownText('a*b_c\nd<script>')).toBe('a\\*b\\_c d\\<script\\>');
    expect(markdownText('x\u2028y\rz')).toBe('x y z');
  });
});

describe('csvField', () => {
  it('quotes a name only when it must, doubling its quotes', () => {
    expect(csvField('TV')).toBe('TV');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(csvField('')).toBe('""');
  });
});
