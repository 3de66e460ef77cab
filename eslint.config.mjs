// Lint: typescript-eslint's recommended rules, plus the engine's own boundary: no `vscode` and no
// Node built-ins in src/engine, src/annotations, src/export, src/research, src/sources and src/format (they must
// also run in a browser worker).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The Node bundle's own files (package.json `main` and its workers): the only ones in src/extension that may use Node.
const NODE_ONLY = [
  'src/extension/extension.ts', 'src/extension/platform/nodeWorker.ts', 'src/extension/platform/nodeUserName.ts', 'src/extension/platform/nodeFileBytes.ts', 'src/extension/platform/nodeCacheFile.ts', 'src/extension/platform/nodeThreadPriority.ts', 'src/extension/platform/testHook.ts',
  'src/extension/model/engineWorker.ts', 'src/extension/model/sourceReader.ts',
];
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'util', 'url', 'stream', 'events', 'buffer', 'zlib', 'timers', 'timers/*', 'net', 'http', 'https', 'module', 'process', 'perf_hooks', 'readline'];
const NODE_GLOBALS = ['process', 'require', 'Buffer', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'];

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
  // The goals table's page runs in a webview (a browser): no VS Code API, no Node built-ins, no extension layer but views' plain helpers.
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode'], message: 'A webview page runs in a browser: no vscode import (talk to the extension with postMessage).' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'A webview page runs in a browser: no Node built-ins.' },
      ] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  // The extension's layers: imports point one way, commands → views → model → platform. Everything in
  // src/extension goes into the browser bundle (dist/web/extension.js, VS Code for the Web) too, but for
  // the Node bundle's own files (NODE_ONLY): no Node built-ins and no process, Buffer or require there.
  ...[
    ['platform', ['model', 'views', 'commands']],
    ['model', ['views', 'commands']],
    ['views', ['commands']],
    ['commands', []],
    ['', []],
  ].flatMap(([layer, above]) => {
    const files = layer ? [`src/extension/${layer}/**/*.ts`] : ['src/extension/*.ts'];
    const nodeFiles = NODE_ONLY.filter((f) => (layer ? f.startsWith(`src/extension/${layer}/`) : !f.slice('src/extension/'.length).includes('/')));
    const layerPatterns = above.map((a) => ({
      group: [`../${a}/*`, `**/extension/${a}/*`], message: `src/extension/${layer}/ must not import from ${a}/ (imports point commands → views → model → platform).`,
    }));
    return [
      { files, ignores: NODE_ONLY, rules: {
        'no-restricted-imports': ['error', { patterns: [...layerPatterns, { group: NODE_BUILTINS, message: 'This goes into the browser bundle (VS Code for the Web): no Node built-ins; use workspace.fs, vscode.Uri or a platform seam (platform/nodeWorker.ts, extension.ts).' }] }],
        'no-restricted-globals': ['error', ...NODE_GLOBALS.map((name) => ({ name, message: 'This goes into the browser bundle (VS Code for the Web), which has no Node globals.' }))],
      } },
      ...(layerPatterns.length && nodeFiles.length ? [{ files: nodeFiles, rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns }] } }] : []),
    ];
  }),
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
      performance: 'readonly', requestAnimationFrame: 'readonly', Event: 'readonly',
    } },
  },
);
