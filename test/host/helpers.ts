/** Helpers for the in-host tests: the extension's API, workspace files, and waiting on public state. */
import * as vscode from 'vscode';
import type { ChitieuApi } from '../../src/extension/extension';

export async function api(): Promise<ChitieuApi> {
  const ext = vscode.extensions.getExtension<ChitieuApi>('chitieu.chitieu');
  if (!ext) throw new Error('chitieu.chitieu is not installed in this host');
  return ext.isActive ? ext.exports : ext.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Polls `probe` until it returns a truthy value or the deadline passes: 15 s by default, 30 s in the
 * browser's extension host, where the engine runs on the host's own thread (code-server refuses it a
 * worker) and a busy machine makes it wait longer.
 */
export async function until<T>(probe: () => T | Promise<T>, what: string, ms = inBrowserHost() ? 30000 : 15000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

export function offsetOf(doc: vscode.TextDocument, needle: string, nth = 1): number {
  let at = -1;
  for (let k = 0; k < nth; k++) { at = doc.getText().indexOf(needle, at + 1); if (at < 0) throw new Error(`"${needle}" not in ${doc.uri.path}`); }
  return at;
}

/** The markdown of hovers, with the `&nbsp;` that `appendText` writes for spaces read back as spaces. */
export const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n').replace(/&nbsp;/g, ' ');

/** Markdown with its backslash escapes (`\\(` that `appendText` writes for `(`) read back as the characters. */
export const unescapeMarkdown = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

/** Closes every editor; untitled documents are reverted first, so no save dialog blocks the host. */
export async function closeAll(): Promise<void> {
  for (let k = 0; k < 20 && vscode.window.visibleTextEditors.some((e) => e.document.isUntitled && e.document.isDirty); k++) {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.isUntitled && e.document.isDirty)!;
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** True in the browser's extension host (the web test bundle, out/test/web/tests.js, sets it before the tests load). */
export const inBrowserHost = (): boolean => (globalThis as { chitieuWebTests?: boolean }).chitieuWebTests === true;

/** A test of what only the Node build does (a worker thread, Word 97–2003 .doc reading): skipped in the browser's extension host. */
export function itNode(title: string, fn: Mocha.AsyncFunc): Mocha.Test {
  return (inBrowserHost() ? it.skip : it)(title, fn);
}
