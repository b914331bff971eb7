// npm test's package step (also `node scripts/check-package.mjs`): builds, packs the package as npm
// would publish it, and checks the tarball with publint (package.json fields, exports, files) and
// arethetypeswrong in its esm-only profile (every export's types resolve for ESM and bundlers; the
// package is ESM-only, so CommonJS resolutions are not checked). Also that the tarball carries the
// LICENSE, the guides in docs/, and no declaration maps (they would point at sources it does not ship).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib/run.mjs';

/** The oldest lit our caret range accepts: a host on it must not get a second copy. */
const HOST_LIT = JSON.parse(readFileSync('package.json', 'utf8')).dependencies.lit.replace(/^\^/, '');
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
  problems.push(...copiesOfLitInAHost(tarball, join(dir, 'host')));
  await run('npx', ['publint', '--strict', tarball]);
  await run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
  if (problems.length) {
    for (const problem of problems) console.error(`check-package: ${problem}`);
    process.exit(1);
  }
  console.log(
    `check-package: ${files.length} files; publint and attw (esm-only) clean; a host on lit ${HOST_LIT} installs one copy of each Lit package`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A host app that already uses another patch of lit, installing the tarball: the caret ranges let
 * npm keep one copy of each Lit package (two copies would mean two registries of elements' base
 * classes and twice the bytes). The host's lit is the oldest patch our range allows.
 */
function copiesOfLitInAHost(tarball, host) {
  mkdirSync(host, { recursive: true });
  const manifest = { name: 'host', private: true, dependencies: { lit: HOST_LIT, 'care-team-elements': `file:${tarball}` } };
  writeFileSync(join(host, 'package.json'), JSON.stringify(manifest));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: host, stdio: 'inherit' });
  const problems = [];
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    const copies = packageCopies(join(host, 'node_modules'), name);
    if (copies.length !== 1)
      problems.push(`a host on lit ${HOST_LIT} ends up with ${copies.length} copies of ${name}: ${copies.join(', ')}`);
  }
  return problems;
}

/** Versions of a package installed anywhere under node_modules (nested copies included). */
function packageCopies(nodeModules, name) {
  const found = [];
  const own = join(nodeModules, name, 'package.json');
  if (existsSync(own)) found.push(JSON.parse(readFileSync(own, 'utf8')).version);
  for (const entry of existsSync(nodeModules) ? readdirSync(nodeModules) : []) {
    const scoped = entry.startsWith('@') ? readdirSync(join(nodeModules, entry)).map((sub) => `${entry}/${sub}`) : [entry];
    for (const pkg of scoped) found.push(...packageCopies(join(nodeModules, pkg, 'node_modules'), name));
  }
  return found;
}
