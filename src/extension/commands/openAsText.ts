/**
 * *Open as Text with chitieu*: a PDF or Word file opens as a read-only text document (its text view,
 * platform/sourceUri.ts) with highlights, hovers and annotations like any text. From the explorer's
 * context menu and the editor title (the file given), or the palette (the active tab's file, else a
 * pick of the workspace's PDF and Word files). A file that cannot be converted gets a message saying
 * why and what to do; what the conversion lost (a scanned page, images) is said once per file.
 * Opening such a file in VS Code offers this once per file (`SourceOffer`).
 *
 * A text file in a legacy encoding (TCVN3, VNI, VISCII, Windows-1258, UTF-16) opens through the same
 * text view, converted, with a notice naming the encoding and how sure its detection is
 * (`LegacyTextSwitch`: when VS Code shows such a file garbled, a sure one is shown converted in its
 * place and an unsure one is offered, as `chitieu.legacyText` says; an ambiguous one gets a message
 * naming the candidates).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../platform/ids';
import { t } from '../platform/l10n';
import type { Log } from '../platform/log';
import { ENCODING_LABEL } from '../../sources/encodings/detect';
import type { SourceError, SourceText } from '../../sources/types';
import type { ChitieuConfig } from '../platform/config';
import { isLegacyText, isSourceFile, isSourcePath, isTextPath, SOURCE_FILE_GLOB, SOURCE_SCHEME, sourceFileUri, sourceViewUri } from '../platform/sourceUri';
import type { SourceTexts } from '../model/sourceTexts';
import { legacyTextAction, lossNotice } from '../model/sourceNotices';
import type { ChitieuCommand } from './commandKit';

const OFFERED_KEY = 'chitieu.offeredSourceFiles';

/** "TCVN3 (TCVN 5712, ABC), 97% sure" */
function encodingSaid(t0: SourceText): string {
  const e = t0.encoding!;
  if (e.given) return t('{0} (as you chose)', ENCODING_LABEL[e.name]);
  return t('{0} ({1}% sure)', ENCODING_LABEL[e.name], Math.round(e.confidence * 100));
}

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
  /** Files whose losses (or, for text, encoding) were said (once per file and session). */
  private readonly noticed = new Set<string>();
  /** Legacy text files the person chose to see as saved (garbled): not switched again this session. */
  readonly asSaved = new Set<string>();

  constructor(private readonly ctx: OpenAsTextContext) {}

  /**
   * Opens a PDF or Word file's text view, or a legacy-encoded text file's (at `selection`, when
   * given); undefined when it cannot be converted (said to the person). A text file that reads as
   * UTF-8 opens as itself.
   */
  async open(file: vscode.Uri, selection?: [number, number], column?: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
    file = sourceFileUri(file);
    let text;
    try { text = await this.ctx.sources.get(file); } catch (e) {
      this.failed(file, e as Error);
      return undefined;
    }
    // A text file goes through its view only when VS Code cannot show it (sourceTexts.ts marks it): not UTF-8, nor UTF-16 with a BOM.
    const legacy = text.format === 'text' && isLegacyText(file);
    if (text.format === 'text' && !legacy) return vscode.window.showTextDocument(file, { preview: false, viewColumn: column });
    const doc = await vscode.workspace.openTextDocument(sourceViewUri(file));
    const editor = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: column });
    if (selection) {
      editor.selection = new vscode.Selection(doc.positionAt(selection[0]), doc.positionAt(selection[1]));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    if (legacy) { this.legacyNotice(file, text); return editor; }
    const notice = lossNotice(text);
    if (notice && !this.noticed.has(file.toString())) {
      this.noticed.add(file.toString());
      const say = notice.serious ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      const showLog = t('Show log');
      void say(t('chitieu: {0} as text — {1}', name(file), notice.message), showLog).then((pick) => { if (pick === showLog) this.ctx.log.show(true); });
    }
    return editor;
  }

  /** Says, once per file, which encoding a text file was read in; offers the UTF-8 copy, or the file as saved. */
  private legacyNotice(file: vscode.Uri, text: SourceText): void {
    const k = file.toString();
    if (this.noticed.has(k)) return;
    this.noticed.add(k);
    const save = t('Save UTF-8 copy…'), raw = t('Show as saved'), other = t('Reopen with Encoding…');
    void vscode.window.showInformationMessage(t('chitieu: {0} is in {1}, not UTF-8: shown converted, read-only. Highlights, goals and annotations belong to {0}.', name(file), encodingSaid(text)), save, other, raw)
      .then(async (pick) => {
        if (pick === save) await vscode.commands.executeCommand(COMMANDS.saveAsUtf8, file);
        else if (pick === other) await vscode.commands.executeCommand(COMMANDS.reopenWithEncoding, file);
        else if (pick === raw) { this.asSaved.add(k); await vscode.window.showTextDocument(file, { preview: false }); }
      });
  }

  /** The converted view in the garbled tab's place (that tab closes unless it has unsaved changes). */
  async openInPlace(file: vscode.Uri): Promise<vscode.TextEditor | undefined> {
    const k = file.toString();
    const garbled = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === k && !tab.isDirty);
    const editor = await this.open(file, undefined, garbled[0]?.group.viewColumn);
    if (editor && garbled.length) await vscode.window.tabGroups.close(garbled, true);
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
    if (active && (isSourceFile(active) || active.scheme === SOURCE_SCHEME || isTextPath(active.path))) return sourceFileUri(active);
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
    if (!file || !isSourceFile(file) || !isSourcePath(file.path)) return; // legacy text: LegacyTextSwitch
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

/**
 * A text file VS Code shows garbled (it read it as UTF-8, and it is not): with `chitieu.legacyText`
 * `open`, one whose encoding is sure (sourceNotices.ts SURE_ENCODING) is shown converted in its place (the notice
 * names the encoding); an unsure one, or any with `ask`, is offered; one whose encoding cannot be
 * told gets a message naming the candidates. Once per file and session.
 */
export class LegacyTextSwitch implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Files looked at in this session, with what was done (tests read it). */
  readonly considered = new Map<string, 'switched' | 'offered' | 'ambiguous' | 'left'>();

  constructor(private readonly opener: SourceOpener, private readonly sources: SourceTexts, private readonly config: () => ChitieuConfig, private readonly log: Log) {
    this.disposables.push(vscode.window.onDidChangeVisibleTextEditors((editors) => { for (const e of editors) void this.consider(e.document); }));
    for (const e of vscode.window.visibleTextEditors) void this.consider(e.document);
  }

  private async consider(doc: vscode.TextDocument): Promise<void> {
    const file = doc.uri, k = file.toString();
    if ((file.scheme !== 'file' && file.scheme !== 'vscode-remote') || !isTextPath(file.path)) return;
    if (this.considered.has(k) || this.opener.asSaved.has(k) || doc.isDirty) return;
    const mode = this.config().legacyText;
    if (mode === 'off' || (!doc.getText().includes('\uFFFD') && !isLegacyText(file))) return;
    this.considered.set(k, 'left');
    let text: SourceText;
    try { text = await this.sources.get(file); } catch (e) {
      const err = e as SourceError;
      // Not Vietnamese in any encoding: not chitieu's business (logged). Ambiguous: the person should know.
      this.log.info(`${vscode.workspace.asRelativePath(file)}: not shown converted, ${err.message}`);
      if (err.problem !== 'ambiguous') return;
      this.considered.set(k, 'ambiguous');
      const showLog = t('Show log'), choose = t('Reopen with Encoding…');
      void vscode.window.showWarningMessage(t('chitieu: {0}: {1}.', name(file), err.message), choose, showLog).then(async (pick) => {
        if (pick === showLog) this.log.show(true);
        else if (pick === choose) await vscode.commands.executeCommand(COMMANDS.reopenWithEncoding, file);
      });
      return;
    }
    const action = legacyTextAction(text, mode);
    if (action === 'none') return;
    if (action === 'switch') {
      this.considered.set(k, 'switched');
      await this.switchTo(file);
      return;
    }
    this.considered.set(k, 'offered');
    const show = t('Show converted'), save = t('Save UTF-8 copy…');
    const pick = await vscode.window.showInformationMessage(t('chitieu: {0} is not UTF-8; it reads as Vietnamese in {1}. Show it converted (read-only)?', name(file), encodingSaid(text)), show, save);
    if (pick === show) await this.switchTo(file);
    else if (pick === save) await vscode.commands.executeCommand(COMMANDS.saveAsUtf8, file);
  }

  private async switchTo(file: vscode.Uri): Promise<void> { await this.opener.openInPlace(file); }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}

function name(uri: vscode.Uri): string { return uri.path.split('/').pop() ?? uri.path; }
