#!/usr/bin/env node
// Runs the extension's mocha tests INSIDE a real VS Code extension host (code-server 4.139.1 = VS Code
// 1.139.1, Node 24 remote extension host), with the web workbench open in Debian chromium (playwright-core).
//
//   node scripts/vscode/run-host-tests.mjs [--extension DIR] [--tests FILE|DIR] [--workspace DIR]
//        [--timeout SEC] [--screenshot PNG] [--settings JSON_FILE] [--grep RE] [--env K=V ...]
//        [--copy-extension] [--no-activator] [--untrusted] [--web] [--keep] [--verbose] [--scale 2]
//
// Defaults: --extension <repo root> (the chitieu extension, main ./dist/extension.js), --tests out/test/host
// (compiled *.test.js), --workspace test/fixtures/workspace (opened as a temp copy), artifacts in artifacts/.
// --untrusted: the workspace opens in Restricted Mode (workspace trust on, no trust dialog; see
// UNTRUSTED_SETTINGS in code-server.mjs); default screenshot artifacts/host-tests-untrusted.png.
// --web: the extension runs as a web extension (its `browser` entry, dist/web/extension.js) in the browser's
// extension host, a Web Worker in chromium: code-server gets a web variant of it (package.json without `main`,
// writeWebVariant in code-server.mjs). There is no environment there: the tests (default out/test/web/tests.js,
// mocha's browser build + test/host + test/web, built by scripts/build.mjs) and the result file are named in
// the user setting chitieuTests.web, which the extension's web test hook reads (src/extension/platform/webTestHook.ts);
// results are written through workspace.fs. Default screenshot artifacts/host-tests-web.png.
// Needs: bash scripts/vscode/install.sh, npm ci (playwright-core, mocha), and the build (dist/, out/test/host).
//
// Contract with the extension: when it activates with env CHITIEU_TEST_ENTRY set, it runs mocha (from
// CHITIEU_MOCHA_PATH) on that file/dir and writes {passed, failed, pending, failures[], tests[], log[], host{}}
// to CHITIEU_TEST_RESULT (tmp + rename). The env is set on code-server; the remote extension host inherits it.
// The extension host only starts when a workbench client connects, hence the browser. A helper extension
// activates the extension under test at startup (its own activationEvents may wait for a language or a view);
// --no-activator leaves activation to the extension's own events.
// Last line printed: "N passed, M failed". Exit: 0 all passed, 1 test failures, 2 harness error.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ROOT_DIR, ARTIFACTS_DIR, startCodeServer, launchBrowser, openWorkbench, waitForFile, saveLogs, whichVersions,
  checkExtensionBuilt, log,
} from './code-server.mjs';

const { values: o } = parseArgs({
  options: {
    extension: { type: 'string', default: ROOT_DIR },
    tests: { type: 'string' },
    workspace: { type: 'string', default: path.join(ROOT_DIR, 'test', 'fixtures', 'workspace') },
    timeout: { type: 'string', default: '180' },
    screenshot: { type: 'string' },
    settings: { type: 'string' },
    grep: { type: 'string' },
    env: { type: 'string', multiple: true, default: [] },
    'copy-extension': { type: 'boolean', default: false },
    'no-activator': { type: 'boolean', default: false },
    untrusted: { type: 'boolean', default: false },
    web: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1' },
  },
});

const T0 = Date.now();
const secs = () => ((Date.now() - T0) / 1000).toFixed(1);
const extension = path.resolve(o.extension);
const tests = path.resolve(o.tests ?? path.join(ROOT_DIR, 'out', 'test', o.web ? 'web/tests.js' : 'host'));
const screenshot = path.resolve(o.screenshot ?? path.join(ARTIFACTS_DIR, o.untrusted ? 'host-tests-untrusted.png' : o.web ? 'host-tests-web.png' : 'host-tests.png'));
const artifacts = path.dirname(screenshot);
const resultFile = path.join(artifacts, 'host-test-result.json');
const logsDir = path.join(artifacts, 'logs');
const mochaPath = path.join(ROOT_DIR, 'node_modules', 'mocha');

const extraEnv = Object.fromEntries(o.env.map((kv) => { const i = kv.indexOf('='); return [kv.slice(0, i), kv.slice(i + 1)]; }));
// --web: what the browser's extension host cannot take from the environment, a user setting says.
const webSettings = o.web ? { 'chitieuTests.web': { bundle: tests, result: resultFile, ...(o.grep ? { grep: o.grep } : {}) } } : {};
const hostEnv = {
  CHITIEU_TEST_ENTRY: tests,
  CHITIEU_TEST_RESULT: resultFile,
  CHITIEU_MOCHA_PATH: mochaPath,
  ...(o.grep ? { CHITIEU_TEST_GREP: o.grep } : {}),
  ...extraEnv,
};

let server = null;
let browser = null;
let page = null;
let exitCode = 2;
const consoleLines = [];

async function teardown() {
  if (browser) { await browser.close().catch(() => {}); browser = null; }
  if (server) {
    if (o.keep || exitCode !== 0) { saveLogs(server, logsDir); log(`VS Code logs copied to ${logsDir}`); }
    const left = await server.stop({ keep: o.keep });
    if (o.keep) log(`kept temp dir ${server.dirs.tmp}`);
    if (left.length) log(`WARNING: processes left after teardown: ${left.join(' ')}`);
    server = null;
  }
  if (consoleLines.length) fs.writeFileSync(path.join(artifacts, 'browser-console.log'), consoleLines.join('\n') + '\n');
}
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    log(`got ${sig}, tearing down`);
    await teardown();
    console.log('0 passed, 1 failed');
    process.exit(130);
  });
}

try {
  fs.mkdirSync(artifacts, { recursive: true });
  fs.rmSync(resultFile, { force: true });
  fs.rmSync(logsDir, { recursive: true, force: true });
  // Fail fast, with a hint, on what the build or npm ci must provide.
  checkExtensionBuilt(extension);
  if (!fs.existsSync(tests)) throw new Error(`no tests at ${tests}: build them first (npm run build)`);
  if (!fs.existsSync(path.join(mochaPath, 'package.json'))) throw new Error(`${mochaPath} missing: run \`npm ci\``);

  const v = whichVersions();
  log(`code-server ${v.codeServer} (VS Code ${v.vscode}), node ${v.node24}`);
  server = await startCodeServer({
    extensions: [extension],
    linkExtensions: !o['copy-extension'],
    activate: !o['no-activator'], // activate on startup, whatever the extension's activationEvents say
    workspace: o.workspace,
    settings: { ...(o.settings ? JSON.parse(fs.readFileSync(o.settings, 'utf8')) : {}), ...webSettings },
    env: o.web ? {} : hostEnv,
    web: o.web,
    artifacts,
    keep: o.keep,
    untrusted: o.untrusted,
  });
  log(`code-server up on :${server.port} in ${server.startMs}ms; ${server.installed.join(', ')} ` +
      `${o.web ? 'as a web extension' : o['copy-extension'] ? 'copied' : 'linked'}; workspace ${server.workspace}${o.untrusted ? ' (untrusted: Restricted Mode)' : ''}; tmp ${server.dirs.tmp}`);
  if (o.verbose) log(`processes before a client connects: ${server.processes().map((p) => p.type).join(', ')}`);

  ({ browser, page } = await launchBrowser({ scale: Number(o.scale) }));
  page.on('console', (m) => {
    const t = m.text().replace(/%c/g, '').replace(/ color: [^ ]+/g, '');
    consoleLines.push(`[${m.type()}] ${t}`);
    if (o.verbose) console.log(`  [browser] ${t}`);
  });
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  await openWorkbench(page, server.url());
  log(`workbench rendered at ${secs()}s; waiting for ${resultFile}`);

  const result = await waitForFile(resultFile, {
    timeoutMs: Number(o.timeout) * 1000,
    abortIf: () => (server.exited ? `code-server exited: ${JSON.stringify(server.exited)}` : null),
  }).catch((e) => {
    throw new Error(`${e.message}\n  (no result: did the extension activate and run its test hook? ` +
      `see ${path.join(logsDir, 'vscode-logs')}/*/exthost*/remoteexthost.log and ${path.join(artifacts, 'browser-console.log')})`);
  });
  const h = result.host || {};
  if (h.web) {
    log(`results at ${secs()}s (tests took ${result.durationMs}ms) from the browser's extension host (${h.userAgent}), ` +
        `VS Code ${h.vscode && h.vscode.version}, analysis ${h.analyzer}`);
  } else {
    log(`results at ${secs()}s (tests took ${result.durationMs}ms) from extension host pid ${h.pid}, node ${h.node}, ` +
        `VS Code ${h.vscode && h.vscode.version}, remoteName ${h.vscode && h.vscode.remoteName}`);
  }
  if (o.web && !h.web) throw new Error('--web: the result did not come from the browser\'s extension host');
  if (o.verbose) {
    const eh = server.processes().find((p) => p.pid === h.pid);
    log(`extension host process: pid ${h.pid} type=${eh ? eh.type : '?'}`);
  }

  // let the editor settle, then screenshot the workbench and a crop of the editor text (glyph check)
  await page.waitForTimeout(1000);
  await page.screenshot({ path: screenshot });
  const vl = await page.locator('.editor-instance .monaco-editor .view-lines').first().boundingBox({ timeout: 2000 }).catch(() => null);
  if (vl && vl.width > 0 && vl.height > 0) {
    await page.screenshot({
      path: screenshot.replace(/\.png$/, '-editor.png'),
      clip: { x: vl.x, y: vl.y, width: Math.min(vl.width, 820), height: Math.min(vl.height, 120) },
    });
  }
  log(`screenshot ${screenshot}`);
  if (o.untrusted) {
    // what the workbench shows about trust: a modal dialog would mean a setting no longer keeps it away
    const dialog = await page.locator('.monaco-dialog-box').count().catch(() => -1);
    const restricted = await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).count().catch(() => -1);
    log(`workbench: ${dialog} modal dialog(s), ${restricted} "Restricted Mode" status bar item(s)`);
  }

  for (const line of result.log || []) console.log(line);
  for (const f of result.failures || []) {
    console.log(`\nFAIL ${f.title}\n  ${f.message}`);
    if (f.stack) console.log(f.stack.split('\n').filter((s) => s.trim().startsWith('at ')).slice(0, 5).map((s) => `    ${s.trim()}`).join('\n'));
  }
  exitCode = result.failed === 0 && result.passed > 0 ? 0 : 1;
  if (result.failed === 0 && result.passed === 0) log('no test passed: counted as a failure');
  await teardown();
  log(`total ${secs()}s`);
  console.log(`${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`);
} catch (e) {
  exitCode = 2;
  console.error(`[vscode] ERROR: ${(e && e.stack) || e}`);
  if (page) await page.screenshot({ path: screenshot }).catch(() => {});
  await teardown();
  console.log('0 passed, 1 failed');
}
process.exit(exitCode);
