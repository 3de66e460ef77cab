/**
 * PDF and Word files shown as text: a read-only document on chitieu's own scheme whose path is the
 * source file's (`chitieu-source:/work/plan.pdf?file`; the query keeps the source's scheme). The
 * source file is "the document" everywhere else — the workspace index, the goals tree, annotations
 * (`.chitieu/plan.pdf.json`) — and `sourceFileUri` maps a text view back to it.
 */
import * as vscode from 'vscode';

export const SOURCE_SCHEME = 'chitieu-source';

/** Extensions read through the source layer into a text view (lower case, with the dot). */
export const SOURCE_FILE_EXTENSIONS = ['.pdf', '.docx', '.doc'] as const;
/** The same as a glob (the index, file watchers, the quick pick). */
export const SOURCE_FILE_GLOB = '**/*.{pdf,docx,doc,PDF,DOCX,DOC}';

/** Whether a path names a PDF or Word file (by its extension). */
export function isSourcePath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && (SOURCE_FILE_EXTENSIONS as readonly string[]).includes(path.slice(dot).toLowerCase());
}

/** Whether a URI is a PDF or Word file (not its text view). */
export function isSourceFile(uri: vscode.Uri): boolean {
  return uri.scheme !== SOURCE_SCHEME && isSourcePath(uri.path);
}

/** The read-only text view of a source file. */
export function sourceViewUri(file: vscode.Uri): vscode.Uri {
  if (file.scheme === SOURCE_SCHEME) return file;
  return file.with({ scheme: SOURCE_SCHEME, query: file.scheme, fragment: '' });
}

/** The document a URI stands for: the source file of a text view, any other URI itself. */
export function sourceFileUri(uri: vscode.Uri): vscode.Uri {
  return uri.scheme === SOURCE_SCHEME ? uri.with({ scheme: uri.query || 'file', query: '' }) : uri;
}

/** A URI's key as the document it stands for (annotations, the index). */
export const documentKey = (uri: vscode.Uri): string => sourceFileUri(uri).toString();

/** The open editor document of a document: the file itself or, for a source file, its text view. */
export function openDocumentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  const k = documentKey(uri);
  return vscode.workspace.textDocuments.find((d) => documentKey(d.uri) === k && (d.uri.scheme === SOURCE_SCHEME || !isSourceFile(d.uri)));
}
