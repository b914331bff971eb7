// ESLint (flat config), run by `npm run lint` and as a step of `npm test` with --max-warnings 0.
// Type-aware typescript-eslint rules need TypeScript's JS API: that is why the project's `typescript`
// is 6.0.3 (the last JS release, TS 7's semantics) rather than the native 7.x (see package.json history).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// The house rules (CONVENTIONS.md "Shape of the code"): files under ~300 lines, functions under ~50,
// counting code only.
const houseLimits = {
  'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
  'max-lines-per-function': ['warn', { max: 50, skipBlankLines: true, skipComments: true, IIFEs: true }],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'demo/build/**',
      'storybook-static/**',
      'test-results/**',
      'coverage/**',
      'custom-elements.json',
      'node_modules/**',
      // Type tests: consumer files compiled by tsc against the built package (test/types/tsconfig.json,
      // npm test's package step); ESLint runs before the build, when dist/ may not exist.
      'test/types/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      ...houseLimits,
      // Unused names are already errors in tsc (noUnusedLocals / noUnusedParameters); keep the `_`
      // escape hatch the code uses for deliberately ignored parameters.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff types every chai `equal` (Chai.Equal) as returning a Promise, for
          // its async `.dom.to.equal`; a plain `expect(x).to.equal(y)` is synchronous. The suite does not
          // use `.dom`; every other floating promise (e.g. `to.be.accessible()`) is still reported.
          allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }],
        },
      ],
    },
  },
  // Elements, templates and the pages that host them: Lit, custom-element and template a11y rules.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'], ...wc.configs['flat/recommended'] },
  { files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'], ...litA11y.configs.recommended },
  // `autofocus` inside a modal <dialog> is how the platform picks the control focused when it opens
  // (HTML's dialog focusing steps); these views render only inside dialogs.
  {
    files: ['src/components/care-referral-button/duplicate-guard.ts', 'src/components/care-referral-button/status-view.ts'],
    rules: { 'lit-a11y/no-autofocus': 'off' },
  },
  // Node scripts (.mjs) are plain JavaScript outside the TypeScript project: there are no types for the
  // type-aware rules to read, so only the syntactic rules run there (typescript-eslint's documented way).
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // The Subscriptions Backport tests read FHIR JSON off the wire (Bundles, Parameters, notification
  // bundles) field by field as `any`, and chai checks every shape at run time; typing each would
  // restate the Backport IG in the tests. Scoped to these files only.
  {
    files: ['test/helpers/subscriptions.ts', 'test/integration/fhir-subscriptions*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Tests: a describe() block wraps a whole file by nature, so functions may be as long as a file may be.
  // Test doubles of async interfaces (a DataSource's read, a fetch) are `async` without awaiting on
  // purpose: a throw in them must reach the code under test as a rejection, as from the real thing.
  {
    files: ['test/**/*.ts', 'test/**/*.mjs', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: {
      'max-lines-per-function': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
);
