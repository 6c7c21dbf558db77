import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-test*/', 'e2e/fixtures/react-app/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      // Page text must never be parsed as HTML: build nodes with DOM APIs.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes with DOM APIs; never parse text as HTML.' },
        { property: 'outerHTML', message: 'Build nodes with DOM APIs; never parse text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes with DOM APIs; never parse text as HTML.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The core is pure: no browser APIs, no DOM, nothing from the other layers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', '../content/*', '../background/*', '../options/*', '../platform/*', '../messages'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../background/*', '../options/*'] }] },
  },
);
