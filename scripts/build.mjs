// npm run build: custom-elements.json, .d.ts files (tsc), then the two rollup builds.
import { rmSync } from 'node:fs';
import { run } from './lib/run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('npx', ['cem', 'analyze']);
// The React wrappers and the JSX and Vue types follow the manifest (src/frameworks/).
await run('node', ['scripts/build-framework-types.mjs']);
await run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
console.log(
  'build: dist/ (ESM + .d.ts), dist/cdn/care-team-elements.js, dist/cdn/elements/ (per-element modules, autoload.js), custom-elements.json',
);
