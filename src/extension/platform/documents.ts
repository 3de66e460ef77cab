/** Which editor documents chitieu looks at: plain text, Markdown and its own language, saved or not, and the text views of PDF and Word files. */
import type * as vscode from 'vscode';
import { LANGUAGE_ID } from './ids';
import { SOURCE_SCHEME } from './sourceUri';

const SUPPORTED = new Set(['plaintext', 'markdown', LANGUAGE_ID]);
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', SOURCE_SCHEME]);

export const DOCUMENT_SELECTOR: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: LANGUAGE_ID }];

export function isCandidate(doc: vscode.TextDocument): boolean {
  return SUPPORTED.has(doc.languageId) && SCHEMES.has(doc.uri.scheme);
}

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
