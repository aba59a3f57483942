// Test helper: runs Python (Debian's /usr/bin/python3 with numpy) as an outside authority.
// The script reads one JSON value from stdin and prints one JSON value; a missing interpreter
// or module fails the test with a message saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';

export function runPython<T>(script: string, input: unknown, modules: readonly string[] = ['numpy']): T {
  if (!existsSync(PYTHON))
    throw new Error(
      `${PYTHON} is missing: install Debian's python3 and python3-numpy (apt-get install -y python3-numpy).`,
    );
  const check = spawnSync(PYTHON, ['-c', modules.map((name) => `import ${name}`).join('; ') || 'pass'], {
    encoding: 'utf8',
  });
  if (check.status !== 0) {
    throw new Error(
      `Python cannot import ${modules.join(', ')}: install python3-${modules[0]} (apt-get install -y ${modules.map((name) => `python3-${name}`).join(' ')}).\n${check.stderr}`,
    );
  }
  const result = spawnSync(PYTHON, ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`The Python reference script failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
