// npm run docs: the guides that Storybook shows (stories/docs/*.mdx) as Markdown in docs/, so they
// travel with the npm package and read on GitHub. The prose is the MDX's own Markdown, unchanged;
// each table or example the MDX renders from the code (the manifest, the FHIR builders, the theme
// presets) is rendered here with React on the server into an HTML block, which Markdown allows.
// Storybook keeps rendering the MDX itself.
//
// `node scripts/build-docs.mjs --check` fails when docs/ is not what the sources give (npm test runs
// it after `cem analyze`), so the shipped guides cannot drift from the code.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { splitMdx, toMarkdown, guideFileName } from './lib/mdx-to-markdown.mjs';

const SOURCE = 'stories/docs';
const OUT = 'docs';
const check = process.argv.includes('--check');

if (!existsSync('custom-elements.json')) {
  console.error('docs: custom-elements.json is missing; run npx cem analyze (or npm run build) first.');
  process.exit(1);
}

const guides = readdirSync(SOURCE)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => ({ name, ...splitMdx(readFileSync(join(SOURCE, name), 'utf8')) }));
const rendered = await renderBlocks(guides);
const titles = new Map(guides.map((guide) => [guide.title, guideFileName(guide.title)]));

const stale = [];
for (const [index, guide] of guides.entries()) {
  const file = join(OUT, guideFileName(guide.title));
  const markdown = toMarkdown(guide, rendered[index], titles, guide.name);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== markdown) stale.push(file);
  } else {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(file, markdown);
  }
}
if (check && stale.length > 0) {
  console.error(
    `docs: ${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} not what stories/docs/*.mdx and the code give; run npm run docs and commit.`,
  );
  process.exit(1);
}
console.log(check ? `docs: ${guides.length} guides in ${OUT}/ are current` : `docs: wrote ${guides.length} guides to ${OUT}/`);

/** Renders each guide's JSX blocks to static HTML: the guide's imports and blocks, bundled by esbuild and run here. */
async function renderBlocks(allGuides) {
  const { renderToStaticMarkup } = await import('react-dom/server');
  // Inside the project, so the bundles' external imports (react) resolve from node_modules.
  const dir = join('node_modules', '.cache', `care-docs-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const rendered = [];
    for (const [index, guide] of allGuides.entries()) {
      const blocks = guide.blocks.map((jsx) => `() => (<>${jsx}</>)`).join(',\n');
      const outfile = join(dir, `guide-${index}.mjs`);
      await build({
        stdin: {
          contents: `${guide.imports.join('\n')}\nexport const blocks = [${blocks}];`,
          loader: 'tsx',
          resolveDir: resolve(SOURCE),
          sourcefile: guide.name.replace(/\.mdx$/, '.blocks.tsx'),
        },
        bundle: true,
        format: 'esm',
        platform: 'node',
        jsx: 'automatic',
        outfile,
        external: ['react', 'react-dom'],
        plugins: [storybookBlocksForMarkdown()],
        logLevel: 'warning',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      const module = await import(pathToFileURL(outfile).href);
      rendered.push(module.blocks.map((Block) => renderToStaticMarkup(Block())));
    }
    return rendered;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Storybook's doc blocks need a browser; the one the guides' tables use, <Source>, becomes a plain
 * <pre data-language> that toMarkdown turns into a fenced code block.
 */
function storybookBlocksForMarkdown() {
  return {
    name: 'storybook-blocks-for-markdown',
    setup(esbuildApi) {
      esbuildApi.onResolve({ filter: /^@storybook\/addon-docs\/blocks$/ }, () => ({ path: 'blocks', namespace: 'markdown-blocks' }));
      esbuildApi.onLoad({ filter: /.*/, namespace: 'markdown-blocks' }, () => ({
        loader: 'tsx',
        contents: `export const Source = ({ code, language }: { code?: string; language?: string }) => (
        <pre data-language={language ?? ''}><code>{code ?? ''}</code></pre>
      );`,
      }));
    },
  };
}
