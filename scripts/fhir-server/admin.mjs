// Admin endpoints for tests and the demo (only when the server starts with `admin: true`):
//   POST   /__admin/reset     restore the seed, clear faults and the request log
//   POST   /__admin/faults    { rules: [...] } install fault rules (see faults.mjs)
//   GET    /__admin/faults    the rules still active
//   DELETE /__admin/faults    remove all rules
//   GET    /__admin/requests  { requests: [{ method, path, status, fault?, at }] }
//   DELETE /__admin/requests  clear the request log
//
// Every admin request must carry the header `X-Care-Admin: 1`. A custom header makes browsers send
// a CORS preflight first, so another web page open in the developer's browser cannot reset or
// fault this server with a "simple" cross-site request.
import { outcome, readBody, sendJson } from './http-util.mjs';

export const ADMIN_HEADER = 'x-care-admin';

/**
 * @param {{ reset: () => void; faults: import('./faults.mjs').FaultInjector; log: import('./request-log.mjs').RequestLog }} ctx
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
    default:
      return sendJson(res, 404, outcome('not-found', 'Unknown admin endpoint'));
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
