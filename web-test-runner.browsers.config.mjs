// @web/test-runner in one browser engine, chosen by CARE_TEST_ENGINE (npm run test:browsers runs
// this once per engine: scripts/test-browsers.mjs). No coverage here: npm test measures it (V8's).
//   chromium  the Chromium of npm test (scripts/lib/find-chrome.mjs), @web/test-runner-chrome
//   firefox   Debian's firefox-esr (FIREFOX_PATH to override), headless, through puppeteer over
//             WebDriver BiDi (@web/test-runner-puppeteer); no geckodriver
//   webkit    Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver (package webkit2gtk-driver;
//             WEBKIT_WEBDRIVER / WEBKIT_MINIBROWSER to override) through @web/test-runner-webdriver,
//             WebDriver classic. It has no headless mode: without a DISPLAY this starts Xvfb.
//             This config starts Xvfb and the driver on free ports/displays and stops both on exit.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './scripts/lib/find-chrome.mjs';
import { sharedConfig } from './scripts/lib/wtr-shared.mjs';
import { webdriverCommands } from './scripts/lib/webdriver-commands-plugin.mjs';

const engine = process.env.CARE_TEST_ENGINE ?? 'chromium';
const children = [];
const stopChildren = () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

function fail(message) {
  console.error(`${engine}: ${message}`);
  process.exit(1);
}

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and sets DISPLAY for the browser. */
async function startXvfb() {
  if (!firstExisting(['/usr/bin/Xvfb'])) fail('WebKitGTK needs a display: install Xvfb (apt-get install -y xvfb xauth) or set DISPLAY.');
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display within 10 s')), 10_000);
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  process.env.DISPLAY = `:${display}`;
}

/** Starts WebKitWebDriver on a free port; resolves once it answers /status. */
async function startWebKitDriver(driverPath) {
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(driver);
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (driver.exitCode !== null) fail(`${driverPath} exited (${driver.exitCode}) before it listened`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return port;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) fail(`${driverPath} did not answer on port ${port} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Firefox ESR 140 refuses the orientation half of puppeteer's setViewport; the size half still applies. */
function toleratesMissingOrientationOverride(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
    }
  };
}

async function browsersFor(name) {
  if (name === 'chromium') {
    const executablePath = findChrome();
    if (!executablePath) fail(INSTALL_HINT);
    return [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })];
  }
  if (name === 'firefox') {
    const executablePath = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
    if (!executablePath)
      fail('no Firefox found (FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox). Debian: apt-get install -y firefox-esr');
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    // defaultViewport null: puppeteer would size each new page itself, and its setViewport also
    // sends emulation.setScreenOrientationOverride, which Firefox ESR 140 (Debian bookworm's) does
    // not know, failing every test file. Pages are sized here with that one refusal tolerated.
    return [
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath, headless: true, defaultViewport: null },
        createPage: async ({ context }) => {
          const page = await context.newPage();
          toleratesMissingOrientationOverride(page);
          await page.setViewport({ width: 800, height: 600 });
          return page;
        },
      }),
    ];
  }
  if (name === 'webkit') {
    const driverPath = firstExisting([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']);
    const binary = firstExisting([
      process.env.WEBKIT_MINIBROWSER,
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ]);
    if (!driverPath || !binary) fail('no WebKitWebDriver / MiniBrowser found. Debian: apt-get install -y webkit2gtk-driver xvfb xauth');
    if (!process.env.DISPLAY) await startXvfb();
    const port = await startWebKitDriver(driverPath);
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    return [
      webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
          // WebKitWebDriver refuses the BiDi session webdriverio asks for by default.
          'wdio:enforceWebDriverClassic': true,
        },
      }),
    ];
  }
  return fail(`CARE_TEST_ENGINE must be chromium, firefox or webkit (got "${name}")`);
}

const shared = await sharedConfig({ label: engine });
const webdriver = webdriverCommands();

export default {
  ...shared,
  // WebKit: sendKeys (type, press, down, up) and setViewport (scripts/lib/webdriver-commands-plugin.mjs).
  plugins: [...shared.plugins, webdriver.plugin],
  reporters: [...shared.reporters, webdriver.reporter],
  browsers: await browsersFor(engine),
  // The first start of Firefox or WebKit under load can take a while.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
};
