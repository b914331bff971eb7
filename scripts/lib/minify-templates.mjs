// Whitespace in the elements' html`` and css`` templates, squeezed for the CDN builds. Terser
// keeps template literals as written, so every indent and CSS comment ships otherwise.
//
// Deliberately conservative, so it cannot change what a template means:
//  - html: a run of whitespace that holds a line break becomes one space (the same rendering for
//    normal white-space; no template here puts static text in a pre or pre-line box).
//  - css: comments go; whitespace runs become one space, and go entirely next to { } ; , and after
//    a colon. Quoted strings are kept as written; + - * / > ~ keep their spaces (calc needs them),
//    and so does a space before a colon (`a :hover` is not `a:hover`).
//  - A quasi with a backslash is left alone (its raw text holds escapes we would rather not parse).
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg', 'css']);

/** One quasi's raw text, squeezed for the template kind ('html' or 'css'). */
export function minifyTemplateText(kind, raw) {
  if (raw.includes('\\')) return raw;
  return kind === 'css' ? minifyCss(raw) : raw.replace(/\s*\n\s*/g, ' ');
}

function minifyCss(raw) {
  // Quoted strings are split out (odd indexes) and kept as written.
  return raw
    .split(/("[^"\n]*"|'[^'\n]*')/)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(/\/\*[\s\S]*?\*\//g, ' ')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** A Rollup plugin that squeezes the html/svg/css tagged templates of our own modules (after esbuild). */
export function minifyTemplates({ include = /\/src\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || id.includes('node_modules') || !/\b(html|svg|css)`/.test(code)) return null;
      const magic = new MagicString(code);
      let changed = false;
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        if (!TAGS.has(node.tag.name)) return;
        const kind = node.tag.name === 'css' ? 'css' : 'html';
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const squeezed = minifyTemplateText(kind, raw);
          if (squeezed !== raw && quasi.end > quasi.start) {
            magic.overwrite(quasi.start, quasi.end, squeezed);
            changed = true;
          }
        }
      });
      return changed ? { code: magic.toString(), map: magic.generateMap({ hires: true }) } : null;
    },
  };
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}
