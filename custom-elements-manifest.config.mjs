// The manifest documents the elements (tags, attributes, properties, events, slots, parts, CSS
// properties) for Storybook, IDEs and frameworks; the data helpers are documented in their .d.ts.
export default {
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
