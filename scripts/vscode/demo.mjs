#!/usr/bin/env node
// `npm run demo`: code-server (VS Code 1.139 in the browser) on 127.0.0.1 with the chitieu extension installed
// and the sample workspace open, in a throw-away profile with the same settings as the host tests.
// Prints the URL to open, runs until Ctrl-C (or SIGTERM), then stops every process it started.
//
//   node scripts/vscode/demo.mjs [--port N] [--host 127.0.0.1] [--extension DIR] [--settings JSON_FILE]
//                                [--no-sample] [FOLDER ...]
//
// The sample workspace (test/fixtures/workspace) opens as a temp copy, so edits there never touch the repo.
// FOLDERs given on the command line are added to the window as they are (edits there are real).
// Needs: bash scripts/vscode/install.sh, and the build (dist/extension.js): npm run build.
import fs from 'node:fs';
import path from 'node:path';
import { setInterval } from 'node:timers';
import { parseArgs } from 'node:util';
import { ROOT_DIR, startCodeServer, whichVersions, checkExtensionBuilt, log } from './code-server.mjs';

const { values: o, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.CHITIEU_DEMO_PORT || '0' },
    host: { type: 'string', default: '127.0.0.1' },
    extension: { type: 'string', default: ROOT_DIR },
    settings: { type: 'string' },
    'no-sample': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (o.help) {
  console.log('usage: node scripts/vscode/demo.mjs [--port N] [--host 127.0.0.1] [--extension DIR] [--settings JSON_FILE] [--no-sample] [FOLDER ...]');
  process.exit(0);
}

const sample = path.join(ROOT_DIR, 'test', 'fixtures', 'workspace');
const folders = positionals.map((f) => path.resolve(f));
for (const f of folders) {
  if (!fs.existsSync(f) || !fs.statSync(f).isDirectory()) { console.error(`not a folder: ${f}`); process.exit(2); }
}
if (o['no-sample'] && !folders.length) { console.error('--no-sample needs at least one FOLDER'); process.exit(2); }

let server = null;
let stopping = false;
async function stop(why, code, { keep = false } = {}) {
  if (stopping) return;
  stopping = true;
  if (server) {
    log(`${why}: stopping code-server`);
    const left = await server.stop({ keep });
    if (keep) log(`kept ${server.dirs.tmp} (logs)`);
    if (left.length) log(`WARNING: processes left: ${left.join(' ')}`);
    server = null;
  }
  process.exit(code);
}
process.on('SIGINT', () => stop('Ctrl-C', 0));
process.on('SIGTERM', () => stop('SIGTERM', 0));
process.on('SIGHUP', () => stop('SIGHUP', 0));

try {
  checkExtensionBuilt(path.resolve(o.extension));
  const v = whichVersions();
  log(`code-server ${v.codeServer} (VS Code ${v.vscode}), node ${v.node24}`);
  const single = o['no-sample'] ? (folders.length === 1 ? folders[0] : null) : (folders.length ? null : sample);
  server = await startCodeServer({
    extensions: [path.resolve(o.extension)],
    workspace: single || undefined,
    copyWorkspace: single === sample,
    settings: o.settings ? JSON.parse(fs.readFileSync(o.settings, 'utf8')) : {},
    host: o.host,
    port: Number(o.port),
    idleTimeoutSeconds: 0, // stays up with no browser connected
  });
  let target = server.workspace;
  if (!single) {
    // several folders: a multi-root .code-workspace in the temp dir, sample first (as a temp copy)
    const roots = [];
    if (!o['no-sample']) {
      const copy = path.join(server.dirs.tmp, 'ws', 'workspace');
      fs.cpSync(sample, copy, { recursive: true });
      for (const f of fs.readdirSync(copy)) fs.chmodSync(path.join(copy, f), 0o644);
      roots.push({ name: 'sample workspace', path: copy });
    }
    for (const f of folders) roots.push({ path: f });
    target = path.join(server.dirs.tmp, 'demo.code-workspace');
    fs.writeFileSync(target, JSON.stringify({ folders: roots, settings: {} }, null, 2));
  }
  const url = server.url(target);
  log(`extension ${server.installed.join(', ')} installed (linked from ${path.resolve(o.extension)})`);
  log(`opened: ${single ? target : `${target} (${fs.readFileSync(target, 'utf8').match(/"path"/g).length} folders)`}`);
  log(`code-server log: ${server.logFile}; VS Code logs: ${path.join(server.dirs.userData, 'logs')}`);
  console.log(`\n  chitieu demo ready: ${url}\n\n  (open it in a browser on this machine; Ctrl-C stops the server)\n`);
  // keep running; notice if code-server dies on its own
  setInterval(() => {
    if (!stopping && server && server.exited) {
      log(`code-server exited on its own: ${JSON.stringify(server.exited)}; log: ${server.logFile}`);
      stop('exit', 1, { keep: true });
    }
  }, 1000);
} catch (e) {
  console.error(`[vscode] ERROR: ${(e && e.stack) || e}`);
  await stop('error', 2);
  process.exit(2);
}
