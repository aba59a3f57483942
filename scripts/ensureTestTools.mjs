// Makes sure the outside tools the tests run are on this machine: Debian's Chromium for the
// browser tests and benchmarks, and Debian's Python with numpy, statsmodels, scikit-learn and
// nbconvert, which some unit tests run as outside authorities. When one is missing and we are
// root (as on a fresh CI or developer machine of this project's kind), it installs it with
// apt-get. Playwright's own browser download is not available here, so we never rely on it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      'Chromium is missing. Install it (Debian: sudo apt-get install -y chromium fonts-liberation) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  console.log("Chromium is missing: installing Debian's chromium and fonts-liberation with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get finished but no chromium binary was found at /usr/bin/chromium.');
  return installed;
}

/** Debian packages of the Python authorities, and a module each one provides. */
const PYTHON_PACKAGES = [
  ['python3-numpy', 'numpy'],
  ['python3-statsmodels', 'statsmodels'],
  ['python3-sklearn', 'sklearn'],
  ['jupyter-nbconvert', 'nbconvert'],
  ['python3-ipykernel', 'ipykernel'],
];

export const PYTHON = '/usr/bin/python3';

function hasPythonModule(module) {
  try {
    execFileSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensurePythonAuthorities() {
  const missing = PYTHON_PACKAGES.filter(([, module]) => !existsSync(PYTHON) || !hasPythonModule(module));
  if (missing.length === 0) return;
  const names = missing.map(([name]) => name);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Python packages the tests compare against are missing. Install them: sudo apt-get install -y ${names.join(' ')}`,
    );
  }
  console.log(`Installing Debian's ${names.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
}

// Run directly (npm's pretest): make sure Chromium and the Python authorities are there.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Browser tests use ${ensureChromium()}`);
  ensurePythonAuthorities();
  console.log('Python authorities: numpy, statsmodels, scikit-learn, nbconvert present');
}
