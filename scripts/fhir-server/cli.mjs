#!/usr/bin/env node
// Starts the in-memory FHIR server for manual use:
//   PORT=8080 node scripts/fhir-server/cli.mjs            (admin endpoints on, seeded)
// Environment: PORT (default 8080), HOST (default 127.0.0.1), ADMIN=0 to disable /__admin,
// SEED=0 to start empty (or a path to another Bundle), STATIC_ROOT to serve files, QUIET=1,
// SUBSCRIPTIONS=0 to start without the Subscriptions Backport (websocket at ws://HOST:PORT/ws).
import { startFhirServer } from './server.mjs';

const env = process.env;
const seed = env.SEED === '0' ? false : env.SEED && env.SEED !== '1' ? env.SEED : true;
const started = performance.now();
const server = await startFhirServer({
  port: Number(env.PORT ?? 8080),
  host: env.HOST ?? '127.0.0.1',
  admin: env.ADMIN !== '0',
  seed,
  staticRoot: env.STATIC_ROOT || undefined,
  // Not quiet by default: one line per request (method, path, status; never bodies).
  quiet: env.QUIET === '1',
  subscriptions: env.SUBSCRIPTIONS !== '0',
});
process.stdout.write(`FHIR R4 base ${server.baseUrl} ready in ${Math.round(performance.now() - started)} ms\n`);
if (env.SUBSCRIPTIONS !== '0') process.stdout.write(`Subscriptions (R4 backport, websocket) ${server.url.replace(/^http/, 'ws')}/ws\n`);
if (env.ADMIN !== '0') process.stdout.write(`Admin ${server.adminUrl}/reset | /faults | /requests | /drop-sockets | /subscriptions\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0));
  });
}
