// npm run check-cdn: the built CDN bundle (dist/cdn/, from `npm run build`) works as a page loads it.
// `npm test` runs the sources; this runs what integrators deploy: the minified bundle and its lazy
// chunks, fetched relative to it, under a strict Content-Security-Policy (no 'unsafe-eval', no
// inline script) with Trusted Types required for script sinks and only the policy the README
// documents (`lit-html`). It checks that every tag registers and renders, that a roster of 300
// members fetches the virtualizer and renders a window of rows, that a card given a `peer` model
// object fetches its validator (and zod) and shows the peer, that the referral form's lazy chunk
// opens, and that nothing breaks the CSP. Exits 1 on any failure.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './lib/find-chrome.mjs';

const BUNDLE = 'dist/cdn/care-team-elements.js';
const TAGS = [
  'care-team-provider',
  'care-peer-role-card',
  'care-team-roster',
  'care-referral-button',
  'care-plan-panel',
  'care-referral-list',
  'care-referral-inbox',
];
/** The page's policy, as the README's "Safety with patient data" gives it to integrators. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

if (!existsSync(BUNDLE)) {
  console.error(`check-cdn: ${BUNDLE} is missing; run npm run build first.`);
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN check</title></head><body>
<care-team-roster></care-team-roster>
<care-peer-role-card></care-peer-role-card>
<care-referral-button patient="maria-alvarez" requester="therapist-role" programme="peerbridge-program" programme-name="PeerBridge"></care-referral-button>
<care-plan-panel></care-plan-panel>
<care-referral-list></care-referral-list>
<care-referral-inbox programme="Organization/peerbridge-program"></care-referral-inbox>
<care-team-provider></care-team-provider>
<script src="/listen.js"></script>
<script type="module" src="/check.js"></script>
</body></html>`;

// The page's own scripts: external files, since the CSP allows no inline script. The listener is a
// classic script before the module, so it hears a violation raised while the bundle loads.
const LISTEN = `
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
`;
const SCRIPT = `
import { readPeerRole } from '/${BUNDLE}';
const participant = Array.from({ length: 300 }, (_, i) => ({ member: { display: 'Person ' + i }, role: [{ text: 'Nurse' }] }));
document.querySelector('care-team-roster').careTeam = { resourceType: 'CareTeam', name: 'Large team', participant };
const role = {
  resourceType: 'PractitionerRole',
  code: [{ coding: [{ system: 'http://nucc.org/provider-taxonomy', code: '175T00000X', display: 'Peer Specialist' }] }],
  practitioner: { display: 'Jordan Rivera' },
};
document.querySelector('care-peer-role-card').peer = readPeerRole(role).value;
document.querySelector('care-plan-panel').carePlan = {
  resourceType: 'CarePlan',
  status: 'active',
  intent: 'plan',
  title: 'Recovery plan',
  subject: { reference: 'Patient/maria-alvarez' },
  activity: [{ detail: { status: 'in-progress', description: 'Weekly walk with the peer' } }],
};
document.querySelector('care-referral-list').resources = [];
document.querySelector('care-referral-inbox').resources = [];
`;

// The per-element modules through the autoloader: a page with only the roster, a list added later.
const AUTO_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN autoloader check</title></head><body>
<care-team-roster></care-team-roster>
<script src="/listen.js"></script>
<script type="module" src="/dist/cdn/elements/autoload.js"></script>
</body></html>`;

const requests = [];
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  requests.push(url.pathname);
  const headers = { 'Content-Security-Policy': CSP };
  if (url.pathname === '/') return void response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
  if (url.pathname === '/auto') return void response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(AUTO_PAGE);
  if (url.pathname === '/listen.js') return void response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(LISTEN);
  if (url.pathname === '/check.js') return void response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(SCRIPT);
  const file = normalize(`.${url.pathname}`);
  if (!file.startsWith('dist/cdn/') || !existsSync(file)) return void response.writeHead(404).end();
  const type = extname(file) === '.js' ? 'text/javascript' : 'application/json';
  response.writeHead(200, { ...headers, 'Content-Type': type }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

/* global document, window, customElements -- page.evaluate callbacks run in the page */

/** The autoloader fetches the roster's module (not the others), and a tag added later gets its own. */
async function checkAutoloader(browser, url) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => failures.push(`autoloader page error: ${error.message}`));
  const before = requests.length;
  await page.goto(url);
  await page
    .waitForFunction(() => document.querySelector('care-team-roster')?.shadowRoot?.textContent?.trim(), undefined, { timeout: 10_000 })
    .catch(() => failures.push('autoloader: the roster never rendered'));
  const modules = () => requests.slice(before).filter((path) => /^\/dist\/cdn\/elements\/care-[a-z-]+\.js$/.test(path));
  const rosterOnly = modules().map((path) => path.replace(/^.*\//, ''));
  const unexpected = rosterOnly.filter((name) => !['care-team-roster.js'].includes(name));
  if (!rosterOnly.includes('care-team-roster.js')) failures.push('autoloader: the roster module was not fetched');
  if (unexpected.length) failures.push(`autoloader: a roster-only page fetched ${unexpected.join(', ')}`);
  await page.evaluate(() => document.body.append(document.createElement('care-referral-list')));
  await page
    .waitForFunction(
      () => customElements.get('care-referral-list') && document.querySelector('care-referral-list')?.shadowRoot,
      undefined,
      {
        timeout: 10_000,
      },
    )
    .catch(() => failures.push('autoloader: a <care-referral-list> added later was never defined'));
  const violations = await page.evaluate(() => window.violations);
  if (violations.length) failures.push(`autoloader: CSP violations: ${violations.join(', ')}`);
  console.log(`check-cdn: autoloader: a roster-only page fetched ${rosterOnly.join(', ')}; a list added later was defined`);
  await page.close();
}
const failures = [];
const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const shadowText = (tag, selector) =>
    page.evaluate(([t, s]) => document.querySelector(t)?.shadowRoot?.querySelector(s)?.textContent ?? '', [tag, selector]);
  await page
    .waitForFunction(() => document.querySelector('care-peer-role-card')?.shadowRoot?.querySelector('[part~="name"]'), undefined, {
      timeout: 10_000,
    })
    .catch(() => failures.push('the card given a `peer` never showed the peer'));
  await page
    .waitForFunction(
      () => (document.querySelector('care-team-roster')?.shadowRoot?.querySelectorAll('.member').length ?? 0) > 0,
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => failures.push('the roster never rendered rows'));
  const defined = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), TAGS);
  if (defined.length) failures.push(`not registered: ${defined.join(', ')}`);
  const rows = await page.evaluate(() => document.querySelector('care-team-roster')?.shadowRoot?.querySelectorAll('.member').length ?? 0);
  if (!(rows > 0 && rows < 300)) failures.push(`the 300-member roster has ${rows} rows in the DOM (expected a virtualized window)`);
  if (!(await shadowText('care-peer-role-card', '[part~="name"]')).includes('Jordan Rivera'))
    failures.push('the card does not name the peer');
  const silent = await page.evaluate(
    (tags) => tags.filter((tag) => tag !== 'care-team-provider' && !document.querySelector(tag)?.shadowRoot?.textContent?.trim()),
    TAGS,
  );
  if (silent.length) failures.push(`rendered nothing: ${silent.join(', ')}`);
  await page.evaluate(() => document.querySelector('care-referral-button')?.shadowRoot?.querySelector('#trigger')?.click());
  await page
    .waitForFunction(() => document.querySelector('care-referral-button')?.shadowRoot?.querySelector('#referral form'), undefined, {
      timeout: 10_000,
    })
    .catch(() => failures.push('the referral form never opened'));
  const violations = await page.evaluate(() => window.violations);
  if (violations.length) failures.push(`CSP violations: ${violations.join(', ')}`);
  const chunks = requests.filter((path) => path.startsWith('/dist/cdn/chunks/')).map((path) => path.replace(/^.*\//, ''));
  for (const wanted of ['roster-virtualizer', 'peer-model', 'zod', 'referral-workflow']) {
    if (!chunks.some((name) => name.startsWith(`${wanted}-`))) failures.push(`the ${wanted} chunk was not fetched`);
  }
  console.log(
    `check-cdn: ${TAGS.length - defined.length} of ${TAGS.length} tags registered; roster of 300 shows ${rows} rows; chunks fetched: ${chunks.join(', ')}`,
  );
  await checkAutoloader(browser, `http://127.0.0.1:${server.address().port}/auto`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  for (const failure of failures) console.error(`check-cdn: ${failure}`);
  process.exit(1);
}
console.log('check-cdn: the CDN bundle works under a strict CSP with Trusted Types (policy lit-html)');
