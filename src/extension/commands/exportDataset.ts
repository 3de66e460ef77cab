/**
 * "Export reviewed data set…": the engine's output merged with the annotations, for the current
 * document or the whole workspace, in any export format (src/export/dataset.ts). Confirmed, edited
 * and added items win; rejected ones are left out or kept and marked, as the person chooses.
 */
import * as vscode from 'vscode';
import type { ReviewedDocument } from '../../annotations/model';
import { DATASET_FORMAT_TEXT, DATASET_FORMATS, type DatasetFormat, renderDataset } from '../../export/dataset';
import { EXPORT_MANIFEST, defaultExportFile, defaultExportFolder, manifestText, parseManifest, planFolderExport, refuseFileExport } from '../../export/exportFolder';
import type { DocumentModel } from '../model/documentModel';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import type { AnnotationStore } from '../model/annotationStore';
import type { IndicatorGroupsStore } from '../model/indicatorGroupsStore';
import { withSourcePositions } from '../../sources/types';
import { isSourceFile, sourceFileUri } from '../platform/sourceUri';
import type { Log } from '../platform/log';
import { t } from '../platform/l10n';
import { announceExport } from './commandKit';
import { mapInLanes } from '../../shared/inLanes';

export interface ExportOptions { format?: DatasetFormat; scope?: 'document' | 'workspace'; rejected?: 'omit' | 'mark'; target?: vscode.Uri }
/** `groups`: the researcher's indicator groups, for the exports' indicator group (automatic without). */
export interface ExportContext { store: AnnotationStore; index: WorkspaceIndex; model: DocumentModel; log: Log; groups?: IndicatorGroupsStore }

/** Documents read and reviewed at once for an export (files read while the engine's workers analyse others). */
export const EXPORT_LANES = 16;

export async function reviewedDocuments(ctx: ExportContext, uris: vscode.Uri[], rejected: 'omit' | 'mark'): Promise<ReviewedDocument[]> {
  const indexed = new Map(ctx.index.documents.map((d) => [d.uri.toString(), d]));
  const docs = await mapInLanes(uris, EXPORT_LANES, async (uri) => {
    const read = await ctx.index.read(uri); // an open editor's text, or the file's (unreadable files are logged)
    if (read === undefined) return undefined;
    // The index's analysis, when it kept the entities (else the text read above is analysed).
    const entry = indexed.get(uri.toString());
    const doc = await ctx.model.reviewedForExport(uri, read, rejected, entry && !entry.withoutEntities ? entry.result : undefined);
    // A PDF's or Word file's items say where they are in it (page, paragraph); its text is converted already (read above).
    const source = isSourceFile(uri) ? await ctx.model.sources.get(uri).catch(() => undefined) : undefined;
    return withSourcePositions(doc, source);
  });
  return docs.filter((d): d is ReviewedDocument => d !== undefined);
}

export async function exportDataset(ctx: ExportContext, opts: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const format = opts.format ?? (await vscode.window.showQuickPick(DATASET_FORMATS.map((f) => ({ label: DATASET_FORMAT_TEXT[f].title, description: t('offsets: {0}', DATASET_FORMAT_TEXT[f].offsets), value: f })), { title: t('chitieu: export the reviewed data set as…') }))?.value;
  if (!format) return undefined;
  const editor = vscode.window.activeTextEditor;
  const scope = opts.scope ?? (editor ? (await vscode.window.showQuickPick([
    { label: t('Every document in the workspace'), value: 'workspace' as const },
    { label: t('This document ({0})', vscode.workspace.asRelativePath(sourceFileUri(editor.document.uri))), value: 'document' as const },
  ], { title: t('Export which documents?') }))?.value : 'workspace');
  if (!scope) return undefined;
  const rejected = opts.rejected ?? (await vscode.window.showQuickPick([
    { label: t('Leave rejected items out'), value: 'omit' as const },
    { label: t('Keep rejected items, marked as rejected'), value: 'mark' as const },
  ], { title: t('Rejected items…') }))?.value;
  if (!rejected) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const now = new Date();
  const ext = DATASET_FORMAT_TEXT[format].extension;
  const proposed = root && vscode.Uri.joinPath(root, format === 'brat' ? defaultExportFolder(format, now) : defaultExportFile(format, ext, now));
  const target = opts.target ?? (format === 'brat'
    ? await vscode.window.showSaveDialog({ title: t('chitieu: a new folder for the brat export'), saveLabel: t('Export brat files into this folder'), defaultUri: proposed })
    : await vscode.window.showSaveDialog({ defaultUri: proposed, filters: { [DATASET_FORMAT_TEXT[format].title]: [ext] } }));
  if (!target) return undefined;
  if (format !== 'brat') {
    const refused = refuseFileExport(vscode.workspace.asRelativePath(target));
    if (refused) { void vscode.window.showErrorMessage(`chitieu: ${refused}`); return undefined; }
  }

  let uris: vscode.Uri[];
  if (scope === 'document' && editor) uris = [sourceFileUri(editor.document.uri)]; // a PDF's text view: the PDF
  else {
    await ctx.index.whenIdle();
    await ctx.store.loadAll();
    const seen = new Map<string, vscode.Uri>();
    for (const d of ctx.index.documents) seen.set(d.uri.toString(), d.uri);
    for (const d of ctx.store.all) if (!d.error) seen.set(d.doc.toString(), d.doc);
    uris = [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }
  const docs = await reviewedDocuments(ctx, uris, rejected);
  await ctx.groups?.ready;
  const data = renderDataset(docs, format, ctx.groups?.groups);
  const enc = new TextEncoder();
  try {
    if ('single' in data) await writeFileAtomically(target, enc.encode(data.single));
    else if ('binary' in data) await writeFileAtomically(target, await data.binary);
    else {
      const refused = await writeExportFolder(ctx, target, data.files, format, now);
      if (refused) {
        const msg = t('chitieu: will not write into {0}: {1}.', vscode.workspace.asRelativePath(target), refused);
        ctx.log.warn(msg);
        const alt = proposed && proposed.toString() !== target.toString() ? t('Export to {0}', vscode.workspace.asRelativePath(proposed)) : undefined;
        // Asked from the dialog: offer the proposed new folder. Called with a target (a script, a test): just say why.
        if (!alt || opts.target) { void vscode.window.showErrorMessage(msg); return undefined; }
        const pick = await vscode.window.showErrorMessage(msg, alt);
        return pick && proposed ? exportDataset(ctx, { format, scope, rejected, target: proposed }) : undefined;
      }
    }
  } catch (e) {
    const msg = t('chitieu: could not write the export to {0} ({1}); nothing was written. Choose a folder you can write to.', target.fsPath, (e as Error).message);
    ctx.log.error(msg);
    void vscode.window.showErrorMessage(msg);
    return undefined;
  }
  const skipped = ctx.store.all.filter((d) => d.error).length;
  const n = docs.reduce((k, d) => k + d.goals.length, 0);
  ctx.log.info(`exported ${docs.length} documents (${format}) to ${target.fsPath}`);
  if (!opts.target) {
    const done = t('chitieu: exported {0} document(s), {1} goals, as {2} to {3}.', docs.length, n, DATASET_FORMAT_TEXT[format].title, vscode.workspace.asRelativePath(target));
    void announceExport(skipped ? `${done} ${t('{0} annotation file(s) could not be read and were left out (see the chitieu log).', skipped)}` : done, target, !('single' in data || 'binary' in data));
  }
  return target;
}

const tmpName = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });

/** Writes under a temporary name, then renames (the temporary file is removed on failure). */
async function writeFileAtomically(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const tmp = tmpName(uri);
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(tmp, bytes);
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    try { await vscode.workspace.fs.delete(tmp); } catch { /* never written */ }
    throw e;
  }
}

/** Every file under `dir`, relative with `/` (the manifest left out); [] when it does not exist. */
async function listFiles(dir: vscode.Uri): Promise<string[] | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(dir);
    if (stat.type !== vscode.FileType.Directory) return undefined;
  } catch { return []; }
  const out: string[] = [];
  const go = async (d: vscode.Uri, rel: string) => {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(d)) {
      const r = rel ? `${rel}/${name}` : name;
      if (type & vscode.FileType.Directory) await go(vscode.Uri.joinPath(d, name), r);
      else if (r !== EXPORT_MANIFEST) out.push(r);
    }
  };
  await go(dir, '');
  return out;
}

/**
 * Writes a folder export (see src/export/exportFolder.ts): refused (the reason returned) when the
 * folder holds files an earlier export did not write; a new folder is built under a temporary name
 * and renamed when complete; an earlier export's folder gets its files under temporary names, then
 * renamed, its stale files removed and its manifest rewritten. The folder never enters the index.
 */
async function writeExportFolder(ctx: ExportContext, dir: vscode.Uri, files: ReadonlyArray<{ path: string; content: string }>, format: string, now: Date): Promise<string | undefined> {
  const existing = await listFiles(dir);
  if (existing === undefined) return 'it is a file, not a folder';
  let manifestText0: string | undefined;
  try { manifestText0 = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, EXPORT_MANIFEST))); } catch { /* none */ }
  const plan = planFolderExport(existing, parseManifest(manifestText0), files.map((f) => f.path));
  if (plan.refuse) return plan.refuse;
  const enc = new TextEncoder();
  const manifest = enc.encode(manifestText(format, files.map((f) => f.path), now));
  ctx.index.excludeFolder(dir);
  if (existing.length === 0 && manifestText0 === undefined) {
    const tmp = tmpName(dir);
    ctx.index.excludeFolder(tmp);
    try {
      for (const f of files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(tmp, f.path), enc.encode(f.content));
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(tmp, EXPORT_MANIFEST), manifest);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(dir, '..'));
      await vscode.workspace.fs.rename(tmp, dir, { overwrite: true });
    } catch (e) {
      try { await vscode.workspace.fs.delete(tmp, { recursive: true }); } catch { /* never written */ }
      throw e;
    }
    return undefined;
  }
  const tmps: vscode.Uri[] = [];
  try {
    for (const f of files) {
      const t = tmpName(vscode.Uri.joinPath(dir, f.path));
      tmps.push(t);
      await vscode.workspace.fs.writeFile(t, enc.encode(f.content));
    }
  } catch (e) {
    for (const t of tmps) try { await vscode.workspace.fs.delete(t); } catch { /* never written */ }
    throw e;
  }
  for (let i = 0; i < files.length; i++) await vscode.workspace.fs.rename(tmps[i], vscode.Uri.joinPath(dir, files[i].path), { overwrite: true });
  for (const stale of plan.remove) try { await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, stale)); } catch { /* already gone */ }
  await writeFileAtomically(vscode.Uri.joinPath(dir, EXPORT_MANIFEST), manifest);
  return undefined;
}
