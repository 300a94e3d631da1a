import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const pure = (message) => ({
  group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3', 'd3-*'],
  message,
});

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine is pure maths: no UI libraries, no DOM, no clock, no global randomness.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pure('src/engine is pure TypeScript maths'),
            {
              group: ['**/store/**', '**/viz/**', '**/components/**'],
              message: 'src/engine imports nothing outside src/engine',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'performance', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded Rng instead.' },
        { object: 'Date', property: 'now', message: 'The engine never reads the clock.' },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['d3', 'd3-*', 'react-dom', 'react-dom/*'],
              message: 'The store holds plain data; no d3 or DOM.',
            },
            {
              group: ['**/components/**', '**/viz/**'],
              message: 'The store never imports viz or components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/viz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'src/viz is pure layout and scales.',
            },
            { group: ['**/components/**', '**/store/**'], message: 'src/viz may import only the engine.' },
          ],
        },
      ],
    },
  },
);
