// Admin endpoints for tests and the demo (only when the server starts with `admin: true`):
//   POST   /__admin/reset     restore the seed, clear faults and the request log
//   POST   /__admin/faults    { rules: [...] } install fault rules (see faults.mjs)
//   GET    /__admin/faults    the rules still active
//   DELETE /__admin/faults    remove all rules
//   GET    /__admin/requests  { requests: [{ method, path, status, fault?, at }] }
//   DELETE /__admin/requests  clear the request log
//   POST   /__admin/drop-sockets   { abrupt?: boolean } close every subscription websocket -> { closed }
//   POST   /__admin/subscriptions  { enabled: boolean } turn the Subscriptions Backport on or off
//   GET    /__admin/subscriptions  { enabled, sockets, bindings }
// (reset also closes the websockets, forgets tokens and event counts, and restores `enabled`.)
//
// Every admin request must carry the header `X-Care-Admin: 1`. A custom header makes browsers send
// a CORS preflight first, so another web page open in the developer's browser cannot reset or
// fault this server with a "simple" cross-site request.
import { outcome, readBody, sendJson } from './http-util.mjs';

export const ADMIN_HEADER = 'x-care-admin';

/**
 * @param {{ reset: () => void; faults: import('./faults.mjs').FaultInjector; log: import('./request-log.mjs').RequestLog; subscriptions: import('./subscription-hub.mjs').SubscriptionHub }} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} route path after /__admin
 */
export async function handleAdmin(ctx, req, res, route) {
  if (req.headers[ADMIN_HEADER] !== '1') {
    return sendJson(res, 403, outcome('forbidden', 'Admin requests need the header X-Care-Admin: 1'));
  }
  const key = `${req.method} ${route}`;
  switch (key) {
    case 'POST /reset':
      ctx.reset();
      return sendJson(res, 200, { reset: true });
    case 'POST /faults':
      return installFaults(ctx, req, res);
    case 'GET /faults':
      return sendJson(res, 200, { rules: ctx.faults.list() });
    case 'DELETE /faults':
      ctx.faults.clear();
      return sendJson(res, 200, { rules: [] });
    case 'GET /requests':
      return sendJson(res, 200, { requests: ctx.log.list() });
    case 'DELETE /requests':
      ctx.log.clear();
      return sendJson(res, 200, { requests: [] });
    case 'POST /drop-sockets': {
      const body = await jsonBody(req);
      return sendJson(res, 200, { closed: ctx.subscriptions.dropSockets(body?.abrupt === true) });
    }
    case 'POST /subscriptions': {
      const body = await jsonBody(req);
      if (typeof body?.enabled !== 'boolean')
        return sendJson(res, 400, outcome('invalid', 'The body must be JSON: { "enabled": true | false }'));
      ctx.subscriptions.setEnabled(body.enabled);
      return sendJson(res, 200, ctx.subscriptions.info());
    }
    case 'GET /subscriptions':
      return sendJson(res, 200, ctx.subscriptions.info());
    default:
      return sendJson(res, 404, outcome('not-found', 'Unknown admin endpoint'));
  }
}

/**
 * The request's JSON body, undefined when it is empty or not JSON.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<any>}
 */
async function jsonBody(req) {
  try {
    const text = await readBody(req);
    return text.trim() ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ faults: import('./faults.mjs').FaultInjector }} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function installFaults(ctx, req, res) {
  try {
    const body = JSON.parse((await readBody(req)) || '{}');
    ctx.faults.set(body.rules);
    return sendJson(res, 200, { rules: ctx.faults.list() });
  } catch (err) {
    const text = err instanceof RangeError ? err.message : 'The body must be JSON: { "rules": [...] }';
    return sendJson(res, 400, outcome('invalid', text));
  }
}
