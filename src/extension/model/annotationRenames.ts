/**
 * Renaming or moving a document (or a folder of documents) in VS Code moves its annotation files
 * with it, rewritten to name the new path; a move that cannot be done says so and leaves the
 * annotations where they were.
 */
import * as vscode from 'vscode';
import { ANNOTATION_DIR } from '../../annotations/model';
import { annotationPathFor, parseAnnotationFile, serializeAnnotationFile } from '../../annotations/storeFormat';
import type { Log } from '../platform/log';
import { encoder, locate, readFile, type DocAnnotations } from './annotationFiles';

/** What following a rename needs of the store: to hand over what it holds for a document. */
export interface RenameTarget {
  detach(doc: vscode.Uri): DocAnnotations | undefined;
  attach(doc: vscode.Uri, state: DocAnnotations): void;
  load(doc: vscode.Uri): Promise<unknown>;
  notify(doc: vscode.Uri): void;
}

export class AnnotationRenames implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: RenameTarget, private readonly log: Log) {
    this.subscription = vscode.workspace.onDidRenameFiles((e) => void this.onRename(e));
  }

  private async onRename(e: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of e.files) {
      const from = locate(oldUri), to = locate(newUri);
      if ('reason' in from || 'reason' in to) continue;
      // A document, or a folder of documents: every annotation file at or under the old path moves.
      const moves: Array<[vscode.Uri, vscode.Uri]> = [];
      const single = vscode.Uri.joinPath(from.folder.uri, annotationPathFor(from.path));
      if (await readFile(single, this.log) !== undefined) moves.push([oldUri, newUri]);
      else {
        const dir = vscode.Uri.joinPath(from.folder.uri, ANNOTATION_DIR, from.path);
        const files = await vscode.workspace.findFiles(new vscode.RelativePattern(dir, '**/*.json'));
        for (const f of files) {
          const rel = f.path.slice(dir.path.length + 1, -5);
          moves.push([vscode.Uri.joinPath(oldUri, rel), vscode.Uri.joinPath(newUri, rel)]);
        }
      }
      for (const [a, b] of moves) await this.move(a, b);
    }
  }

  private async move(oldDoc: vscode.Uri, newDoc: vscode.Uri): Promise<void> {
    const from = locate(oldDoc), to = locate(newDoc);
    if ('reason' in from || 'reason' in to) return;
    const text = await readFile(from.file, this.log);
    if (text === undefined) return;
    const held = this.store.detach(oldDoc);
    let body = text;
    try {
      const parsed = parseAnnotationFile(text);
      body = serializeAnnotationFile({ ...parsed, document: to.path });
    } catch { /* a broken file moves as it is, still broken and still named in messages */ }
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to.file, '..'));
      if (await readFile(to.file, this.log) !== undefined) {
        this.log.warn(`${vscode.workspace.asRelativePath(to.file)} already exists; the annotations of ${from.path} stay in ${vscode.workspace.asRelativePath(from.file)}`);
        return;
      }
      const tmp = to.file.with({ path: `${to.file.path}.${Date.now().toString(36)}.tmp` });
      await vscode.workspace.fs.writeFile(tmp, encoder.encode(body));
      await vscode.workspace.fs.rename(tmp, to.file, { overwrite: false });
      await vscode.workspace.fs.delete(from.file);
      this.log.info(`moved annotations ${vscode.workspace.asRelativePath(from.file)} → ${vscode.workspace.asRelativePath(to.file)}`);
    } catch (e) {
      this.log.error(`could not move the annotations of ${from.path} to ${to.path}: ${(e as Error).message}`);
      void vscode.window.showWarningMessage(`chitieu: the annotations of ${from.path} could not follow it to ${to.path} (${(e as Error).message}); they are still in ${vscode.workspace.asRelativePath(from.file)}.`);
      if (held) this.store.attach(oldDoc, held);
      return;
    }
    if (held) void this.store.load(newDoc).then(() => this.store.notify(newDoc));
    this.store.notify(oldDoc);
  }
  dispose(): void { this.subscription.dispose(); }
}
