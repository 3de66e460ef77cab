/**
 * The researcher's indicator groups (merges and splits, src/annotations/indicatorGroupsFile.ts), kept in
 * `.chitieu/indicator-groups.json` of the first workspace folder, beside the annotations. Read at start
 * and whenever the file changes on disk (another window, git); an edit is applied to what is on disk at
 * that moment and written atomically (a temporary file, then a rename), so nothing another writer saved
 * is lost. A file that does not parse is never overwritten: the groups stay automatic and a message
 * names the file. In Restricted Mode or on a read-only file system, editing says why it cannot.
 */
import * as vscode from 'vscode';
import type { IndicatorGroups } from '../../research/indicatorKey';
import {
  INDICATOR_GROUPS_FILE, IndicatorGroupsFileError, applyGroupEdit, parseIndicatorGroupsFile, sameGroups, serializeIndicatorGroupsFile,
  type GroupEdit, type IndicatorGroupsFile,
} from '../../annotations/indicatorGroupsFile';
import type { Log } from '../platform/log';
import { t } from '../platform/l10n';
import { CannotSave, encoder, readFile } from './annotationFiles';

export class IndicatorGroupsStore implements vscode.Disposable {
  private file: IndicatorGroupsFile = { version: 1, groups: {} };
  private diskText: string | undefined;
  /** Why the file cannot be used (it does not parse); edits are refused while it is set. */
  error: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the groups changed (edited here or on disk). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private reported = false;
  /** Counts writes (read by tests). */
  writes = 0;
  readonly ready: Promise<void>;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${INDICATOR_GROUPS_FILE}`);
    const reload = () => void this.reload();
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload));
    this.ready = this.reload();
  }

  /** The groups as they are now (automatic when there is no file, or it cannot be read). */
  get groups(): IndicatorGroups { return this.error ? {} : this.file.groups; }

  /** Where the file is (the first workspace folder), or undefined without a folder. */
  get uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, INDICATOR_GROUPS_FILE);
  }

  /** Why the groups cannot be edited, or undefined when they can. */
  cannotEdit(): string | undefined {
    const uri = this.uri;
    if (!uri) return t('Open a folder to keep indicator groups: they are stored in its .chitieu folder.');
    if (!vscode.workspace.isTrusted) return t('chitieu does not save indicator groups in Restricted Mode. Trust this folder (Manage Workspace Trust) to edit them.');
    if (this.error) return t('The file {0} cannot be read ({1}); chitieu keeps it as it is. Fix or remove it to edit the groups.', vscode.workspace.asRelativePath(uri), this.error);
    if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return t('The file system of {0} is read-only: indicator groups cannot be saved there.', vscode.workspace.asRelativePath(uri));
    return undefined;
  }

  private take(text: string | undefined): boolean {
    const before = this.groups;
    const hadError = this.error;
    this.diskText = text;
    if (text === undefined) { this.file = { version: 1, groups: {} }; this.error = undefined; }
    else {
      try {
        this.file = parseIndicatorGroupsFile(text);
        this.error = undefined;
        this.reported = false;
      } catch (e) {
        if (!(e instanceof IndicatorGroupsFileError)) throw e;
        this.error = e.message;
        this.report();
      }
    }
    return hadError !== this.error || !sameGroups(before, this.groups);
  }

  private report(): void {
    const uri = this.uri;
    if (!uri || this.reported) return;
    this.reported = true;
    const msg = t('chitieu: the indicator groups file {0} cannot be read ({1}). It is kept as it is; the groups are automatic until it is fixed or removed.', vscode.workspace.asRelativePath(uri), this.error ?? '');
    this.log.error(msg);
    void vscode.window.showErrorMessage(msg, t('Open file')).then((pick) => { if (pick) void vscode.window.showTextDocument(uri); });
  }

  /** Reads the file again (it changed on disk, or the folders changed). */
  async reload(): Promise<void> {
    const uri = this.uri;
    const text = uri ? await readFile(uri, this.log) : undefined;
    if (text !== undefined && text === this.diskText) return; // our own write
    if (this.take(text)) this.changed.fire();
  }

  /** Applies an edit to the groups as they are on disk now, and saves them. Throws `CannotSave` when it cannot (nothing changed). */
  async edit(edit: GroupEdit): Promise<IndicatorGroups> {
    const why = this.cannotEdit();
    const uri = this.uri;
    if (why || !uri) throw new CannotSave(why ?? 'no folder', this.error ? uri : undefined);
    this.take(await readFile(uri, this.log));
    if (this.error) throw new CannotSave(this.cannotEdit() ?? this.error, uri);
    const groups = applyGroupEdit(this.file.groups, edit);
    if (sameGroups(groups, this.file.groups)) return this.groups;
    const body = serializeIndicatorGroupsFile({ ...this.file, groups });
    const tmp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(tmp, encoder.encode(body));
      await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
    } catch (e) {
      try { await vscode.workspace.fs.delete(tmp); } catch { /* never written */ }
      throw new CannotSave(t('Could not save the indicator groups to {0}: {1}. Nothing was changed.', vscode.workspace.asRelativePath(uri), (e as Error).message));
    }
    this.writes++;
    this.file = { ...this.file, groups };
    this.diskText = body;
    this.log.info(`indicator groups: ${edit.kind} saved to ${vscode.workspace.asRelativePath(uri)}`);
    this.changed.fire();
    return groups;
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}
