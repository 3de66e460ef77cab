/**
 * "Export reviewed data set…": the engine's output merged with the annotations, for the current
 * document or the whole workspace, in any export format (src/export/dataset.ts). Confirmed, edited
 * and added items win; rejected ones are left out or kept and marked, as the person chooses.
 */
import * as vscode from 'vscode';
import type { ReviewedDocument } from '../../annotations/model';
import { review } from '../../annotations/review';
import { extract } from '../../engine';
import { DATASET_FORMAT_TEXT, DATASET_FORMATS, type DatasetFormat, renderDataset } from '../../export/dataset';
import type { AnalysisCache } from '../analysis';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { AnnotationStore } from './store';

export interface ExportOptions { format?: DatasetFormat; scope?: 'document' | 'workspace'; rejected?: 'omit' | 'mark'; target?: vscode.Uri }
export interface ExportContext { store: AnnotationStore; index: WorkspaceIndex; cache: AnalysisCache; log: vscode.LogOutputChannel }

export async function reviewedDocuments(ctx: ExportContext, uris: vscode.Uri[], rejected: 'omit' | 'mark'): Promise<ReviewedDocument[]> {
  const out: ReviewedDocument[] = [];
  for (const uri of uris) {
    const read = await ctx.index.read(uri); // an open editor's text, or the file's (unreadable files are logged)
    if (read === undefined) continue;
    const t = typeof read === 'string' ? { text: read, doc: undefined } : { text: read.getText(), doc: read };
    await ctx.store.load(uri);
    const extraction = t.doc ? ctx.cache.get(t.doc).result : ctx.index.documents.find((d) => d.uri.toString() === uri.toString())?.result ?? extract(t.text, ctx.cache.optionsFor(uri));
    const annotations = t.doc ? ctx.store.forDocument(t.doc) : ctx.store.forText(uri, t.text);
    out.push(review({ path: vscode.workspace.asRelativePath(uri), text: t.text, extraction, annotations }, { rejected }));
  }
  return out;
}

export async function exportDataset(ctx: ExportContext, opts: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const format = opts.format ?? (await vscode.window.showQuickPick(DATASET_FORMATS.map((f) => ({ label: DATASET_FORMAT_TEXT[f].title, description: `offsets: ${DATASET_FORMAT_TEXT[f].offsets}`, value: f })), { title: 'chitieu: export the reviewed data set as…' }))?.value;
  if (!format) return undefined;
  const editor = vscode.window.activeTextEditor;
  const scope = opts.scope ?? (editor ? (await vscode.window.showQuickPick([
    { label: 'Every document in the workspace', value: 'workspace' as const },
    { label: `This document (${vscode.workspace.asRelativePath(editor.document.uri)})`, value: 'document' as const },
  ], { title: 'Export which documents?' }))?.value : 'workspace');
  if (!scope) return undefined;
  const rejected = opts.rejected ?? (await vscode.window.showQuickPick([
    { label: 'Leave rejected items out', value: 'omit' as const },
    { label: 'Keep rejected items, marked as rejected', value: 'mark' as const },
  ], { title: 'Rejected items…' }))?.value;
  if (!rejected) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = opts.target ?? (format === 'brat'
    ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export brat files here', defaultUri: root }))?.[0]
    : await vscode.window.showSaveDialog({ defaultUri: root && vscode.Uri.joinPath(root, `chitieu-${format}.${DATASET_FORMAT_TEXT[format].extension}`), filters: { [DATASET_FORMAT_TEXT[format].title]: [DATASET_FORMAT_TEXT[format].extension] } }));
  if (!target) return undefined;

  let uris: vscode.Uri[];
  if (scope === 'document' && editor) uris = [editor.document.uri];
  else {
    await ctx.index.whenIdle();
    await ctx.store.loadAll();
    const seen = new Map<string, vscode.Uri>();
    for (const d of ctx.index.documents) seen.set(d.uri.toString(), d.uri);
    for (const d of ctx.store.all) if (!d.error) seen.set(d.doc.toString(), d.doc);
    uris = [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }
  const docs = await reviewedDocuments(ctx, uris, rejected);
  const data = renderDataset(docs, format);
  const enc = new TextEncoder();
  try {
    if ('single' in data) await vscode.workspace.fs.writeFile(target, enc.encode(data.single));
    else for (const f of data.files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, f.path), enc.encode(f.content));
  } catch (e) {
    const msg = `chitieu: could not write the export to ${target.fsPath} (${(e as Error).message}). Choose a folder you can write to.`;
    ctx.log.error(msg);
    void vscode.window.showErrorMessage(msg);
    return undefined;
  }
  const skipped = ctx.store.all.filter((d) => d.error).length;
  const n = docs.reduce((k, d) => k + d.goals.length, 0);
  ctx.log.info(`exported ${docs.length} documents (${format}) to ${target.fsPath}`);
  if (!opts.target) {
    void vscode.window.showInformationMessage(`chitieu: exported ${docs.length} document${docs.length === 1 ? '' : 's'}, ${n} goals, as ${DATASET_FORMAT_TEXT[format].title} to ${vscode.workspace.asRelativePath(target)}.${skipped ? ` ${skipped} annotation file(s) could not be read and were left out (see the chitieu log).` : ''}`);
  }
  return target;
}
