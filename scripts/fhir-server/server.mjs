// In-memory FHIR R4 server for the demo and the integration tests: @medplum/fhir-router behind
// node:http at /fhir, with write validation, CORS, paging links, admin endpoints (reset, fault
// injection, request log), optional static files, and the R4 Subscriptions Backport (a Task topic,
// websocket channel: subscription-*.mjs). See ./README.md.
import { createServer } from 'node:http';
import { FhirRouter } from '@medplum/fhir-router';
import { handleAdmin } from './admin.mjs';
import { loadDefinitions } from './definitions.mjs';
import { cannedAnswer, FaultInjector } from './faults.mjs';
import { handleFhirRequest, jsonResponse } from './fhir-handler.mjs';
import { outcome, readBody, send, sendJson } from './http-util.mjs';
import { ServerRepository } from './repository.mjs';
import { RequestLog } from './request-log.mjs';
import { DEFAULT_SEED, loadSeed } from './seed.mjs';
import { serveStatic } from './static-files.mjs';
import { SubscriptionHub } from './subscription-hub.mjs';
import { routeSubscriptionRequest } from './subscription-routes.mjs';
import { topicBasicResource } from './subscription-topic.mjs';
import { attachSubscriptionWebsocket } from './subscription-websocket.mjs';

/**
 * @typedef {object} FhirServerOptions
 * @property {number} [port] 0 (default) picks a free port
 * @property {string} [host] default 127.0.0.1
 * @property {boolean} [admin] enable /__admin endpoints (default false)
 * @property {boolean | string} [seed] load the sample team (default true) or the Bundle at this path
 * @property {string} [staticRoot] serve files from here for paths outside /fhir and /__admin
 * @property {boolean} [quiet] default true; false prints one line per request (method, path, status)
 * @property {boolean} [subscriptions] Subscriptions Backport (Task topic, websocket channel) on at start (default true)
 */

/**
 * @typedef {object} FhirServer
 * @property {string} url e.g. http://127.0.0.1:41234
 * @property {string} baseUrl `${url}/fhir`
 * @property {string} adminUrl `${url}/__admin` (only answers when admin is true)
 * @property {() => Promise<void>} close
 * @property {() => void} reset restore the seed, clear faults and the request log
 * @property {ServerRepository} repo
 * @property {SubscriptionHub} subscriptions
 */

/** Runs one write at a time, so conditional creates and transactions are really serialised. */
function createWriteQueue() {
  let tail = Promise.resolve();
  return /** @type {<T>(task: () => Promise<T>) => Promise<T>} */ (task) => {
    const run = tail.then(task, task);
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}

/**
 * Parses a FHIR request body: JSON for FHIR/JSON types, form fields for POST _search.
 * @param {import('node:http').IncomingMessage} req
 */
async function parseBody(req) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'DELETE') return undefined;
  const text = await readBody(req);
  if (!text.trim()) return undefined;
  if (/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) return new URLSearchParams(text);
  return JSON.parse(text);
}

/** @param {import('node:http').IncomingMessage} req @param {string} fallback */
function publicOrigin(req, fallback) {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(host) ? `http://${host}` : fallback;
}

/**
 * @param {ReturnType<typeof createContext>} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
async function handleFhir(ctx, req, res, url) {
  const method = req.method ?? 'GET';
  const path = url.pathname.replace(/^\/fhir\/?/, '');
  const resourceType = /^[A-Z][A-Za-z]*/.exec(path)?.[0];
  const entry = ctx.log.start(method, url.pathname + url.search);
  const fault = ctx.faults.take({ method, resourceType, path: url.pathname + url.search });
  if (fault) entry.fault = fault.fault;
  if (fault?.fault === 'drop') return void req.socket.destroy();
  const canned = fault ? cannedAnswer(fault.fault) : undefined;
  if (canned) {
    entry.status = canned.status;
    return send(res, canned.status, canned.headers, canned.body);
  }
  if (fault?.fault === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  const response = await answerFhir(ctx, req, url, path);
  entry.status = response.status;
  // 'lost-response': the router has committed the request; the answer never arrives.
  if (fault?.fault === 'lost-response') return void req.socket.destroy();
  send(res, response.status, response.headers, response.body);
  if (!ctx.quiet) process.stdout.write(`${method} ${url.pathname} ${response.status}\n`);
}

/**
 * @param {ReturnType<typeof createContext>} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @param {string} path
 */
async function answerFhir(ctx, req, url, path) {
  let body;
  try {
    body = await parseBody(req);
  } catch (err) {
    const tooLarge = /** @type {{ status?: number }} */ (err).status === 413;
    return jsonResponse(
      tooLarge ? 413 : 400,
      outcome(tooLarge ? 'too-costly' : 'invalid', tooLarge ? 'The request body is too large' : 'The request body is not valid JSON'),
    );
  }
  const asked = {
    method: req.method ?? 'GET',
    path,
    query: url.searchParams,
    headers: req.headers,
    body,
    publicBase: `${publicOrigin(req, ctx.url)}/fhir`,
  };
  const request = routeSubscriptionRequest(ctx.subscriptions, asked);
  if (!('path' in request)) return request;
  const run = () => handleFhirRequest(ctx, request);
  return request.method === 'GET' ? run() : ctx.writes(run);
}

/**
 * @param {ServerRepository} repo
 * @param {FhirRouter} router
 * @param {boolean} quiet
 * @param {SubscriptionHub} subscriptions
 */
function createContext(repo, router, quiet, subscriptions) {
  return {
    repo,
    router,
    quiet,
    subscriptions,
    url: '',
    faults: new FaultInjector(),
    log: new RequestLog(),
    writes: createWriteQueue(),
    reset: () => {},
  };
}

/**
 * @param {ReturnType<typeof createContext>} ctx
 * @param {FhirServerOptions} options
 * @returns {import('node:http').RequestListener}
 */
function createListener(ctx, options) {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const task = async () => {
      if (req.method === 'OPTIONS') return send(res, 204, {});
      if (url.pathname === '/fhir' || url.pathname.startsWith('/fhir/')) return handleFhir(ctx, req, res, url);
      if (options.admin && url.pathname.startsWith('/__admin/')) return handleAdmin(ctx, req, res, url.pathname.slice('/__admin'.length));
      if (options.staticRoot) return serveStatic(options.staticRoot, req, res, url.pathname);
      return sendJson(res, 404, outcome('not-found', 'Not found'));
    };
    task().catch(() => sendJson(res, 500, outcome('exception', 'Internal server error')));
  };
}

/**
 * Starts the server. Resolves once it listens.
 * @param {FhirServerOptions} [options]
 * @returns {Promise<FhirServer>}
 */
export async function startFhirServer(options = {}) {
  const { port = 0, host = '127.0.0.1', seed = true, quiet = true, subscriptions = true } = options;
  loadDefinitions();
  const repo = new ServerRepository();
  const router = new FhirRouter();
  if (seed) await loadSeed(repo, typeof seed === 'string' ? seed : DEFAULT_SEED);
  // The topic, as the backport IG represents one in R4, so `GET /fhir/Basic?code=...` finds it.
  if (subscriptions) await repo.createResource(/** @type {import('@medplum/fhirtypes').Basic} */ (topicBasicResource()));
  const seeded = repo.snapshot();
  const hub = new SubscriptionHub(repo, { enabled: subscriptions });
  const ctx = createContext(repo, router, quiet, hub);
  ctx.reset = () => {
    hub.reset();
    repo.restore(seeded);
    ctx.faults.clear();
    ctx.log.clear();
  };
  const server = createServer(createListener(ctx, options));
  const websocket = attachSubscriptionWebsocket(server, hub, ctx);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  ctx.url = `http://${hostPart === '0.0.0.0' ? '127.0.0.1' : hostPart}:${address.port}`;
  return {
    url: ctx.url,
    baseUrl: `${ctx.url}/fhir`,
    adminUrl: `${ctx.url}/__admin`,
    reset: ctx.reset,
    repo,
    subscriptions: hub,
    close: () =>
      new Promise((resolve) => {
        hub.reset();
        websocket.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
