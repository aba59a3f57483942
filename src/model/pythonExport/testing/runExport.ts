import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PythonExport } from '../exportFiles';

// Runs an export the way a student would: the script with Debian's Python, the notebook with
// jupyter nbconvert, each in a fresh folder with the data file beside it when there is one.
// They run under `nice`, so that on a shared machine the other unit tests keep their pace.

export const PYTHON = '/usr/bin/python3';
export const JUPYTER = '/usr/bin/jupyter';

/** Throws a message saying what to install when Python, numpy or nbconvert is missing. */
export function assertPythonTools(): void {
  const missing: string[] = [];
  if (!existsSync(PYTHON)) missing.push(`${PYTHON} (apt-get install python3)`);
  else {
    if (spawnSync(PYTHON, ['-c', 'import numpy']).status !== 0)
      missing.push('numpy for /usr/bin/python3 (apt-get install python3-numpy)');
    if (!existsSync(JUPYTER) || spawnSync(JUPYTER, ['nbconvert', '--version']).status !== 0)
      missing.push(`${JUPYTER} nbconvert (apt-get install jupyter-nbconvert python3-ipykernel)`);
  }
  if (missing.length > 0)
    throw new Error(`The export tests run the exported code for real and need: ${missing.join('; ')}.`);
}

/** The `name = value` lines a run printed, values as Python wrote them. */
export type PrintedValues = Record<string, string>;

/** Parses `name = value` lines (lowercase names with underscores and digits); other output is ignored. */
export function printedValues(output: string): PrintedValues {
  const values: PrintedValues = {};
  for (const line of output.split('\n')) {
    const match = /^([a-z_0-9]+) = (\S+)$/.exec(line.trim());
    if (match) values[match[1]!] = match[2]!;
  }
  return values;
}

function workspace(exported: PythonExport): string {
  const folder = mkdtempSync(join(tmpdir(), 'downhill-export-'));
  if (exported.dataFile) writeFileSync(join(folder, exported.dataFile.name), exported.dataFile.text);
  return folder;
}

/** Runs the script with /usr/bin/python3 from another folder (so it must find its data file itself). */
export function runScript(exported: PythonExport): PrintedValues {
  const folder = workspace(exported);
  try {
    const path = join(folder, exported.script.name);
    writeFileSync(path, exported.script.text);
    const run = spawnSync('nice', ['-n', '10', PYTHON, path], {
      cwd: tmpdir(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`The exported script failed:\n${run.stderr}`);
    return printedValues(run.stdout);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Executes the notebook with nbconvert and reads what its last cell printed. */
export function runNotebook(exported: PythonExport): PrintedValues {
  const folder = workspace(exported);
  try {
    const path = join(folder, exported.notebook.name);
    writeFileSync(path, exported.notebook.text);
    const run = spawnSync(
      'nice',
      ['-n', '10', JUPYTER, 'nbconvert', '--to', 'notebook', '--execute', '--output', 'executed.ipynb', path],
      {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' },
      },
    );
    if (run.status !== 0) throw new Error(`The exported notebook failed to run:\n${run.stderr}`);
    const executed = JSON.parse(readFileSync(join(folder, 'executed.ipynb'), 'utf8')) as {
      cells: { outputs?: { text?: string[] }[] }[];
    };
    const last = executed.cells[executed.cells.length - 1]!;
    return printedValues((last.outputs ?? []).map((output) => (output.text ?? []).join('')).join(''));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
