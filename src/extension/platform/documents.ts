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
