// Lint: typescript-eslint's recommended rules, plus the engine's own boundary: no `vscode` and no
// Node built-ins in src/engine, src/annotations, src/export, src/research, src/sources and src/format (they must
// also run in a browser worker).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'scripts/import-provinces.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/annotations/**/*.ts', 'src/export/**/*.ts', 'src/research/**/*.ts', 'src/sources/**/*.ts', 'src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode'], message: 'The engine must not depend on VS Code.' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The engine must run in a browser worker: no Node built-ins.' },
      ] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  // The extension's layers: imports point one way, commands → views → model → platform.
  ...[
    ['platform', ['model', 'views', 'commands']],
    ['model', ['views', 'commands']],
    ['views', ['commands']],
  ].map(([layer, above]) => ({
    files: [`src/extension/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: above.map((a) => ({
        group: [`../${a}/*`, `**/extension/${a}/*`], message: `src/extension/${layer}/ must not import from ${a}/ (imports point commands → views → model → platform).`,
      })) }],
    },
  })),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    // Node scripts; code inside Playwright's page.evaluate runs in the browser.
    languageOptions: { globals: {
      process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
      setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly', Buffer: 'readonly',
      document: 'readonly', window: 'readonly', NodeFilter: 'readonly', getComputedStyle: 'readonly',
    } },
  },
);
