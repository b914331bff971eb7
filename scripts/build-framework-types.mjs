// The framework entries, written from custom-elements.json (scripts/lib/framework-types.mjs):
//   src/frameworks/react.ts      care-team-elements/react      @lit/react wrappers, typed event props
//   src/frameworks/react-jsx.ts  care-team-elements/react-jsx  React 19 JSX.IntrinsicElements (types)
//   src/frameworks/vue.ts        care-team-elements/vue        Vue GlobalComponents (types)
// `node scripts/build-framework-types.mjs --check` fails when they are not what the manifest gives
// (npm test runs it after `cem analyze`). Run `npx cem analyze` first when the elements changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { elementsFromManifest, renderReact, renderReactJsx, renderVue } from './lib/framework-types.mjs';
import { run } from './lib/run.mjs';

const OUT = 'src/frameworks';
const check = process.argv.includes('--check');
if (!existsSync('custom-elements.json')) await run('npx', ['cem', 'analyze']);
const elements = elementsFromManifest(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const files = { 'react.ts': renderReact(elements), 'react-jsx.ts': renderReactJsx(elements), 'vue.ts': renderVue(elements) };

const stale = [];
mkdirSync(OUT, { recursive: true });
for (const [name, source] of Object.entries(files)) {
  const path = `${OUT}/${name}`;
  const text = await format(source, { ...(await resolveConfig(path)), filepath: path });
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (check) {
    if (current !== text) stale.push(path);
  } else if (current !== text) writeFileSync(path, text);
}
if (check && stale.length > 0) {
  console.log(
    `framework-types failed: ${stale.join(', ')} not what custom-elements.json gives; run node scripts/build-framework-types.mjs`,
  );
  process.exit(1);
}
console.log(`framework types: ${elements.length} elements in ${OUT}/ ${check ? 'are current' : 'written'}`);
