/** A document's whole text, copied out of the editor once per version. */
import type * as vscode from 'vscode';

/** The last text copied out of each document, with its version. */
const copies = new WeakMap<vscode.TextDocument, { version: number; text: string }>();

/**
 * A document's whole text, copied out of the editor once per version (`getText()` joins every line:
 * about 10 ms for 1 MB, and opening or editing a large document asked for it several times). A
 * version is one text: VS Code counts every change of the content.
 */
export function textOf(doc: vscode.TextDocument): string {
  const c = copies.get(doc);
  if (c && c.version === doc.version) return c.text;
  const text = doc.getText();
  copies.set(doc, { version: doc.version, text });
  return text;
}
