/**
 * PDF and Word files shown as text: a read-only document on chitieu's own scheme whose path is the
 * source file's (`chitieu-source:/work/plan.pdf?file`; the query keeps the source's scheme). The
 * source file is "the document" everywhere else — the workspace index, the goals tree, annotations
 * (`.chitieu/plan.pdf.json`) — and `sourceFileUri` maps a text view back to it.
 *
 * Text files in a legacy encoding (TCVN3, VNI, VISCII, Windows-1258, UTF-16) are shown the same way
 * once the source layer has read them as such (`markLegacyText`, model/sourceTexts.ts): from then on
 * they count as source files; a UTF-8 text file never does.
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

/** Text files read in a legacy encoding (by key: the file URI as a string), shown through their text view. */
const legacyTexts = new Set<string>();

/** Records whether a text file was read in a legacy encoding (it is shown and indexed through its text view) or not. */
export function markLegacyText(file: vscode.Uri, legacy: boolean): void {
  if (legacy) legacyTexts.add(file.toString()); else legacyTexts.delete(file.toString());
}

/** Whether a URI is a text file read in a legacy encoding (not its text view). */
export function isLegacyText(uri: vscode.Uri): boolean {
  return uri.scheme !== SOURCE_SCHEME && legacyTexts.has(uri.toString());
}

/** Whether a URI is a PDF or Word file, or a text file in a legacy encoding (not its text view). */
export function isSourceFile(uri: vscode.Uri): boolean {
  return uri.scheme !== SOURCE_SCHEME && (isSourcePath(uri.path) || legacyTexts.has(uri.toString()));
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

/** Whether a path names a plain text file chitieu reads (`.txt`, `.md`). */
export function isTextPath(path: string): boolean { return /\.(txt|md)$/i.test(path); }

/**
 * The text file a command on text files acts on: the URI it was given (a right-click) or the active
 * editor's, its text view standing for the file; undefined when that is not a saved `.txt`/`.md`.
 */
export function textFileArgument(arg: unknown): vscode.Uri | undefined {
  const given = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const file = given && sourceFileUri(given);
  return file && file.scheme !== 'untitled' && isTextPath(file.path) ? file : undefined;
}

/** A URI's key as the document it stands for (annotations, the index). */
export const documentKey = (uri: vscode.Uri): string => sourceFileUri(uri).toString();

/** The open editor document of a document: the file itself or, for a source file, its text view. */
export function openDocumentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  if (!openByKey.watching) return openDocuments().get(documentKey(uri));
  openByKey.map ??= openDocuments();
  const d = openByKey.map.get(documentKey(uri));
  if (!d?.isClosed) return d;
  openByKey.map = openDocuments(); // closed, its event not delivered yet
  return openByKey.map.get(documentKey(uri));
}

/** The open documents by their key (the first one for each, as `textDocuments` lists them). */
function openDocuments(): Map<string, vscode.TextDocument> {
  const map = new Map<string, vscode.TextDocument>();
  for (const d of vscode.workspace.textDocuments) {
    if (d.uri.scheme !== SOURCE_SCHEME && isSourceFile(d.uri)) continue;
    const k = documentKey(d.uri);
    if (!map.has(k)) map.set(k, d);
  }
  return map;
}

/** The open documents by key, made again after a document opens or closes (the goals tree asks for every indexed document on each rebuild). */
const openByKey: { watching: boolean; map?: Map<string, vscode.TextDocument> } = { watching: false };

/** Keeps `openDocumentOf`'s list of open documents current (activation pushes it to the subscriptions). */
export function watchOpenDocuments(): vscode.Disposable {
  const forget = () => { openByKey.map = undefined; };
  openByKey.watching = true;
  return vscode.Disposable.from(vscode.workspace.onDidOpenTextDocument(forget), vscode.workspace.onDidCloseTextDocument(forget),
    { dispose: () => { openByKey.watching = false; forget(); } });
}
