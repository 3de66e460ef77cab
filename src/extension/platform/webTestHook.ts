/**
 * In-host test entry of the browser bundle (test builds only): VS Code for the Web's extension host has
 * no environment, so scripts/vscode/run-host-tests.mjs --web names the tests in a user setting,
 * `chitieuTests.web` = { bundle, result, grep?, timeout? } (absolute paths on the machine that serves
 * the workspace). The bundle (out/test/web/tests.js: mocha's browser build and the tests, built by
 * scripts/build.mjs) is read through `workspace.fs` and evaluated with `vscode` as its one import; its
 * `run()` result is written, as JSON, to `result` through `workspace.fs` (tmp + rename). Inert for users.
 */
import * as vscode from 'vscode';
import type { Log } from './log';

interface WebTestSetting { bundle?: string; result?: string; grep?: string; timeout?: number }
interface TestBundle { run(options: { grep?: string; timeout?: number; report: true }): Promise<Record<string, unknown>> }

export async function runWebHostTests(analyzer: string, log: Log): Promise<void> {
  const setting = vscode.workspace.getConfiguration('chitieuTests').get<WebTestSetting>('web');
  if (!setting?.bundle || !setting.result) return;
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!base) { log.error('in-host tests: no workspace folder to reach the test bundle through'); return; }
  const at = (p: string) => base.with({ path: p, query: '', fragment: '' });
  const started = Date.now();
  let result: Record<string, unknown>;
  try {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(at(setting.bundle)));
    const module = { exports: {} as Partial<TestBundle> };
    const requireShim = (id: string) => { if (id === 'vscode') return vscode; throw new Error(`the web test bundle cannot require ${id}`); };
    // The extension host evaluates extensions the same way (its CSP allows it); test builds only.
    new Function('require', 'module', 'exports', `${source}\n//# sourceURL=chitieu-web-tests.js`)(requireShim, module, module.exports);
    if (typeof module.exports.run !== 'function') throw new Error('the web test bundle exports no run()');
    result = await module.exports.run({ grep: setting.grep, timeout: setting.timeout, report: true });
  } catch (e) {
    const err = e as Error;
    result = { passed: 0, failed: 1, pending: 0, tests: [], log: [`runner error: ${err?.stack ?? err}`], failures: [{ title: '<runner>', message: String(err?.message ?? err), stack: err?.stack }], durationMs: Date.now() - started };
  }
  const nav = (globalThis as { navigator?: { userAgent?: string } }).navigator;
  result.host = {
    web: true, analyzer, node: null, userAgent: nav?.userAgent,
    vscode: { version: vscode.version, uiKind: vscode.env.uiKind, remoteName: vscode.env.remoteName, appHost: vscode.env.appHost },
  };
  const enc = new TextEncoder();
  const tmp = at(`${setting.result}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, enc.encode(JSON.stringify(result, null, 2)));
  await vscode.workspace.fs.rename(tmp, at(setting.result), { overwrite: true });
}
