/**
 * Annotation files (`.chitieu/<document path>.json`, see src/annotations/storeFormat.ts): where a
 * document's file is, reading it, and writing it — atomically (a temporary file, then a rename) and
 * merged with what another window saved since we last read it (three-way merge by annotation id).
 * A file that does not parse is never overwritten: the document is marked, a message names the file.
 * In Restricted Mode or on a read-only file system, writing says why it cannot.
 */
import * as vscode from 'vscode';
import { ANNOTATION_DIR, type Annotation, type AnnotationFile } from '../../annotations/model';
import { annotationPathFor, parseAnnotationFile, serializeAnnotationFile } from '../../annotations/storeFormat';
import { mergeAnnotations, mergeDocumentDate } from '../../annotations/merge';
import type { Log } from '../platform/log';

/** A reason an annotation cannot be saved, worded for the person annotating. */
export class CannotSave extends Error {
  constructor(message: string, readonly file?: vscode.Uri) { super(message); this.name = 'CannotSave'; }
}

export interface DocAnnotations {
  doc: vscode.Uri;
  folder: vscode.WorkspaceFolder;
  /** The document's path relative to its workspace folder, with `/`. */
  path: string;
  file: vscode.Uri;
  annotations: Annotation[];
  /** The annotations as last read from or written to disk (the merge base). */
  base: Annotation[] | undefined;
  /** The file's text as last read or written (to tell our own writes from other writers'). */
  diskText: string | undefined;
  /** Why the file cannot be used (it does not parse); writes are refused while it is set. */
  error?: string;
  /** The text version the anchors were last checked against (`doc.version`, or -1 for a text from disk). */
  anchoredTo?: string;
  /** The text from disk the anchors were last checked against (documents not open in an editor). */
  anchoredText?: string;
  /** Changes since the file was last written that only moved anchors (saved with the document). */
  anchorsMoved: boolean;
  /** The date the researcher set for the document (`YYYY[-MM[-DD]]`), and as last read or written (the merge base). */
  documentDate?: string;
  baseDocumentDate?: string;
  /** The fingerprint of the text the annotations were last anchored to (written with them, see textHash.ts). */
  textHash?: string;
  /** Top-level keys of the file added by hand: kept and written back. */
  extra?: Record<string, unknown>;
}

export const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** The workspace folder, relative path and annotation file of a document, or why it has none. */
export function locate(doc: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string; file: vscode.Uri } | { reason: string } {
  if (doc.scheme === 'untitled') return { reason: 'Save the document first: annotations are stored beside saved documents.' };
  const folder = vscode.workspace.getWorkspaceFolder(doc);
  if (!folder) return { reason: `Annotations are stored in the workspace's ${ANNOTATION_DIR} folder: open the folder that holds ${doc.path.split('/').pop()} (File › Open Folder) to annotate it.` };
  const path = vscode.workspace.asRelativePath(doc, false).replace(/\\/g, '/');
  if (path.startsWith(`${ANNOTATION_DIR}/`)) return { reason: 'This is an annotation file; annotate the document it belongs to.' };
  return { folder, path, file: vscode.Uri.joinPath(folder.uri, annotationPathFor(path)) };
}

/** A file's text, or undefined when it is absent (or unreadable: logged). */
export async function readFile(file: vscode.Uri, log: Log): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(file));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    log.warn(`${file.fsPath}: cannot read it (${(e as Error).message})`);
    return undefined;
  }
}

/** Why nothing can be saved for this document, or undefined when it can. */
export function cannotSave(state: DocAnnotations | undefined, doc: vscode.Uri): string | undefined {
  if (!vscode.workspace.isTrusted) return 'chitieu does not save annotations in Restricted Mode. Trust this folder (Manage Workspace Trust) to annotate; highlights and exports keep working meanwhile.';
  if (!state) { const w = locate(doc); return 'reason' in w ? w.reason : undefined; }
  if (state.error) return `The annotation file ${vscode.workspace.asRelativePath(state.file)} cannot be read (${state.error.split(': ').slice(1).join(': ')}); chitieu keeps it as it is. Fix or remove it, then annotate again.`;
  if (vscode.workspace.fs.isWritableFileSystem(state.file.scheme) === false) return `The file system of ${vscode.workspace.asRelativePath(state.file)} is read-only, so annotations cannot be saved there. Copy the corpus to a writable folder to annotate it.`;
  return undefined;
}

/** Says (once per file) that an annotation file cannot be read, and that it is left alone. */
export class CorruptFiles {
  private readonly reported = new Set<string>();
  constructor(private readonly log: Log) {}
  report(state: DocAnnotations): void {
    const msg = `chitieu: the annotation file ${vscode.workspace.asRelativePath(state.file)} cannot be read (${state.error?.split(': ').slice(1).join(': ')}). It is kept as it is and nothing will overwrite it; fix or remove it to annotate ${state.path} again. Other documents are not affected.`;
    this.log.error(msg);
    if (this.reported.has(state.file.toString())) return;
    this.reported.add(state.file.toString());
    void vscode.window.showErrorMessage(msg, 'Open annotation file').then((pick) => {
      if (pick) void vscode.window.showTextDocument(state.file);
    });
  }
  forget(file: vscode.Uri): void { this.reported.delete(file.toString()); }
}

/**
 * Writes atomically (temporary file + rename), after merging another writer's changes; on success
 * the state holds what was written. Throws `CannotSave` (nothing changed) when it cannot.
 */
export async function writeAnnotations(state: DocAnnotations, next: Annotation[], log: Log, corrupt: CorruptFiles): Promise<void> {
  let annotations = next;
  // The merge base is what `next` was made from: taken before reading, as the watcher may take the
  // other writer's file into `state` while we read (then `next` still lacks its changes).
  const [baseText, base, baseDocumentDate] = [state.diskText, state.base, state.baseDocumentDate];
  const onDisk = await readFile(state.file, log);
  if (onDisk !== undefined && onDisk !== baseText) {
    let theirs: AnnotationFile;
    try {
      theirs = parseAnnotationFile(onDisk);
    } catch (e) {
      state.diskText = onDisk;
      state.error = `${vscode.workspace.asRelativePath(state.file)}: ${(e as Error).message}`;
      corrupt.report(state);
      throw new CannotSave(cannotSave(state, state.doc) ?? state.error, state.file);
    }
    const merged = mergeAnnotations(base, annotations, theirs.annotations);
    annotations = merged.annotations;
    state.documentDate = mergeDocumentDate(baseDocumentDate, state.documentDate, theirs.documentDate);
    if (merged.fromTheirs) log.info(`${state.path}: merged ${merged.fromTheirs} change(s) saved by another window${merged.conflicts.length ? `, ${merged.conflicts.length} conflict(s) resolved by the latest change` : ''}`);
  }
  const body = serializeAnnotationFile({ version: 1, document: state.path, documentDate: state.documentDate, annotations, textHash: state.textHash, extra: state.extra });
  const tmp = state.file.with({ path: `${state.file.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(state.file, '..'));
    await vscode.workspace.fs.writeFile(tmp, encoder.encode(body));
    await vscode.workspace.fs.rename(tmp, state.file, { overwrite: true });
  } catch (e) {
    try { await vscode.workspace.fs.delete(tmp); } catch { /* it was never written */ }
    const code = e instanceof vscode.FileSystemError ? e.code : (e as { code?: string }).code ?? '';
    const why = /NoPermissions|EACCES|EPERM|EROFS/.test(`${code} ${(e as Error).message}`)
      ? `it is not writable (${(e as Error).message}); check the permissions of the ${ANNOTATION_DIR} folder or copy the corpus to a writable folder`
      : (e as Error).message;
    throw new CannotSave(`Could not save the annotations of ${state.path} to ${vscode.workspace.asRelativePath(state.file)}: ${why}. Nothing was changed.`, state.file);
  }
  state.annotations = annotations;
  state.base = annotations;
  state.baseDocumentDate = state.documentDate;
  state.diskText = body;
  state.anchorsMoved = false;
  state.anchoredTo = undefined;
}
