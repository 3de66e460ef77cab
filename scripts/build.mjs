// Bundles with esbuild: the CLI, the bench, the extension (vscode external), its engine worker, its PDF/Word reader, the goals table's and the charts' webview pages and the in-host tests;
// and the browser build (VS Code for the Web): dist/web/extension.js, dist/web/engineWorker.js, dist/web/pdfReader.js and, for tests, out/test/web/tests.js.
//   node scripts/build.mjs [--production]
// CHITIEU_TESTS (define): false in --production, so the extension's test hook is dead code and left out.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };
const hostTests = readdirSync('test/host').filter((f) => f.endsWith('.test.ts')).map((f) => `test/host/${f}`);
// The browser build: a web worker, no Node (eslint.config.mjs keeps Node built-ins out of what it imports).
const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };
// The in-host tests in the browser: mocha's browser build first, then every test/host and test/web test; `assert` is a shim.
const webTests = [...hostTests, ...readdirSync('test/web').filter((f) => f.endsWith('.test.ts')).map((f) => `test/web/${f}`)];
const webTestEntry = ["import './test/web/setup';", ...webTests.map((f) => `import './${f.replace(/\.ts$/, '')}';`), "export { run } from './test/web/run';"].join('\n');
const benchTests = readdirSync('test/bench').filter((f) => f.endsWith('.test.ts')).map((f) => `test/bench/${f}`);
await Promise.all([
  build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], define: { CHITIEU_TESTS: production ? 'false' : 'true' } }),
  build({ ...common, entryPoints: ['src/extension/model/engineWorker.ts'], outfile: 'dist/engineWorker.js' }),
  // PDF and Word reading (pdf.js is large): loaded by the extension the first time it reads such a file.
  build({ ...common, entryPoints: ['src/extension/model/sourceReader.ts'], outfile: 'dist/sourceReader.js' }),
  build({ ...web, entryPoints: ['src/extension/extension.web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], define: { CHITIEU_TESTS: production ? 'false' : 'true' } }),
  build({ ...web, format: 'iife', entryPoints: ['src/extension/model/engineWebWorker.ts'], outfile: 'dist/web/engineWorker.js' }),
  // The browser's PDF reader (pdf.js is large): loaded and evaluated by the web extension the first time it reads a PDF (platform/webBundle.ts).
  build({ ...web, entryPoints: ['src/extension/model/webPdfReader.ts'], outfile: 'dist/web/pdfReader.js' }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external: ['tsx'], banner: { js: '#!/usr/bin/env node' } }),
  // The CLI's worker threads: a bundle of their own, so they load only the engine (src/cli/extract/workerScript.ts).
  build({ ...common, entryPoints: ['src/cli/extract/worker.ts'], outfile: 'dist/cliWorker.js' }),
  // The PDF and Word readers (pdf.js is large): loaded by the CLI and its workers only when such a file comes (src/cli/readSourceFile.ts).
  build({ ...common, entryPoints: ['src/cli/readBinarySource.ts'], outfile: 'dist/cliSources.js' }),
  // The goals table's page (runs in a webview, a browser): dist/goalsTable.js and dist/goalsTable.css.
  build({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/webview/goalsTable/main.ts'], outfile: 'dist/goalsTable.js' }),
  // The charts' page (Observable Plot draws SVG): dist/charts.js and dist/charts.css.
  build({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/webview/charts/main.ts'], outfile: 'dist/charts.js' }),
  // The agreement report's page (Compare annotations…): dist/agreement.js and dist/agreement.css.
  build({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/webview/agreement/main.ts'], outfile: 'dist/agreement.js' }),
  ...(production ? [] : [
    build({ ...common, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js' }),
    build({ ...common, entryPoints: ['scripts/bench-annotations.ts'], outfile: 'dist/bench-annotations.js' }),
    build({ ...common, entryPoints: ['scripts/bench-cli.ts'], outfile: 'dist/bench-cli.js' }),
    build({ ...common, entryPoints: ['scripts/bench-sources.ts'], outfile: 'dist/bench-sources.js' }),
    build({ ...common, entryPoints: hostTests, outdir: 'out/test/host', external: ['vscode', 'mocha'] }),
    build({ ...common, entryPoints: ['test/host-untrusted/restricted.test.ts'], outdir: 'out/test/host-untrusted', external: ['vscode', 'mocha'] }),
    build({ ...common, entryPoints: benchTests, outdir: 'out/test/bench', external: ['vscode', 'mocha'] }),
    build({ ...web, stdin: { contents: webTestEntry, resolveDir: '.', sourcefile: 'web-tests.ts', loader: 'ts' }, outfile: 'out/test/web/tests.js', external: ['vscode'], alias: { assert: './test/web/assert.ts' } }),
    build({ ...common, entryPoints: ['test/electron/index.ts'], outfile: 'out/test/electron/index.js', external: ['vscode', 'mocha'] }),
  ]),
]);
