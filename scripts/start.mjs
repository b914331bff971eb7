// npm start: the in-memory FHIR R4 server (seeded with the sample team) and the demo EHR portal,
// on one port. PORT sets it (default 8080). The demo's script is bundled with esbuild on start.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { startFhirServer } from './fhir-server/server.mjs';

export async function bundleDemo() {
  await build({
    entryPoints: ['app', 'inbox'].filter((name) => existsSync(`demo/${name}.ts`)).map((name) => `demo/${name}.ts`),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'demo/build',
    sourcemap: true,
    logLevel: 'warning',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
}

export async function startDemo({ port = Number(process.env.PORT ?? 8080), host = process.env.HOST ?? '127.0.0.1' } = {}) {
  await bundleDemo();
  return startFhirServer({ port, host, admin: true, staticRoot: 'demo' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startDemo();
  console.log(`care-team-elements demo: ${server.url}/  (FHIR R4 base: ${server.baseUrl})`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
