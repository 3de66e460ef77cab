/**
 * *Open as Text with chitieu*: a PDF or Word file opens as a read-only text document (its text view,
 * platform/sourceUri.ts) with highlights, hovers and annotations like any text. From the explorer's
 * context menu and the editor title (the file given), or the palette (the active tab's file, else a
 * pick of the workspace's PDF and Word files). A file that cannot be converted gets a message saying
 * why and what to do; what the conversion lost (a scanned page, images) is said once per file.
 * Opening such a file in VS Code offers this once per file (`SourceOffer`).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../platform/ids';
import { t } from '../platform/l10n';
import type { Log } from '../platform/log';
import { isSourceFile, SOURCE_FILE_GLOB, SOURCE_SCHEME, sourceFileUri, sourceViewUri } from '../platform/sourceUri';
import type { SourceTexts } from '../model/sourceTexts';
import { lossNotice } from '../model/sourceNotices';
import type { ChitieuCommand } from './commandKit';

const OFFERED_KEY = 'chitieu.offeredSourceFiles';

export interface OpenAsTextContext {
  sources: SourceTexts;
  log: Log;
  /** Remembers the files already offered (workspace state). */
  memento: vscode.Memento;
}

/** The URI of a tab's file, when the tab shows one (text, binary or custom editor). */
function tabFile(tab: vscode.Tab | undefined): vscode.Uri | undefined {
  const input = tab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
}

export class SourceOpener {
  /** Files whose losses were said (once per file and session). */
  private readonly noticed = new Set<string>();

  constructor(private readonly ctx: OpenAsTextContext) {}

  /** Opens a PDF or Word file's text view (at `selection`, when given); undefined when it cannot be converted (said to the person). */
  async open(file: vscode.Uri, selection?: [number, number]): Promise<vscode.TextEditor | undefined> {
    file = sourceFileUri(file);
    let text;
    try { text = await this.ctx.sources.get(file); } catch (e) {
      this.failed(file, e as Error);
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(sourceViewUri(file));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    if (selection) {
      editor.selection = new vscode.Selection(doc.positionAt(selection[0]), doc.positionAt(selection[1]));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    const notice = lossNotice(text);
    if (notice && !this.noticed.has(file.toString())) {
      this.noticed.add(file.toString());
      const say = notice.serious ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      const showLog = t('Show log');
      void say(t('chitieu: {0} as text — {1}', name(file), notice.message), showLog).then((pick) => { if (pick === showLog) this.ctx.log.show(true); });
    }
    return editor;
  }

  private failed(file: vscode.Uri, e: Error): void {
    const why = e.name === 'SourceError' ? e.message : `it could not be read (${e.message})`;
    this.ctx.log.error(`${vscode.workspace.asRelativePath(file)}: cannot open it as text: ${why}`);
    const showLog = t('Show log');
    void vscode.window.showErrorMessage(t('chitieu cannot open {0} as text: {1}.', name(file), why), showLog).then((pick) => { if (pick === showLog) this.ctx.log.show(true); });
  }

  /** The file the palette means: the active tab's PDF or Word file (or text view's), else one picked from the workspace. */
  async chooseFile(): Promise<vscode.Uri | undefined> {
    const active = tabFile(vscode.window.tabGroups.activeTabGroup.activeTab) ?? vscode.window.activeTextEditor?.document.uri;
    if (active && (isSourceFile(active) || active.scheme === SOURCE_SCHEME)) return sourceFileUri(active);
    const files = await vscode.workspace.findFiles(SOURCE_FILE_GLOB, '{**/node_modules/**,**/.git/**}');
    if (!files.length) { void vscode.window.showInformationMessage(t('chitieu: this workspace has no PDF or Word (.docx, .doc) files.')); return undefined; }
    const items = files.map((uri) => ({ label: name(uri), description: vscode.workspace.asRelativePath(uri), uri }))
      .sort((a, b) => a.description.localeCompare(b.description));
    return (await vscode.window.showQuickPick(items, { title: t('Open as Text with chitieu'), placeHolder: t('A PDF or Word file of the workspace'), matchOnDescription: true }))?.uri;
  }
}

export function openAsTextCommand(opener: SourceOpener): ChitieuCommand {
  return {
    id: COMMANDS.openAsText,
    async execute(arg?: unknown) {
      const file = arg instanceof vscode.Uri ? arg : await opener.chooseFile();
      return file ? opener.open(file) : undefined;
    },
  };
}

/** Offers *Open as text with chitieu* when a PDF or Word file is opened in a tab — once per file. */
export class SourceOffer implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Files offered in this session (tests read it). */
  readonly offered = new Set<string>();

  constructor(private readonly opener: SourceOpener, private readonly ctx: OpenAsTextContext) {
    this.disposables.push(vscode.window.tabGroups.onDidChangeTabs((e) => { for (const t of [...e.opened, ...e.changed]) this.consider(tabFile(t)); }));
    for (const g of vscode.window.tabGroups.all) for (const t of g.tabs) this.consider(tabFile(t));
  }

  private consider(file: vscode.Uri | undefined): void {
    if (!file || !isSourceFile(file)) return;
    const k = file.toString();
    const before = this.ctx.memento.get<string[]>(OFFERED_KEY, []);
    if (this.offered.has(k) || before.includes(k)) return;
    this.offered.add(k);
    void this.ctx.memento.update(OFFERED_KEY, [...before, k].slice(-500));
    void vscode.window.showInformationMessage(t('chitieu can read {0} as text: highlights, hovers, goals and annotations.', name(file)), t('Open as text with chitieu'))
      .then(async (pick) => {
        if (!pick || !await this.opener.open(file)) return;
        // VS Code's "binary file" tab gives way to the text; a PDF viewer's (custom editor) tab stays.
        const binary = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === file.toString() && !t.isDirty);
        if (binary.length) await vscode.window.tabGroups.close(binary, true);
      });
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}

function name(uri: vscode.Uri): string { return uri.path.split('/').pop() ?? uri.path; }
