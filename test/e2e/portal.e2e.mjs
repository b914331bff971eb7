// End-to-end: the demo as a clinician and a peer programme would use it, in a real Chromium.
// Starts `npm start` on a free port, refers the client to peer support from the chart, accepts
// the referral in the programme's inbox, and sees the chart's status chip follow. Checks console
// errors and axe on both pages (under the pages' strict CSP), and keeps screenshots in
// test-results/e2e/. Prints "e2e: N passed, N failed".
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from '../../scripts/lib/find-chrome.mjs';

const ARTIFACTS = 'test-results/e2e';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const results = [];

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n    ${String(error?.message ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
    throw error;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startDemo(port) {
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('npm start did not print its URL within 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes(`:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  return () => process.kill(-child.pid, 'SIGTERM');
}

/** Console errors and failed requests, per page: a clean page has none. */
function watchErrors(page) {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

async function expectNoAxeViolations(page, label) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target?.join(' ')}`);
  });
  if (violations.length) throw new Error(`axe on ${label}:\n${violations.join('\n')}`);
}

async function run() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  mkdirSync(ARTIFACTS, { recursive: true });
  const port = await freePort();
  const stopDemo = await startDemo(port);
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  const base = `http://127.0.0.1:${port}`;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await fetch(`${base}/__admin/reset`, { method: 'POST', headers: { 'X-Care-Admin': '1' } });
    const chart = await context.newPage();
    const chartErrors = watchErrors(chart);
    const roster = chart.locator('care-team-roster');
    const card = chart.locator('#peer-card');

    await step('the portal opens with the roster loaded from the FHIR server', async () => {
      await chart.goto(`${base}/`);
      await roster.getByText('Rosa Delgado').first().waitFor();
      await roster.getByText('Samuel Okafor').first().waitFor();
    });

    await step('the peer specialist stands out on the roster and opens their card', async () => {
      const peer = roster
        .getByRole('option', { name: /Rosa Delgado/ })
        .or(roster.getByRole('button', { name: /Rosa Delgado/ }))
        .first();
      await peer.click();
      await card.getByText('What a peer specialist does', { exact: false }).first().waitFor();
      await card.getByText('What a peer specialist does not do', { exact: false }).first().waitFor();
    });

    await step('the chart warns of the open referral, and a new one needs an explicit choice', async () => {
      const referral = card.locator('care-referral-button');
      await referral.getByText('An open referral to peer support exists: Accepted by Rosa Delgado', { exact: false }).waitFor();
      await referral.getByRole('button', { name: 'Refer to peer support' }).click();
      await referral.getByRole('dialog').getByText('This client already has an open referral').waitFor();
      await referral.getByRole('button', { name: 'Refer again anyway' }).click();
    });

    await step('the clinician refers the client, with consent, and sees "Sent to PeerBridge Peer Support Program"', async () => {
      const referral = card.locator('care-referral-button');
      const dialog = referral.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByLabel('Reason for the referral').fill('Low mood since discharge; asked to talk with someone who has been there.');
      await dialog.getByLabel('What the client hopes for, in their words').fill('Someone who gets it, to help me get back to work.');
      await dialog.getByLabel('The client agrees that their information may be shared with the peer support programme').check();
      await dialog.getByRole('button', { name: 'Send referral' }).click();
      await referral.locator('[part="state"]', { hasText: 'Sent to PeerBridge Peer Support Program' }).waitFor({ timeout: 15_000 });
      // The chart's referral list has it too, open and newest first.
      await chart
        .locator('care-referral-list [part="list"] [part~="item"] .reason')
        .first()
        .getByText('Low mood since discharge', { exact: false })
        .waitFor();
    });
    await chart.screenshot({ path: `${ARTIFACTS}/portal.png`, fullPage: true });

    const inbox = await context.newPage();
    const inboxErrors = watchErrors(inbox);
    const referralInInbox = () => inbox.locator('care-referral-inbox li[data-task]', { hasText: 'Someone who gets it' });
    const inboxView = (name) => inbox.locator('care-referral-inbox [part="views"] button', { hasText: name });
    await step('the supervisor finds the referral waiting for assignment, and assigns it to Rosa', async () => {
      await inbox.goto(`${base}/inbox.html`);
      await referralInInbox().waitFor();
      await referralInInbox().getByText('Nobody yet').waitFor();
      await referralInInbox().getByRole('button', { name: 'Assign…' }).click();
      await referralInInbox()
        .getByRole('radio', { name: /Rosa Delgado/ })
        .check();
      await referralInInbox().getByRole('button', { name: 'Save' }).click();
      // Assigned: it leaves "Needs assignment" and shows in Rosa's view, still waiting for her to accept.
      await referralInInbox().waitFor({ state: 'detached' });
      await inboxView('Rosa Delgado').click();
      await referralInInbox().locator('[part="status-badge"]', { hasText: 'New' }).waitFor();
    });
    await step('acting as Rosa, the peer accepts it from "Mine"', async () => {
      await inbox.selectOption('#acting-as', 'PractitionerRole/peer-rosa-role');
      await inboxView('Mine').click();
      await referralInInbox().getByRole('button', { name: 'Accept' }).click();
      await referralInInbox().locator('[part="status-badge"]', { hasText: 'Accepted' }).waitFor();
    });
    await inbox.screenshot({ path: `${ARTIFACTS}/inbox.png`, fullPage: true });

    await step('the chart follows live, by subscription: "Accepted by Rosa Delgado" within 2 s, with no poll', async () => {
      await chart.bringToFront();
      await card.locator('care-referral-button [part="state"]', { hasText: /^Accepted by Rosa Delgado/ }).waitFor({ timeout: 2_000 });
      const log = await (await fetch(`${base}/__admin/requests`, { headers: { 'X-Care-Admin': '1' } })).json();
      const polls = log.requests.filter((request) => request.method === 'GET' && /\/fhir\/Task\?.*_id=/.test(request.path));
      // The only searches by id are the catch-up reads right after each socket was bound.
      const binds = log.requests.filter((request) => request.path.includes('$get-ws-binding-token'));
      if (binds.length === 0) throw new Error('the chart never subscribed');
      if (polls.length > binds.length) throw new Error(`the chart polled: ${polls.length} searches for ${binds.length} socket(s)`);
    });
    await chart.screenshot({ path: `${ARTIFACTS}/portal-accepted.png`, fullPage: true });

    await step('Rosa starts peer support and completes the referral with an outcome', async () => {
      await inbox.bringToFront();
      await referralInInbox().getByRole('button', { name: 'Start peer support' }).click();
      await referralInInbox().locator('[part="status-badge"]', { hasText: 'In progress' }).waitFor();
      await referralInInbox().getByRole('button', { name: 'Complete…' }).click();
      await referralInInbox().getByLabel('How it ended').selectOption('engaged');
      await referralInInbox().getByLabel('Notes (optional)').fill('First meeting at the library; weekly walks agreed.');
      await referralInInbox().getByRole('button', { name: 'Save' }).click();
      await referralInInbox().waitFor({ state: 'detached' });
      await inboxView('Closed').click();
      await referralInInbox().getByText('First meeting held, the client engaged').first().waitFor();
    });

    await step('the chart shows the outcome the programme sent back', async () => {
      await chart.bringToFront();
      const chip = card.locator('care-referral-button');
      await chip.locator('[part="state"]', { hasText: 'Completed' }).waitFor({ timeout: 2_000 });
      await chip.locator('[part="detail"]', { hasText: 'First meeting held, the client engaged' }).waitFor();
      await chart.locator('care-referral-list [part="closed"] > summary').click();
      await chart
        .locator('care-referral-list [part="closed"]')
        .getByText('First meeting held, the client engaged', { exact: false })
        .first()
        .waitFor();
    });

    await step('no console errors on either page', async () => {
      const errors = [...chartErrors.map((e) => `portal: ${e}`), ...inboxErrors.map((e) => `inbox: ${e}`)];
      if (errors.length) throw new Error(errors.join('\n'));
    });

    await step('no axe violations on the portal, in every theme', async () => {
      for (const theme of ['light', 'dark', 'high-contrast']) {
        await chart.selectOption('#theme-switch', theme);
        await chart.waitForTimeout(200);
        await expectNoAxeViolations(chart, `the portal (${theme})`);
      }
      await chart.screenshot({ path: `${ARTIFACTS}/portal-high-contrast.png`, fullPage: true });
    });
    await step('no axe violations on the inbox', () => expectNoAxeViolations(inbox, 'the inbox'));
  } finally {
    await browser.close();
    stopDemo();
  }
}

console.log('e2e: the referral loop in the demo portal');
try {
  await run();
} catch (error) {
  if (!results.some((result) => !result.ok)) {
    results.push({ name: 'setup', ok: false });
    console.log(`  ✗ ${String(error?.message ?? error)}`);
  }
}
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
