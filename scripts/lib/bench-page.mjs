// One benchmark page: `entry` bundled with esbuild (production Lit, minified), served on a free
// loopback port and opened in headless Chromium (scripts/lib/find-chrome.mjs: CHROME_PATH, system, bundled)
// with `--expose-gc`, so the page can collect garbage between timed runs.
// Shared by scripts/bench.mjs and scripts/bench-ab.mjs.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';

/**
 * Opens the page once `readyGlobal` (a function the entry puts on globalThis) exists.
 * `alias` maps import specifiers to paths (esbuild's alias option). Call `close()` when done.
 */
export async function openBenchPage(entry, { readyGlobal, alias = {} }) {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'care-bench-'));
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'bench.js'),
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias,
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>roster bench</title></head><body><script type="module" src="/bench.js"></script></body></html>',
  );
  const server = await serveBench(dir);
  const close = async (browser) => {
    await browser?.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction((name) => typeof globalThis[name] === 'function', readyGlobal);
    return { page, version: browser.version(), close: () => close(browser) };
  } catch (error) {
    await close(browser);
    throw error;
  }
}

/** Serves the bench's index.html and bench.js from `dir` on a free local port. */
async function serveBench(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((request, response) => {
    const name = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1);
    if (!['index.html', 'bench.js'].includes(name)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[name.slice(name.lastIndexOf('.'))], 'Cache-Control': 'no-store' });
    response.end(readFileSync(join(dir, name)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
