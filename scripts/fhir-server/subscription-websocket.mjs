// The Subscriptions Backport websocket endpoint, on the same HTTP server: `ws://host:port/ws`.
// Messages from the client are text frames `bind-with-token <token>` (the backport IG's channels.md);
// the server answers with notification Bundles (JSON text frames, see notification-bundle.mjs). A
// message it cannot accept (unknown, used or expired token, anything else) gets an
// OperationOutcome text frame and the socket stays open, so bindings already made on it go on.
// When subscriptions are disabled the upgrade is refused with HTTP 404. Upgrades show in the request
// log as `GET /ws` (status 101, 404 or 503; 0 when dropped), and fault rules whose pathIncludes
// matches `/ws` apply to them: '503' answers 503, 'drop' and 'lost-response' destroy the connection,
// 'slow' waits first (catch-all rules without pathIncludes do not touch websockets).
import { WebSocketServer } from 'ws';
import { outcome } from './http-util.mjs';

export const WEBSOCKET_PATH = '/ws';

/** @param {import('node:stream').Duplex} socket @param {string} status e.g. '404 Not Found' */
function refuse(socket, status) {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * @param {import('node:http').Server} server
 * @param {import('./subscription-hub.mjs').SubscriptionHub} hub
 * @param {{ log: import('./request-log.mjs').RequestLog; faults: import('./faults.mjs').FaultInjector }} tools
 */
export function attachSubscriptionWebsocket(server, hub, { log, faults }) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  /** @type {(req: import('node:http').IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => Promise<void>} */
  const upgrade = async (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const entry = log.start('GET', path);
    const fault = faults.take({ method: 'GET', path, pathOnly: true });
    if (fault) entry.fault = fault.fault;
    if (fault?.fault === 'drop' || fault?.fault === 'lost-response') return void socket.destroy();
    if (fault?.fault === '503') {
      entry.status = 503;
      return refuse(socket, '503 Service Unavailable');
    }
    if (fault?.fault === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (path !== WEBSOCKET_PATH || !hub.enabled) {
      entry.status = 404;
      return refuse(socket, '404 Not Found');
    }
    entry.status = 101;
    wss.handleUpgrade(req, socket, head, (ws) => {
      hub.addSocket(ws);
      ws.on('close', () => hub.removeSocket(ws));
      ws.on('error', () => hub.removeSocket(ws));
      ws.on('message', (data, isBinary) => {
        const text = isBinary ? '' : data.toString().trim();
        const match = /^bind-with-token\s+(\S+)$/.exec(text);
        const problem = match
          ? hub.bind(ws, match[1] ?? '')
          : { code: 'invalid', text: 'Expected a text message "bind-with-token <token>"' };
        if (problem && ws.readyState === 1) ws.send(JSON.stringify(outcome(problem.code, problem.text)));
      });
    });
  };
  server.on('upgrade', (req, socket, head) => {
    upgrade(req, socket, head).catch(() => socket.destroy());
  });
  return {
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
