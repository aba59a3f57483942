// Finds the Chromium the browser tests and benchmarks drive, installing Debian's package when
// it is missing and we are root (as on a fresh CI or developer machine of this project's kind).
// Playwright's own browser download is not available here, so we never rely on it.
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

// Run directly (npm's pretest:browser): make sure Chromium is there.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Browser tests use ${ensureChromium()}`);
}
