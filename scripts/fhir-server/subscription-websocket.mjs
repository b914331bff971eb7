// The Subscriptions Backport websocket endpoint, on the same HTTP server: `ws://host:port/ws`.
// Messages from the client are text frames `bind-with-token <token>` (the backport IG's channels.md);
// the server answers with notification Bundles (JSON text frames, see notification-bundle.mjs). A
// message it cannot accept (unknown, used or expired token, anything else) gets an
// OperationOutcome text frame and the socket stays open, so bindings already made on it go on.
// When subscriptions are disabled the upgrade is refused with HTTP 404.
import { WebSocketServer } from 'ws';
import { outcome } from './http-util.mjs';

export const WEBSOCKET_PATH = '/ws';

/**
 * @param {import('node:http').Server} server
 * @param {import('./subscription-hub.mjs').SubscriptionHub} hub
 */
export function attachSubscriptionWebsocket(server, hub) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== WEBSOCKET_PATH || !hub.enabled) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      hub.addSocket(ws);
      ws.on('close', () => hub.removeSocket(ws));
      ws.on('error', () => hub.removeSocket(ws));
      ws.on('message', (data, isBinary) => {
        const text = isBinary ? '' : data.toString().trim();
        const match = /^bind-with-token\s+(\S+)$/.exec(text);
        const problem = match ? hub.bind(ws, match[1] ?? '') : { code: 'invalid', text: 'Expected a text message "bind-with-token <token>"' };
        if (problem && ws.readyState === 1) ws.send(JSON.stringify(outcome(problem.code, problem.text)));
      });
    });
  });
  return {
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
