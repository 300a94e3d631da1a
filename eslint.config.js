import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3', 'd3-*'];

/**
 * The umbrella `d3` is not a dependency: each file imports the d3 module it uses (d3-scale, d3-shape,
 * …), so package.json says what the app ships. Every no-restricted-imports below repeats this path,
 * because a later block's options replace an earlier one's.
 */
const NO_UMBRELLA_D3 = {
  name: 'd3',
  message:
    'Import the d3 module you use (d3-scale, d3-shape, d3-format, …); the umbrella d3 is not a dependency.',
};

/** A folder of src/ imported by path or through its index (`../store` as well as `../store/x`). */
const layers = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

/** The browser's globals: the engine, store and viz take what they need (clock, storage) as arguments. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'performance',
  'requestAnimationFrame',
  'cancelAnimationFrame',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-bench',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
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
    // Everywhere (tests, benchmarks, build scripts); the blocks for src/ below repeat it.
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_UMBRELLA_D3] }] },
  },
  {
    // The engine is pure maths: no UI libraries, no DOM, no clock, no global randomness, no words.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_UMBRELLA_D3],
          patterns: [
            { group: UI_LIBRARIES, message: 'src/engine is pure TypeScript maths.' },
            {
              group: layers('store', 'viz', 'components', 'i18n'),
              message: 'src/engine imports nothing outside src/engine (it emits codes, not sentences).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded Rng instead.' },
        { object: 'Date', property: 'now', message: 'The engine never reads the clock.' },
      ],
    },
  },
  {
    // The store holds plain data and actions: no React, no d3, no DOM; the clock and storage are passed in.
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_UMBRELLA_D3],
          patterns: [
            {
              group: UI_LIBRARIES.filter((name) => !name.startsWith('zustand')),
              message: 'The store holds plain data; no React, d3 or DOM.',
            },
            { group: layers('viz', 'components'), message: 'The store never imports viz or components.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // Pure layout and scales from d3 modules: no React, no store, no DOM.
    files: ['src/viz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_UMBRELLA_D3],
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'd3-selection',
                'd3-transition',
              ],
              message: 'src/viz is pure layout and scales (d3 modules that compute, never the DOM).',
            },
            {
              group: layers('components', 'store'),
              message: 'src/viz may import only the engine and the catalog.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // Components render: they reach the engine through the store and viz, and compute no layout with d3 themselves.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_UMBRELLA_D3],
          patterns: [
            {
              group: ['d3-scale', 'd3-shape', 'd3-format', 'd3-scale-chromatic', 'd3-color'],
              message: 'Scales, shapes and formats live in src/viz.',
            },
          ],
        },
      ],
    },
  },
);
