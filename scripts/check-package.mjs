// npm test's package step (also `node scripts/check-package.mjs`): builds, packs the package as npm
// would publish it, and checks the tarball with publint (package.json fields, exports, files) and
// arethetypeswrong in its esm-only profile (every export's types resolve for ESM and bundlers; the
// package is ESM-only, so CommonJS resolutions are not checked). Also that the tarball carries the
// LICENSE, the guides in docs/, and no declaration maps (they would point at sources it does not ship).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib/run.mjs';

const dir = mkdtempSync(join(tmpdir(), 'care-pack-'));
try {
  await run('node', ['scripts/build.mjs']);
  const files = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }))[0].files.map(
    (file) => file.path,
  );
  const tarball = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz')),
  );
  const problems = [];
  if (!files.includes('LICENSE')) problems.push('the tarball has no LICENSE');
  // The guides the README links to travel with the package (docs/, from npm run docs).
  for (const guide of readdirSync('docs').filter((name) => name.endsWith('.md'))) {
    if (!files.includes(`docs/${guide}`)) problems.push(`the tarball has no docs/${guide}`);
  }
  const declarationMaps = files.filter((path) => path.endsWith('.d.ts.map'));
  if (declarationMaps.length) problems.push(`${declarationMaps.length} declaration maps point at sources the package does not ship`);
  await run('npx', ['publint', '--strict', tarball]);
  await run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
  if (problems.length) {
    for (const problem of problems) console.error(`check-package: ${problem}`);
    process.exit(1);
  }
  console.log(`check-package: ${files.length} files; publint and attw (esm-only) clean`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
