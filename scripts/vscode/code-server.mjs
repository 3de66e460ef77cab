// Shared helpers for the VS Code host tests and the demo: start code-server (VS Code 1.139 server + web
// workbench) in an isolated temp profile, drive it with playwright-core + Debian chromium, tear it all down.
// Needs `bash scripts/vscode/install.sh` (Node 24 + code-server in .vscode-test/, chromium from apt).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is <root>/scripts/vscode/code-server.mjs). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = process.env.VSCODE_TEST_CACHE || path.join(ROOT_DIR, '.vscode-test');
export const ARTIFACTS_DIR = path.join(ROOT_DIR, 'artifacts');
export const INSTALL_SCRIPT = path.join(ROOT_DIR, 'scripts', 'vscode', 'install.sh');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];
const TMP_PREFIX = 'chitieu-vsc-';

// User settings of the throw-away profile (<user-data-dir>/User/settings.json).
export const DEFAULT_SETTINGS = {
  'editor.fontFamily': 'Noto Sans Mono', // DejaVu Sans Mono etc. lack Vietnamese letters with two marks
  'editor.wordWrap': 'on',
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
};

// Merged over DEFAULT_SETTINGS by startCodeServer({ untrusted: true }): the folder opens in Restricted Mode.
// Workspace trust on, and nothing that waits for a person: no startup trust dialog (the folder simply stays
// untrusted), files from outside the workspace open without asking.
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
  'security.workspace.trust.emptyWindow': false,
};

// Never copied with an extension folder (the repo root is the extension: these are huge or irrelevant).
const EXTENSION_COPY_SKIP = new Set(['.git', '.vscode-test', 'node_modules', 'artifacts', '.scratch', 'out']);

export function log(...a) { console.log('[vscode]', ...a); }

export function loadInstall() {
  const envFile = path.join(CACHE_DIR, 'env.json');
  if (!fs.existsSync(envFile)) throw new Error(`${envFile} missing: run \`bash ${INSTALL_SCRIPT}\` first`);
  const env = JSON.parse(fs.readFileSync(envFile, 'utf8'));
  for (const k of ['node24', 'codeServerEntry']) {
    if (!env[k] || !fs.existsSync(env[k])) throw new Error(`${env[k]} missing: run \`bash ${INSTALL_SCRIPT}\` again`);
  }
  return env;
}

/** Throws unless Debian's chromium is installed (install.sh installs it). */
export function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: run \`bash ${INSTALL_SCRIPT}\``);
}

/** Folder name VS Code expects in an extensions dir: publisher.name-version */
export function extensionInfo(extDir) {
  const pj = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
  if (!pj.publisher || !pj.name || !pj.version) throw new Error(`${extDir}/package.json needs publisher, name, version`);
  return { folder: `${pj.publisher}.${pj.name}-${pj.version}`, id: `${pj.publisher}.${pj.name}`, main: pj.main, packageJson: pj };
}

/** Throws a clear error when the extension's `main` (e.g. ./dist/extension.js) has not been built. */
export function checkExtensionBuilt(extDir) {
  const { main, id } = extensionInfo(extDir);
  if (!main) return;
  const candidates = [main, `${main}.js`, `${main}.cjs`].map((m) => path.resolve(extDir, m));
  if (!candidates.some((f) => fs.existsSync(f))) {
    throw new Error(`${id}: main ${main} not found in ${extDir}: build the extension first (npm run build)`);
  }
}

function copyDir(src, dst, { skipTop = new Set() } = {}) {
  fs.cpSync(src, dst, {
    recursive: true,
    dereference: false,
    filter: (s) => !(path.dirname(s) === src && skipTop.has(path.basename(s))),
  });
}

/** Make a copied tree writable by its owner (fixtures in git may be checked out read-only). */
function makeWritable(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    const st = fs.statSync(p);
    fs.chmodSync(p, st.mode | 0o200);
    if (e.isDirectory()) makeWritable(p);
  }
}

/**
 * Write a tiny helper extension into `extensionsDir` that, on startup, activates the extensions `ids`.
 * The extension under test may activate only on some language or view (the in-host test hook runs on
 * activation); this makes the tests independent of its activation events. If an activation fails and
 * env CHITIEU_TEST_RESULT is set, it writes a failed result there so the runner stops at once.
 */
export function writeActivatorExtension(extensionsDir, ids, { untrusted = false, web = false } = {}) {
  if (web) return writeWebActivatorExtension(extensionsDir, ids);
  const dir = path.join(extensionsDir, 'chitieu-harness.activator-0.0.1');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'activator', publisher: 'chitieu-harness', version: '0.0.1', private: true,
    displayName: 'test harness: activates the extension under test',
    engines: { vscode: '^1.80.0' }, activationEvents: ['onStartupFinished'], main: './extension.js',
    // without this VS Code disables the helper in Restricted Mode (the default is "not supported")
    ...(untrusted ? { capabilities: { untrustedWorkspaces: { supported: true } } } : {}),
  }, null, 2));
  fs.writeFileSync(path.join(dir, 'extension.js'), `'use strict';
const fs = require('fs');
const vscode = require('vscode');
const IDS = ${JSON.stringify(ids)};
function fail(message, stack) {
  const file = process.env.CHITIEU_TEST_RESULT;
  if (!file || fs.existsSync(file)) return;
  const result = { passed: 0, failed: 1, pending: 0, tests: [], log: ['[activator] ' + message], durationMs: 0,
    failures: [{ title: '<activation>', message, stack }],
    host: { pid: process.pid, node: process.versions.node, vscode: { version: vscode.version, remoteName: vscode.env.remoteName } } };
  fs.writeFileSync(file + '.activator.tmp', JSON.stringify(result, null, 2));
  fs.renameSync(file + '.activator.tmp', file);
}
exports.activate = async function () {
  for (const id of IDS) {
    const ext = vscode.extensions.getExtension(id);
    if (!ext) { fail('extension ' + id + ' is not installed (bad package.json, or engines.vscode too new?)'); continue; }
    try { await ext.activate(); console.log('[activator] activated ' + id); }
    catch (e) { fail('activating ' + id + ' failed: ' + (e && e.message || e), e && e.stack); }
  }
};
exports.deactivate = function () {};
`);
  return dir;
}

/**
 * The activator as a web extension (`browser`, no `main`): it runs in the browser's extension host beside
 * the web extensions under test (an extension activates only those of its own host). On failure it
 * writes the failed result through workspace.fs to the path the user setting chitieuTests.web.result names.
 */
function writeWebActivatorExtension(extensionsDir, ids) {
  const dir = path.join(extensionsDir, 'chitieu-harness.web-activator-0.0.1');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'web-activator', publisher: 'chitieu-harness', version: '0.0.1', private: true,
    displayName: 'test harness: activates the web extension under test',
    engines: { vscode: '^1.80.0' }, activationEvents: ['onStartupFinished'], browser: './extension.js',
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
  }, null, 2));
  fs.writeFileSync(path.join(dir, 'extension.js'), `'use strict';
const vscode = require('vscode');
const IDS = ${JSON.stringify(ids)};
async function fail(message, stack) {
  console.error('[web-activator] ' + message);
  const setting = vscode.workspace.getConfiguration('chitieuTests').get('web');
  const base = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!setting || !setting.result || !base) return;
  const result = { passed: 0, failed: 1, pending: 0, tests: [], log: ['[web-activator] ' + message], durationMs: 0,
    failures: [{ title: '<activation>', message, stack }], host: { web: true, vscode: { version: vscode.version, remoteName: vscode.env.remoteName } } };
  const at = (p) => base.uri.with({ path: p, query: '', fragment: '' });
  await vscode.workspace.fs.writeFile(at(setting.result + '.activator.tmp'), new TextEncoder().encode(JSON.stringify(result, null, 2)));
  await vscode.workspace.fs.rename(at(setting.result + '.activator.tmp'), at(setting.result), { overwrite: true });
}
exports.activate = async function () {
  for (const id of IDS) {
    const ext = vscode.extensions.getExtension(id);
    if (!ext) { await fail('extension ' + id + ' is not installed in the browser extension host (is it a web extension?)'); continue; }
    try { await ext.activate(); console.log('[web-activator] activated ' + id); }
    catch (e) { await fail('activating ' + id + ' failed: ' + (e && e.message || e), e && e.stack); }
  }
};
exports.deactivate = function () {};
`);
  return dir;
}

/**
 * The web variant of an extension folder, at `dst`: its package.json without `main` (code-server, like
 * VS Code Server, then runs its `browser` entry in the browser's web worker extension host), every other
 * top-level entry symlinked (minus EXTENSION_COPY_SKIP).
 */
export function writeWebVariant(src, dst) {
  const pj = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8'));
  if (!pj.browser) throw new Error(`${src}/package.json has no browser entry: no web variant`);
  delete pj.main;
  fs.mkdirSync(dst, { recursive: true });
  fs.writeFileSync(path.join(dst, 'package.json'), JSON.stringify(pj, null, 2));
  for (const e of fs.readdirSync(src)) {
    if (e === 'package.json' || EXTENSION_COPY_SKIP.has(e)) continue;
    fs.symlinkSync(path.join(src, e), path.join(dst, e));
  }
}

/** pids of every live process whose environment carries our run marker (catches setsid'ed children too). */
export function markedPids(marker) {
  const out = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      const env = fs.readFileSync(`/proc/${d}/environ`, 'latin1');
      if (env.includes(`CHITIEU_HARNESS_RUN=${marker}\0`)) out.push(Number(d));
    } catch { /* gone or not ours */ }
  }
  return out;
}

export function processArgs(pid) {
  try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean); } catch { return []; }
}

/** Remove temp dirs of earlier runs that died without teardown (SIGKILL): older than 2 min, no live process. */
export function sweepStaleRuns() {
  const removed = [];
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(TMP_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs < 120000 || markedPids(name).length) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch { /* raced with another run */ }
  }
  return removed;
}

/**
 * Start code-server on 127.0.0.1 (port 0 = a free port, parsed from its log) in a fresh temp profile.
 * opts: {
 *   extensions: [dir...]       extension folders (each needs package.json publisher/name/version)
 *   linkExtensions: true       symlink them into the temp --extensions-dir (false: copy, minus .git, node_modules...)
 *   web: false                 install them as web extensions instead (writeWebVariant: package.json without
 *                              `main`), run in the browser's extension host; the activator is a web extension too
 *   activate: false            also install a helper that activates them on startup (writeActivatorExtension)
 *   workspace: dir | file      folder, or a .code-workspace file, to open
 *   copyWorkspace: true        open a temp copy of the workspace folder (tests may edit files freely)
 *   settings: {}               merged over DEFAULT_SETTINGS
 *   env: {}                    extra environment for code-server (the remote extension host inherits it)
 *   port: 0, host: '127.0.0.1'
 *   idleTimeoutSeconds: 90     code-server exits this long after its last client is gone (0: never)
 *   untrusted: false           open the workspace untrusted (Restricted Mode): workspace trust on (no
 *                              --disable-workspace-trust, UNTRUSTED_SETTINGS), nothing trusted in the fresh profile
 *   extraArgs: [], keep: false, artifacts: dir
 * }
 */
export async function startCodeServer(opts = {}) {
  const inst = loadInstall();
  sweepStaleRuns();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), TMP_PREFIX));
  const marker = path.basename(tmp);
  const dirs = {
    tmp,
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    xdg: path.join(tmp, 'xdg'),
    artifacts: opts.artifacts || ARTIFACTS_DIR,
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.untrusted ? UNTRUSTED_SETTINGS : {}), ...(opts.settings || {}) }, null, 2));

  const installed = [];
  for (const ext of opts.extensions || []) {
    const abs = path.resolve(ext);
    const { folder, id } = extensionInfo(abs);
    const dst = path.join(dirs.extensions, folder);
    if (opts.web) writeWebVariant(abs, dst);
    else if (opts.linkExtensions === false) copyDir(abs, dst, { skipTop: EXTENSION_COPY_SKIP });
    else fs.symlinkSync(abs, dst, 'dir');
    installed.push(id);
  }
  if (opts.activate && installed.length) writeActivatorExtension(dirs.extensions, installed, { untrusted: !!opts.untrusted, web: !!opts.web });

  let workspace = opts.workspace ? path.resolve(opts.workspace) : null;
  if (workspace && opts.copyWorkspace !== false && fs.statSync(workspace).isDirectory()) {
    const dst = path.join(tmp, 'ws', path.basename(workspace));
    copyDir(workspace, dst);
    makeWritable(dst);
    workspace = dst;
  }

  const host = opts.host || '127.0.0.1';
  const bind = `${host}:${opts.port || 0}`;
  const configFile = path.join(tmp, 'config.yaml');
  // An explicit --config stops code-server from writing ~/.config/code-server/config.yaml.
  fs.writeFileSync(configFile, `bind-addr: ${bind}\nauth: none\ncert: false\n`);
  const idle = opts.idleTimeoutSeconds === undefined ? 90 : opts.idleTimeoutSeconds;
  const args = [
    inst.codeServerEntry, '--config', configFile,
    '--bind-addr', bind, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(opts.untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    // safety net if the runner is SIGKILLed: chromium dies with it, code-server then sees no connections
    // (heartbeat expires after 60s) and exits after this many more seconds (code-server requires > 60).
    // Teardown normally kills it first.
    ...(idle ? ['--idle-timeout-seconds', String(idle)] : []),
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    ...(opts.extraArgs || []),
  ];
  const env = {
    ...process.env,
    // keep code-server's own state (config, heartbeat...) out of $HOME
    XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    // VS Code's IPC sockets go to TMPDIR: keep them in the run's folder, removed at teardown.
    TMPDIR: tmp,
    CHITIEU_HARNESS_RUN: marker, // lets teardown find every descendant, even setsid'ed ones
    // '{}' = product.extensionsGallery without serviceUrl: VS Code disables the gallery (no open-vsx.org lookups)
    EXTENSIONS_GALLERY: '{}',
    ...(opts.env || {}),
  };
  // Don't leak an outer VS Code / npm context into the server.
  for (const k of Object.keys(env)) if (/^(VSCODE_|ELECTRON_RUN_AS_NODE$|npm_)/.test(k)) delete env[k];

  const logFile = path.join(tmp, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const proc = spawn(inst.node24, args, { cwd: tmp, env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  let exited = null;
  proc.on('exit', (code, sig) => { exited = { code, sig }; });

  const t0 = Date.now();
  let port = null;
  const hostRe = host.replace(/\./g, '\\.');
  try {
    while (!port) {
      if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${fs.readFileSync(logFile, 'utf8')}`);
      if (Date.now() - t0 > 60000) throw new Error(`code-server did not start in 60s:\n${fs.readFileSync(logFile, 'utf8')}`);
      const m = new RegExp(`HTTP server listening on http://${hostRe}:(\\d+)/`).exec(fs.readFileSync(logFile, 'utf8'));
      if (m) port = Number(m[1]); else await sleep(100);
    }
    // /healthz answers once the HTTP side is up
    for (;;) {
      try { const r = await globalThis.fetch(`http://${host}:${port}/healthz`); if (r.ok) break; } catch { /* retry */ }
      if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}):\n${fs.readFileSync(logFile, 'utf8')}`);
      if (Date.now() - t0 > 60000) throw new Error('code-server /healthz never answered');
      await sleep(100);
    }
  } catch (e) {
    // don't leave a half-started server or its temp dir behind
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    for (const pid of markedPids(marker)) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
    if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }

  const server = {
    port, host, proc, pgid: proc.pid, marker, dirs, logFile, workspace, installed, untrusted: !!opts.untrusted,
    startMs: Date.now() - t0,
    get exited() { return exited; },
    url(target = workspace) {
      if (!target) return `http://${host}:${port}/`;
      const key = target.endsWith('.code-workspace') ? 'workspace' : 'folder';
      return `http://${host}:${port}/?${key}=${encodeURIComponent(target)}`;
    },
    /** processes of this run, with their role (server, extensionHost, fileWatcher, ptyHost, ...) */
    processes() {
      return markedPids(marker).map((pid) => {
        const a = processArgs(pid);
        const type = (a.find((x) => x.startsWith('--type=')) || '').slice(7) || path.basename(a[1] || a[0] || '?');
        return { pid, type };
      });
    },
    /** Kill everything of this run; returns pids still alive afterwards (should be []). */
    async stop({ keep = false } = {}) {
      // 1) the whole process group (code-server wrapper, VS Code server, ext host, watchers, agent host)
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && markedPids(marker).length) await sleep(100);
      // 2) anything that survived or escaped the group (e.g. terminals run setsid): SIGKILL
      for (const pid of markedPids(marker)) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
      const d2 = Date.now() + 3000;
      while (Date.now() < d2 && markedPids(marker).length) await sleep(100);
      const left = markedPids(marker);
      if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
      return left;
    },
  };
  return server;
}

export async function launchBrowser({ headless = true, viewport = { width: 1400, height: 900 }, scale = 1 } = {}) {
  checkChromium();
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new Error(`playwright-core not installed in ${ROOT_DIR}/node_modules: run \`npm ci\` (${e.message})`);
  }
  // Signals are the caller's to handle: Playwright's own handlers exit at once and would leave code-server running.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
  const page = await context.newPage();
  return { browser, context, page };
}

/** Open the workbench and wait until it has rendered and the remote connection is up. */
export async function openWorkbench(page, url, { timeout = 90000 } = {}) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  await page.waitForSelector('.monaco-workbench', { timeout });
  // the status bar is populated once the workbench is restored
  await page.waitForSelector('.statusbar', { timeout });
}

/** Wait for a JSON file to appear (written atomically by the in-host runner: tmp + rename). */
export async function waitForFile(file, { timeoutMs, abortIf = () => null, pollMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    const why = abortIf();
    if (why) throw new Error(why);
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${file}`);
    await sleep(pollMs);
  }
}

/** Copy VS Code's logs of a run somewhere that survives teardown. */
export function saveLogs(server, dest) {
  fs.mkdirSync(dest, { recursive: true });
  try { fs.cpSync(path.join(server.dirs.userData, 'logs'), path.join(dest, 'vscode-logs'), { recursive: true }); } catch { /* none yet */ }
  try { fs.copyFileSync(server.logFile, path.join(dest, 'code-server.log')); } catch { /* none */ }
}

export function whichVersions() {
  const inst = loadInstall();
  const v = (p) => JSON.parse(fs.readFileSync(p, 'utf8')).version;
  return {
    codeServer: v(path.join(inst.codeServerDir, 'package.json')),
    vscode: v(path.join(inst.codeServerDir, 'lib/vscode/product.json')),
    node24: execFileSync(inst.node24, ['-v']).toString().trim(),
  };
}
