// React ships CommonJS, which the test server does not serve as modules. For the React wrapper
// tests (test/unit/frameworks/), this dev-server plugin bundles react and react-dom/client once with
// esbuild (one copy of React for both, as an app's bundler would) and serves `react` and
// `react-dom/client` as ES modules re-exporting it.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react/';
const MODULES = { react: ['react.js', 'React'], 'react-dom/client': ['react-dom-client.js', 'ReactDOMClient'] };
let bundled;

function bundle() {
  bundled ??= build({
    stdin: { contents: "export * as React from 'react'; export * as ReactDOMClient from 'react-dom/client';", resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** The CommonJS module's export names, read in a child process (React patches the console it loads with). */
function exportNames(name) {
  const keys = execFileSync(process.execPath, ['-p', `Object.keys(require(${JSON.stringify(name)})).join(' ')`], { encoding: 'utf8' });
  return keys.split(/\s+/).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
}

/** `export const { createElement, … } = React`: the CommonJS module's names as named exports. */
function reexport(name, key) {
  const names = exportNames(name);
  return `import { ${key} as m } from '${PREFIX}bundle.js';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

export function reactAsModules() {
  return {
    name: 'care-react-as-modules',
    resolveImport({ source }) {
      return MODULES[source] ? `${PREFIX}${MODULES[source][0]}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === `${PREFIX}bundle.js`) return { body: await bundle(), type: 'js' };
      const entry = Object.entries(MODULES).find(([, [file]]) => context.path === `${PREFIX}${file}`);
      return entry ? { body: reexport(entry[0], entry[1][1]), type: 'js' } : undefined;
    },
  };
}
