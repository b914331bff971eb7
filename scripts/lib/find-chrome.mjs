// Finds a Chromium to drive: CHROME_PATH, then the usual places. npm cannot download browsers on
// our machines, so a missing browser is a one-line message with the fix, not a stack trace.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', 'chromium', 'google-chrome', 'google-chrome-stable'];

function resolveOnPath(name) {
  if (name.includes('/')) return existsSync(name) ? name : undefined;
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return resolveOnPath(fromEnv);
  for (const candidate of CANDIDATES) {
    const found = resolveOnPath(candidate);
    if (found) return found;
  }
  return undefined;
}

export const INSTALL_HINT =
  'No Chromium found (CHROME_PATH, /usr/bin/chromium, chromium, google-chrome). Install one: apt-get update && apt-get install -y chromium';

/** Flags for headless Chromium as root on a closed network (see TOOLCHAIN.md). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
