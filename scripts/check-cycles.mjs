// npm test step: no import cycles among the modules of src/. Walks every relative `import` /
// `export ... from` of src/**/*.ts, type-only ones included (a type-only circle still ties two
// modules into one unit nobody can read or move alone), dynamic `import()` left out (a lazy chunk
// may import back what loads it). Prints each cycle and exits 1 when there is one.
// Usage: node scripts/check-cycles.mjs [folder=src]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// A statement that starts a line (so JSDoc examples, ` * import ...`, do not count), up to its
// module specifier: `import x from '…'`, `import type {…} from '…'`, `import '…'`, `export * from '…'`.
const STATIC_IMPORT = /^[ \t]*(?:import|export)\b(?:[^;'"`]*?\bfrom)?\s*['"]([^'"]+)['"]/gm;

function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const graph = new Map();
for (const file of sourceFiles(root)) {
  const text = readFileSync(file, 'utf8');
  const targets = new Set();
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const target = resolveSpecifier(file, match[1]);
    if (target) targets.add(target);
  }
  graph.set(file, [...targets].sort());
}

// Tarjan's strongly connected components: every component of more than one module (or a module
// importing itself) holds at least one cycle.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
let counter = 0;
function connect(node) {
  index.set(node, counter);
  low.set(node, counter);
  counter += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!index.has(next)) {
      connect(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(node, Math.min(low.get(node), index.get(next)));
    }
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
  }
}
for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);

/** One concrete cycle through `start` inside its component (breadth-first, so the shortest). */
function cycleThrough(start, members) {
  const inside = new Set(members);
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [node];
        while (previous.get(path[0]) !== undefined) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (inside.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

const name = (file) => relative(process.cwd(), file);
if (components.length === 0) {
  console.log(`check-cycles: no import cycles among ${graph.size} modules of ${name(root)}/`);
  process.exit(0);
}
for (const component of components) {
  const members = component.sort();
  console.error(`check-cycles: ${members.length} module(s) import each other: ${members.map(name).join(', ')}`);
  console.error(`  cycle: ${cycleThrough(members[0], members).map(name).join(' -> ')}`);
}
console.error(`check-cycles: ${components.length} import cycle(s) in ${name(root)}/`);
process.exit(1);
