/**
 * Loads one of the browser build's lazily loaded bundles (dist/web/*.js) from the extension's own files:
 * read through `workspace.fs` (code-server and VS Code Server serve them as `vscode-remote:`), or with
 * `fetch` where the extension is served over http(s) (vscode.dev, an extension installed from a
 * location), then evaluated (evalBundle.ts).
 */
import * as vscode from 'vscode';
import { evaluateBundle } from './evalBundle';

async function readOwnFile(uri: vscode.Uri): Promise<string> {
  const viaFetch = async () => {
    const r = await fetch(uri.toString(true));
    if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
    return r.text();
  };
  const viaFs = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const [first, second] = /^https?$/.test(uri.scheme) ? [viaFetch, viaFs] : [viaFs, viaFetch];
  try {
    return await first();
  } catch (e) {
    try { return await second(); } catch { throw e; }
  }
}

export async function loadWebBundle<T>(extensionUri: vscode.Uri, ...path: string[]): Promise<T> {
  const uri = vscode.Uri.joinPath(extensionUri, ...path);
  return evaluateBundle<T>(await readOwnFile(uri), uri.toString(true));
}
