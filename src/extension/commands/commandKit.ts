/**
 * What every command shares: one command is an object `{ id, execute }`, registered by one manager
 * (`registerAll`), and failures reach the person as one actionable message (`say`).
 */
import * as vscode from 'vscode';
import type { Label } from '../../annotations/model';
import type { ChitieuConfig } from '../platform/config';
import type { Log } from '../platform/log';
import { t } from '../platform/l10n';
import { isSourceFile, openDocumentOf, sourceViewUri } from '../platform/sourceUri';
import type { DocumentModel } from '../model/documentModel';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import { CannotSave } from '../model/annotationStore';
import type { GoalNode, GoalsTreeProvider } from '../views/goalsTree';

/** One command: its id (platform/ids.ts COMMANDS) and what it does. */
export interface ChitieuCommand { id: string; execute(...args: never[]): unknown }

/** What the annotation commands work with. */
export interface AnnotationCommandContext {
  model: DocumentModel;
  tree: GoalsTreeProvider;
  index: WorkspaceIndex;
  config: () => ChitieuConfig;
  log: Log;
  updateView(): void;
  /** The goals view: its selection is what the review keys act on when it has focus. */
  view?: vscode.TreeView<GoalNode>;
}

/** Registers commands; `guard`: failures are said to the person (and logged), the command returns undefined. */
export function registerAll(commands: readonly ChitieuCommand[], log: Log, guard = true): vscode.Disposable[] {
  return commands.map((c) => vscode.commands.registerCommand(c.id, guard ? async (...args: never[]) => {
    try { return await c.execute(...args); } catch (e) { say(e, log); return undefined; }
  } : (...args: never[]) => c.execute(...args)));
}

/** Says why a command failed: a CannotSave offers to open the file at fault. */
export function say(e: unknown, log: Log): void {
  if (e instanceof CannotSave) {
    log.warn(e.message);
    const actions = e.file ? ['Open annotation file'] : [];
    void vscode.window.showErrorMessage(`chitieu: ${e.message}`, ...actions).then((pick) => { if (pick && e.file) void vscode.window.showTextDocument(e.file); });
    return;
  }
  log.error(`annotation command failed: ${(e as Error).stack ?? e}`);
  void vscode.window.showErrorMessage(`chitieu: ${(e as Error).message}`);
}

/** Targets and amounts are one family (an edit may turn one into the other); the other labels each their own. */
export const family = (l: Label) => (l === 'target' || l === 'amount' ? 'amount' : l);

/** The editor document of a document: a PDF or Word file's is its read-only text view. */
export async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return openDocumentOf(uri) ?? vscode.workspace.openTextDocument(isSourceFile(uri) ? sourceViewUri(uri) : uri);
}

/**
 * Says an export is done, with buttons to open what was written (a file in its editor, a folder in
 * the Explorer or the system's file manager) and to reveal it. Resolves to the button picked.
 */
export async function announceExport(message: string, target: vscode.Uri, folder = false): Promise<string | undefined> {
  const open = t('Open'), reveal = t('Reveal');
  const pick = await vscode.window.showInformationMessage(message, ...(folder ? [reveal] : [open, reveal]));
  const inWorkspace = !!vscode.workspace.getWorkspaceFolder(target);
  if (pick === open) await vscode.commands.executeCommand('vscode.open', target);
  else if (pick === reveal) await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', target);
  return pick;
}
