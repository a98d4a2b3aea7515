import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// STYLE.md §1: each layer may import only the layers below it.
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: 'STYLE.md §1: this layer may not import that one.',
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Issue #7: user text stays text. No HTML is ever built from a string.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Plan text is rendered as text: no dangerouslySetInnerHTML.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Plan text is rendered as text: no innerHTML or outerHTML.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment|parseFromString)$/]',
          message: 'Plan text is rendered as text: no HTML parsing.',
        },
      ],
    },
  },
  layer(
    ['src/domain/**'],
    [
      'react',
      'react-dom',
      'zustand',
      'zustand/*',
      'immer',
      'idb',
      '@dnd-kit/*',
      '**/store/*',
      '**/board/*',
      '**/panels/*',
      '**/io/*',
      '**/app/*',
    ],
  ),
  layer(['src/store/**'], ['**/board/*', '**/panels/*', '**/io/*', '**/app/*', '@dnd-kit/*']),
  layer(
    ['src/io/**'],
    ['react', 'react-dom', '**/store/*', '**/board/*', '**/panels/*', '**/app/*'],
  ),
  layer(['src/board/**', 'src/panels/**'], ['**/io/*', '**/app/*']),
);
