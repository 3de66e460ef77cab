/** chitieu's commands: toggles, tree actions, export, reveal/copy/open goal. */
import * as vscode from 'vscode';
import { CONFIG_SECTION, COMMANDS, GOALS_VIEW, type Category } from '../platform/ids';
import { HIGHLIGHT_SETTING, type ChitieuConfig } from '../platform/config';
import { currentLang, t } from '../platform/l10n';
import type { Log } from '../platform/log';
import { openDocumentOf } from '../platform/sourceUri';
import { announceExport, openDocument } from './commandKit';
import type { DocumentModel } from '../model/documentModel';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import type { GoalsTreeProvider, GoalNode, Grouping } from '../views/goalsTree';
import { goalSummary } from '../../format';
import { toCsv, toJson, type DocumentResult } from '../../export/formats';
import type { Extraction } from '../../engine';
import { mapInLanes } from '../../shared/inLanes';
import { EXPORT_LANES } from './exportDataset';

export interface CommandContext {
  config: () => ChitieuConfig;
  tree: GoalsTreeProvider;
  view: vscode.TreeView<GoalNode>;
  index: WorkspaceIndex;
  model: DocumentModel;
  log: Log;
  updateView(): void;
}

async function toggle(cat: Category, config: () => ChitieuConfig): Promise<boolean> {
  const next = !config().highlight[cat];
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(CONFIG_SECTION).update(HIGHLIGHT_SETTING[cat], next, target);
  return next;
}

/** An indexed document as the exports write it: its path in the workspace and a result. */
const exported = (uri: vscode.Uri, result: Extraction): DocumentResult => ({ path: vscode.workspace.asRelativePath(uri), ...result });

/**
 * The indexed documents with their entities: those the index kept only the goals of are read and
 * analysed again, a few at a time (the workers analyse while the next files are read), with progress.
 */
function exportDocuments(index: WorkspaceIndex): Thenable<DocumentResult[]> {
  const docs = index.documents;
  const title = t('chitieu: reading the documents for the export…');
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, (progress) => {
    let done = 0;
    return mapInLanes(docs, EXPORT_LANES, async (d) => {
      const result = await index.withEntities(d);
      if (++done % 500 === 0) progress.report({ message: `${done} / ${docs.length}` });
      return exported(d.uri, result);
    });
  });
}

async function exportTo(ctx: CommandContext, kind: 'json' | 'csv', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  await ctx.index.whenIdle();
  const uri = target ?? await vscode.window.showSaveDialog({
    filters: kind === 'json' ? { 'chitieu JSON': ['json'] } : { 'CSV (UTF-8)': ['csv'] },
    defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `chitieu-goals.${kind}`) : undefined,
  });
  if (!uri) return undefined;
  const docs = kind === 'json' ? await exportDocuments(ctx.index) : ctx.index.documents.map((d) => exported(d.uri, d.result));
  const body = kind === 'json' ? toJson(docs) : toCsv(docs);
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(body));
  } catch (e) {
    const msg = t('chitieu: could not write {0} ({1}). Choose a folder you can write to.', uri.fsPath, (e as Error).message);
    ctx.log.error(msg);
    void vscode.window.showErrorMessage(msg);
    return undefined;
  }
  ctx.log.info(`exported ${docs.length} documents to ${uri.fsPath}`);
  if (!target) void announceExport(t('chitieu: exported {0} goals to {1}', docs.reduce((n, d) => n + d.goals.length, 0), vscode.workspace.asRelativePath(uri)), uri);
  return uri;
}

async function openGoal(uri: string, span: [number, number]): Promise<vscode.TextEditor> {
  const doc = await openDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc, { preview: true });
  const sel = new vscode.Selection(doc.positionAt(span[0]), doc.positionAt(span[1]));
  editor.selection = sel;
  editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  const setGrouping = (g: Grouping) => { ctx.tree.grouping = g; ctx.tree.rebuild(); ctx.updateView(); };
  const reg = vscode.commands.registerCommand;
  return [
    reg(COMMANDS.toggleTargets, () => toggle('targets', ctx.config)),
    reg(COMMANDS.toggleAmounts, () => toggle('amounts', ctx.config)),
    reg(COMMANDS.toggleDeadlines, () => toggle('deadlines', ctx.config)),
    reg(COMMANDS.toggleProvinces, () => toggle('provinces', ctx.config)),
    reg(COMMANDS.refresh, () => ctx.index.refresh()),
    reg(COMMANDS.groupByProvince, () => setGrouping('province')),
    reg(COMMANDS.groupByYear, () => setGrouping('year')),
    reg(COMMANDS.groupByDocument, () => setGrouping('document')),
    reg(COMMANDS.filter, async (text?: string) => {
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({ prompt: t('Show goals whose indicator, evidence or province contains…'), value: ctx.tree.filter });
      if (value === undefined) return;
      ctx.tree.filter = value.trim();
      ctx.tree.rebuild();
      ctx.updateView();
    }),
    reg(COMMANDS.clearFilter, () => { ctx.tree.filter = ''; ctx.tree.rebuild(); ctx.updateView(); }),
    reg(COMMANDS.collapseAll, () => vscode.commands.executeCommand(`workbench.actions.treeView.${GOALS_VIEW}.collapseAll`)),
    reg(COMMANDS.exportJson, (target?: vscode.Uri) => exportTo(ctx, 'json', target instanceof vscode.Uri ? target : undefined)),
    reg(COMMANDS.exportCsv, (target?: vscode.Uri) => exportTo(ctx, 'csv', target instanceof vscode.Uri ? target : undefined)),
    reg(COMMANDS.openGoal, (uri: string, span: [number, number]) => openGoal(uri, span)),
    reg(COMMANDS.focusGoals, () => vscode.commands.executeCommand(`${GOALS_VIEW}.focus`)),
    reg(COMMANDS.revealGoal, async (uri: string, index: number) => {
      await ctx.index.whenIdle();
      let node = ctx.tree.findGoal(uri, index);
      if (!node) { await ctx.index.indexOne(vscode.Uri.parse(uri)); ctx.tree.rebuild(); node = ctx.tree.findGoal(uri, index); }
      if (!node) { void vscode.window.showWarningMessage(t('chitieu: this goal is not in the goals tree (is the file inside the workspace and matched by chitieu.workspace.include?)')); return false; }
      await ctx.view.reveal(node, { select: true, focus: true, expand: true });
      return true;
    }),
    reg(COMMANDS.copyGoal, async (arg: string | GoalNode, index?: number) => {
      let goal;
      if (typeof arg === 'string') {
        const doc = openDocumentOf(vscode.Uri.parse(arg));
        const indexed = ctx.index.documents.find((d) => d.uri.toString() === arg);
        goal = doc ? (await ctx.model.reviewed(doc)).goals[index ?? -1] : indexed ? ctx.model.goalsOf(indexed).goals[index ?? -1] : undefined;
      } else if (arg && (arg.kind === 'goal' || arg.kind === 'evidence')) goal = arg.goal;
      if (!goal) return undefined;
      const text = `${goal.province ?? ''}\t${goalSummary(goal, currentLang())}\t“${goal.evidence.replace(/\s+/g, ' ')}”`;
      await vscode.env.clipboard.writeText(text);
      return text;
    }),
  ];
}
