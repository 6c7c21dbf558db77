import tseslint from 'typescript-eslint';
import layers from './build/lint-layers.js';

const NO_HTML = 'Build nodes with DOM APIs; never parse text as HTML.';
// Page text must never be parsed as HTML: build nodes with DOM APIs.
const HTML_STRING_PROPERTIES = [
  { property: 'innerHTML', message: NO_HTML },
  { property: 'outerHTML', message: NO_HTML },
  { property: 'insertAdjacentHTML', message: NO_HTML },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-test*/', 'dist-pseudo/', 'e2e/fixtures/react-app/', 'e2e/fixtures/apps/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...HTML_STRING_PROPERTIES],
      // No code from strings: eval, new Function / Function(), setTimeout/setInterval with a string.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The shipped code (the e2e suite may parse a fixture page it fetched; unit tests feed it hostile strings):
    // the rest of the ways to turn a string into markup or code, and no code from anywhere but the package
    // (README, "Permissions and privacy").
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    // Known to no-implied-eval as globals, so `setTimeout('code')` and `window.setInterval('code')` are caught.
    languageOptions: { globals: { setTimeout: 'readonly', setInterval: 'readonly', window: 'readonly', self: 'readonly', globalThis: 'readonly' } },
    rules: {
      'no-restricted-properties': [
        'error',
        ...HTML_STRING_PROPERTIES,
        { object: 'document', property: 'write', message: NO_HTML },
        { object: 'document', property: 'writeln', message: NO_HTML },
        { property: 'createContextualFragment', message: NO_HTML },
        { property: 'parseFromString', message: NO_HTML },
        { property: 'setHTMLUnsafe', message: NO_HTML },
        { property: 'parseHTMLUnsafe', message: NO_HTML },
        { property: 'srcdoc', message: NO_HTML },
      ],
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        // A relative import() of our own module is bundled into the same file; anything else would load code at
        // run time (content/boot.ts's one import of our packaged main module says why it is the exception).
        { selector: 'ImportExpression:not([source.value=/^\\.\\.?\\//])', message: 'No code loaded at run time: import statically (or a relative module of ours), so it is packaged.' },
        { selector: "CallExpression[callee.property.name='createElement'][arguments.0.value=/^(script|iframe|object|embed)$/i]", message: 'No script, frame or plug-in elements: the extension runs only its packaged code.' },
        { selector: "CallExpression[callee.name='importScripts']", message: 'No code loaded at run time.' },
        { selector: "CallExpression[callee.property.name='executeScript'], CallExpression[callee.property.name='registerContentScripts']", message: 'Content scripts come from the manifest only.' },
      ],
    },
  },
  {
    // Folder boundaries, at any depth (build/lint-layers.js; the layers: docs/architecture.md).
    files: ['src/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/layers': 'error' },
  },
  {
    // Type-aware rules on the product code: a promise nobody awaits loses its error.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // The core is pure: no browser APIs, no DOM (tsconfig.core.json has neither), nothing from the other layers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['webextension-polyfill'] }],
      'no-restricted-globals': [
        'error', 'document', 'window', 'chrome', 'browser', 'navigator', 'localStorage', 'location', 'self',
        'MutationObserver', 'getSelection', 'requestAnimationFrame', 'requestIdleCallback', 'customElements',
      ],
    },
  },
);
