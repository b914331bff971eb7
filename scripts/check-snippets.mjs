// npm test's snippets step (also `node scripts/check-snippets.mjs`, after npm run build): every HTML
// snippet in the embedding guide (stories/docs/embedding-guide.mdx) and the README runs as a page
// against the built CDN build (dist/cdn/) and the in-memory FHIR server, in headless Chromium. A
// snippet that cannot work as written fails: a script error, a `care-data-error`, a tag that is
// never defined, or an element still loading, empty or showing an error after 10 s. The standalone
// referral button's snippet is also sent, as a clinician would, and must hand the host the referral.
//
// The guide's example values stand for the demo seed's (scripts/fhir-server/seed): the FHIR base URL
// for the server's, Patient/123 for Maria Alvarez, PractitionerRole/456 for her therapist, CareTeam
// 789 for her care team. A snippet's free variables (a peer's `practitionerRole`, ...) are the
// seed's resources, set as globals before it runs.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './lib/find-chrome.mjs';
import { htmlSnippets, pageFor } from './lib/snippets.mjs';
import { startFhirServer } from './fhir-server/server.mjs';

// Failures go to stdout as "snippets failed: …", the shape npm test repeats before its closing line.
process.on('uncaughtException', (error) => {
  console.log(`snippets failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});

const SOURCES = ['stories/docs/embedding-guide.mdx', 'README.md'];
const SETTLE_MS = 10_000;

if (!existsSync('dist/cdn/care-team-elements.js')) {
  console.log('snippets failed: dist/cdn/ is missing; run npm run build first.');
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.log(`snippets failed: ${INSTALL_HINT}`);
  process.exit(1);
}

const seed = JSON.parse(readFileSync('demo/seed/sample-team.bundle.json', 'utf8')).entry.map((entry) => entry.resource);
const seedResource = (type, id) => seed.find((resource) => resource.resourceType === type && resource.id === id);
const GLOBALS = {
  practitionerRole: seedResource('PractitionerRole', 'peer-rosa-role'),
  practitioner: seedResource('Practitioner', 'rosa-delgado'),
  organization: seedResource('Organization', 'peerbridge-program'),
};

const fhir = await startFhirServer({ port: 0 });
const pages = new Map();
const web = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (pages.has(url.pathname)) return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(pages.get(url.pathname));
  if (url.pathname === '/snippet-globals.js') {
    const script = `Object.assign(window, ${JSON.stringify(GLOBALS)});
window.snippetProblems = [];
window.referralRequests = [];
addEventListener('error', (event) => snippetProblems.push('script error: ' + event.message));
addEventListener('unhandledrejection', (event) => snippetProblems.push('unhandled rejection: ' + event.reason));
document.addEventListener('care-data-error', (event) => snippetProblems.push('care-data-error from <' + event.target.localName + '>: ' + JSON.stringify(event.detail)));
document.addEventListener('care-referral-request', (event) => referralRequests.push({ defaultPrevented: event.defaultPrevented, serviceRequest: event.detail.serviceRequest }));`;
    return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
  }
  // The snippets load the CDN build as deployed: dist/cdn/'s contents in /vendor/ (the bundle, its
  // chunks/ next to it) or in /vendor/care-team-elements/ (elements/autoload.js).
  const path = url.pathname.replace(/^\/vendor\/(care-team-elements\/)?/, '/dist/cdn/');
  const file = normalize(`.${path}`);
  if (!file.startsWith('dist/cdn/') || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
});
await new Promise((resolve) => web.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${web.address().port}`;

/* global document, window, customElements -- page.evaluate callbacks run in the page */

const snippets = SOURCES.flatMap((file) => htmlSnippets(readFileSync(file, 'utf8')).map((snippet) => ({ ...snippet, file })));
const failures = [];
const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
try {
  for (const [index, snippet] of snippets.entries()) {
    const where = `${snippet.file}:${snippet.line}`;
    const path = `/snippet-${index}`;
    pages.set(path, pageFor(snippet.code, { fhirBaseUrl: fhir.baseUrl }));
    const page = await browser.newPage();
    page.on('pageerror', (error) => failures.push(`${where}: page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`${where}: console error: ${message.text()}`);
    });
    await page.goto(origin + path);
    const problems = await settle(page, snippet.tags);
    if (problems.length === 0 && snippet.tags.includes('care-referral-button') && !snippet.code.includes('referral-id')) {
      problems.push(...(await sendReferral(page)));
    }
    failures.push(...problems.map((problem) => `${where}: ${problem}`));
    console.log(
      `check-snippets: ${where} (${snippet.tags.map((tag) => `<${tag}>`).join(', ') || 'no elements'}): ${problems.length ? 'FAILED' : 'ok'}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  web.close();
  await fhir.close();
}

if (snippets.length === 0) failures.push('no HTML snippets found: the guide or README moved?');
if (failures.length > 0) {
  for (const failure of failures) console.log(`snippets failed: ${failure}`);
  process.exit(1);
}
console.log(`check-snippets: ${snippets.length} HTML snippets from ${SOURCES.join(' and ')} run as written against the built bundle`);

/** Waits for each element of the snippet to show content; returns what is wrong after SETTLE_MS. */
async function settle(page, tags) {
  const deadline = Date.now() + SETTLE_MS;
  let problems = [];
  do {
    problems = await page.evaluate((names) => {
      const found = [...window.snippetProblems];
      for (const name of names) {
        if (!customElements.get(name)) {
          found.push(`<${name}> is never defined`);
          continue;
        }
        // The provider only connects its children; it shows nothing of its own.
        if (name === 'care-team-provider') continue;
        for (const element of document.querySelectorAll(name)) {
          const root = element.shadowRoot;
          const text = root?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          // What the reader sees: a closed dialog's "Loading the referral form…" is not shown.
          const notice = [...(root?.querySelectorAll('.notice') ?? [])].find((candidate) => candidate.checkVisibility());
          if (!text) found.push(`<${name}> is blank`);
          else if (notice) found.push(`<${name}> shows "${notice.textContent.replace(/\s+/g, ' ').trim()}"`);
        }
      }
      return found;
    }, tags);
    if (problems.length === 0 || problems.some((problem) => !/ shows "Loading| is blank| is never defined/.test(problem))) break;
    await page.waitForTimeout(200);
  } while (Date.now() < deadline);
  return problems;
}

/** Opens the referral form, fills it as a clinician would and sends it: the host must get the referral. */
async function sendReferral(page) {
  try {
    await page.click('care-referral-button #trigger');
    await page.waitForSelector('care-referral-button #referral form', { timeout: SETTLE_MS });
    await page.fill('care-referral-button #reason', 'Feels alone since leaving hospital');
    await page.check('care-referral-button #consent');
    await page.click('care-referral-button button[type="submit"]');
    await page.waitForFunction(() => window.referralRequests.length > 0, undefined, { timeout: SETTLE_MS });
  } catch (error) {
    const shown = await page.evaluate(
      () => document.querySelector('care-referral-button')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
    return [`the referral could not be sent (${error.message.split('\n')[0]}); the button shows: ${shown.slice(0, 300)}`];
  }
  const [request] = await page.evaluate(() => window.referralRequests);
  return request.serviceRequest?.performer?.length ? [] : ['the referral was sent without a recipient (performer)'];
}
