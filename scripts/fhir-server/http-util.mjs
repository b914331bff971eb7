// Small HTTP helpers shared by the FHIR, admin and static handlers.

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** CORS for browser tests and demos served from another port. Sent on every response. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Authorization, If-Match, If-None-Exist, Prefer, X-Care-Admin',
  'Access-Control-Expose-Headers': 'ETag, Location, Last-Modified, Content-Location',
  'Access-Control-Max-Age': '600',
};

/**
 * An OperationOutcome with one issue, text in both `details.text` and `diagnostics`.
 * @param {string} code FHIR issue-type code
 * @param {string} text
 */
export function outcome(code, text) {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, details: { text }, diagnostics: text }],
  };
}

/**
 * Reads the request body as text, refusing bodies larger than 5 MB.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string>}
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Writes a response. `Connection: close` keeps every request on its own socket: Chromium silently
 * re-sends a request whose *reused* keep-alive socket dies, which would hide injected faults.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} [body]
 */
export function send(res, status, headers, body) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...CORS_HEADERS, Connection: 'close', ...headers });
  res.end(body);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} json
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, json, headers = {}) {
  send(res, status, { 'Content-Type': FHIR_JSON, ...headers }, JSON.stringify(json));
}
