// Finds a Chromium to drive, in this order:
//   1. CHROME_PATH, when set (a path, or a name on PATH). If it names nothing, that is an error:
//      no silent fallback to another browser.
//   2. A system Chromium or Chrome in the usual places of Linux, macOS and Windows, then on PATH.
//      CARE_TEST_NO_SYSTEM_CHROME=1 skips this search (to test step 3 on a machine that has one).
//   3. The Chromium that `npm ci` brings: the devDependency @sparticuz/chromium ships a
//      brotli-compressed chrome-headless-shell for Linux x64 inside the package (no download). It
//      is unpacked once per install into node_modules/.cache/care-team-elements/ (~2 s, ~210 MB).
// npm cannot download browsers on our machines, so when none of these exists (e.g. Linux arm64
// without a system Chromium) the caller prints INSTALL_HINT, a one-line message with the fix.
//
// Everything here is synchronous so that configs (wtr, vitest) and scripts can call it at load.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
];
const WINDOWS_APPS = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Chromium\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'];

function systemCandidates() {
  if (process.platform === 'darwin') {
    return [...MAC_APPS.map((app) => join('/Applications', app)), ...MAC_APPS.map((app) => join(homedir(), 'Applications', app))];
  }
  if (process.platform === 'win32') {
    const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)'], process.env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => WINDOWS_APPS.map((app) => join(root, app)));
  }
  return LINUX;
}

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** A path as given, or a bare name looked up on PATH (with PATHEXT on Windows). */
function resolveExecutable(name) {
  if (isAbsolute(name) || name.includes('/') || name.includes('\\')) return isFile(name) ? name : undefined;
  const extensions = process.platform === 'win32' ? ['', ...(process.env.PATHEXT ?? '.EXE').split(';')] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join(dir, name + extension);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** CHROME_PATH, else a system Chromium/Chrome/Edge; undefined when none (or when the search is switched off). */
export function findSystemChrome() {
  if (process.env.CHROME_PATH) return resolveExecutable(process.env.CHROME_PATH);
  if (process.env.CARE_TEST_NO_SYSTEM_CHROME === '1') return undefined;
  for (const candidate of [...systemCandidates(), ...ON_PATH]) {
    const found = resolveExecutable(candidate);
    if (found) return found;
  }
  return undefined;
}

/**
 * The Chromium inside the @sparticuz/chromium package, unpacked on first use; undefined when the
 * package is not installed or its binary cannot run here (it is built for Linux x64 only).
 * The unpacking goes to a temporary folder renamed into place, so a run that is stopped half-way
 * or two runs at once never leave a truncated binary behind.
 */
export function bundledChrome() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let packageDir;
  try {
    const require = createRequire(import.meta.url);
    packageDir = dirname(dirname(require.resolve('@sparticuz/chromium')));
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const source = join(packageDir, 'bin', 'chromium.br');
  if (!existsSync(source)) return undefined;
  const cacheRoot = join(packageDir, '..', '..', '.cache', 'care-team-elements');
  const target = join(cacheRoot, `sparticuz-chromium-${version}`);
  const executable = join(target, 'chromium');
  if (isFile(executable)) return executable;
  const partial = `${target}.partial-${process.pid}`;
  try {
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    writeFileSync(join(partial, 'chromium'), brotliDecompressSync(readFileSync(source)), { mode: 0o755 });
    try {
      renameSync(partial, target);
    } catch (error) {
      if (!isFile(executable)) throw error; // another process finished first: use its copy
    }
  } catch (error) {
    console.error(`find-chrome: could not unpack ${source}: ${error.message}`);
    return undefined;
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return executable;
}

/** The Chromium the tests drive: see the order at the top of this file. */
export function findChrome() {
  if (process.env.CHROME_PATH) return findSystemChrome();
  return findSystemChrome() ?? bundledChrome();
}

/** Which browser a path is, in words, for the line a test run prints first. */
export function describeChrome(path) {
  if (!path) return 'none';
  if (path.includes(`${join('.cache', 'care-team-elements', 'sparticuz-chromium-')}`)) {
    return `${path} (the headless Chromium from the @sparticuz/chromium devDependency)`;
  }
  return process.env.CHROME_PATH ? `${path} (CHROME_PATH)` : `${path} (system)`;
}

export const INSTALL_HINT = process.env.CHROME_PATH
  ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable file. Point it at a Chromium or Chrome, or unset it.`
  : 'No Chromium found: none at CHROME_PATH or the usual places (/usr/bin/chromium, google-chrome, Chrome.app, chrome.exe), ' +
    'and the Chromium inside @sparticuz/chromium (Linux x64 only; run npm ci) is not usable here. ' +
    'Install one (Debian: apt-get update && apt-get install -y chromium) or set CHROME_PATH.';

/**
 * Flags for headless Chromium as root on a closed network (see TOOLCHAIN.md). The same for the
 * system and the bundled Chromium: @sparticuz/chromium's own `args` are for serverless hosts
 * (--single-process, --disable-web-security, ...) and would change what the tests check (CSP, CORS).
 */
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
