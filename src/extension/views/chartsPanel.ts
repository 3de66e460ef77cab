/**
 * The charts: one webview panel (reused while open) drawing targets by province for an indicator group
 * and deadline year, and the target changes of a province across documents. Its page is
 * dist/charts.js + .css (src/webview/charts/, Observable Plot drawing SVG), loaded under a strict Content
 * Security Policy (a nonce for the one script, nothing remote, no inline style; images only from the
 * page itself, for the PNG export). The data follow the workspace index, the annotations and the
 * indicator groups. What the page asks is validated here: a goal it names must be one this panel sent,
 * a group edit must name groups or phrases it sent, an export is an SVG text or a PNG and is written
 * where the person chose in the save dialog.
 */
import * as vscode from 'vscode';
import { goalRows, type GoalRow, type TableDocument } from '../../research/goalTable';
import { finalKey, type GroupEdit } from '../../annotations/indicatorGroupsFile';
import { foldText } from '../../research/indicatorKey';
import { targetYear } from '../../research/chartData';
import { parseWebviewMessage, type ChartSelection, type ChartWords, type HostMessage } from '../../webview/charts/protocol';
import type { AnnotationStore } from '../model/annotationStore';
import type { IndicatorGroupsStore } from '../model/indicatorGroupsStore';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import type { Log } from '../platform/log';
import { currentLang, t } from '../platform/l10n';
import type { GoalsOf } from './goalsTree';

export const CHARTS_VIEW_TYPE = 'chitieu.charts';

interface Sent { row: GoalRow; uri: vscode.Uri }

/** The page's words in the language chosen (keys: the English words the page asks for). */
function chartWords(): ChartWords {
  return {
    'Targets by province': t('Targets by province'),
    'Target changes': t('Target changes'),
    'Indicator': t('Indicator'),
    'Deadline year': t('Deadline year'),
    'Province': t('Province'),
    'Unit': t('Unit'),
    'Export SVG…': t('Export SVG…'),
    'Export PNG…': t('Export PNG…'),
    'Indicator groups…': t('Indicator groups…'),
    'National': t('National'),
    'no unit': t('no unit'),
    'no deadline': t('no deadline'),
    'Reading the workspace…': t('Reading the workspace…'),
    'No quantitative goals in this workspace yet.': t('No quantitative goals in this workspace yet.'),
    'No goals for this choice.': t('No goals for this choice.'),
    '{0} goals without a document date are left out (chitieu: Set Document Date).': t('{0} goals without a document date are left out (chitieu: Set Document Date).'),
    'Also in other units: {0}.': t('Also in other units: {0}.'),
    'Target ({0})': t('Target ({0})'),
    'Document date': t('Document date'),
    'Deadline {0}': t('Deadline {0}'),
    '{0} more goals of this province in older documents': t('{0} more goals of this province in older documents'),
    'raised': t('raised'),
    'cut': t('cut'),
    'kept': t('kept'),
    'Phrases in this group': t('Phrases in this group'),
    'Separate': t('Separate'),
    'Give this phrase a group of its own': t('Give this phrase a group of its own'),
    'Merge this group into': t('Merge this group into'),
    'Merge': t('Merge'),
    'Groups merged into this one': t('Groups merged into this one'),
    'Unmerge': t('Unmerge'),
    'Rejoin automatic group': t('Rejoin automatic group'),
    'Separated phrases': t('Separated phrases'),
    'Groups cannot be edited: {0}': t('Groups cannot be edited: {0}'),
    'Corrections are saved in .chitieu/indicator-groups.json.': t('Corrections are saved in .chitieu/indicator-groups.json.'),
    '{0}: click or Enter opens the evidence': t('{0}: click or Enter opens the evidence'),
    'Charts of the workspace goals': t('Charts of the workspace goals'),
    'Chart view': t('Chart view'),
    '{0} provinces': t('{0} provinces'),
    '{0} goals': t('{0} goals'),
  };
}

export class ChartsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  /** The goals last sent, by id: what the page may name. */
  private sent = new Map<string, Sent>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A selection asked for before the page was ready (sent once it asks for its data). */
  private pendingSelection: ChartSelection | undefined;
  /** Where an export is written (tests replace the save dialog). */
  saveTarget: (format: 'svg' | 'png', name: string) => Thenable<vscode.Uri | undefined> = (format, name) => vscode.window.showSaveDialog({
    filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
    defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `${name}.${format}`) : undefined,
  });
  /** The selection last asked for with `show` (read by tests). */
  lastSelection: ChartSelection | undefined;
  /** Data messages posted, messages from the page ignored as invalid, files exported (read by tests). */
  posts = 0;
  rejectedMessages = 0;
  exports = 0;
  private readonly posted = new vscode.EventEmitter<number>();
  /** Fires with the number of goals each time data is posted to the page. */
  readonly onDidPost = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly store: AnnotationStore,
    private readonly groups: IndicatorGroupsStore,
    private readonly goalsOf: GoalsOf,
    private readonly log: Log,
  ) {
    // Changes come in bursts (indexing, annotate-all): one post per burst. A hidden page is unloaded: it asks again when shown.
    const soon = () => {
      if (!this.panel?.visible || this.timer) return;
      this.timer = setTimeout(() => { this.timer = undefined; this.post(); }, this.sent.size > 5000 ? 1000 : 150);
    };
    this.disposables.push(index.onDidChange(soon), store.onDidChange(soon), groups.onDidChange(soon), this.posted, { dispose: () => clearTimeout(this.timer) });
    this.disposables.push(vscode.window.registerWebviewPanelSerializer(CHARTS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => { this.adopt(panel); },
    }));
  }

  get webviewPanel(): vscode.WebviewPanel | undefined { return this.panel; }
  /** The ids of the goals last posted (read by tests). */
  get sentIds(): ReadonlySet<string> { return new Set(this.sent.keys()); }

  /** Opens the charts (or brings them to the front), showing `selection` when given. */
  show(selection?: ChartSelection): vscode.WebviewPanel {
    this.lastSelection = selection;
    if (this.panel) {
      // A visible page gets the selection now; a hidden one (unloaded) when it asks for its data again.
      if (selection && this.panel.visible) void this.panel.webview.postMessage({ type: 'show', selection } satisfies HostMessage);
      else if (selection) this.pendingSelection = selection;
      this.panel.reveal();
      return this.panel;
    }
    if (selection) this.pendingSelection = selection;
    const panel = vscode.window.createWebviewPanel(CHARTS_VIEW_TYPE, t('Charts'), vscode.ViewColumn.Active, this.options());
    this.adopt(panel);
    return panel;
  }

  /** The selection that charts a goal's indicator (by province) or its province's target changes. */
  selectionFor(uri: vscode.Uri, span: readonly [number, number], province: string | null, view: 'provinces' | 'changes'): ChartSelection | undefined {
    const { rows, uris } = this.rows();
    const row = rows.find((r) => r.span[0] === span[0] && r.span[1] === span[1] && r.province === province && uris.get(r.id)?.toString() === uri.toString());
    if (!row) return undefined;
    const year = targetYear(row);
    return view === 'provinces'
      ? { view, group: row.indicatorGroup, ...(year ? { year } : {}), ...(row.unit !== undefined ? { unit: row.unit } : {}) }
      : { view, group: row.indicatorGroup, province: row.province ?? '', ...(row.unit !== undefined ? { unit: row.unit } : {}) };
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')], enableFindWidget: true };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.title = t('Charts');
    panel.webview.options = this.options();
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m) => this.receive(m)),
      panel.onDidDispose(() => { this.panel = undefined; this.sent.clear(); for (const d of this.panelDisposables) d.dispose(); this.panelDisposables = []; }),
    ];
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name)).toString();
    // img-src blob: the PNG export draws the chart's SVG (made by the page) on a canvas.
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource} blob:`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="${currentLang()}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('charts.css')}">
<title>${escapeHtml(t('Charts'))}</title>
</head>
<body>
<script nonce="${nonce}" src="${asset('charts.js')}"></script>
</body>
</html>`;
  }

  /** Every goal of the indexed documents as a row, grouped with the researcher's indicator groups (ids unique). */
  rows(): { rows: GoalRow[]; uris: Map<string, vscode.Uri> } {
    const groups = this.groups.groups;
    const rows: GoalRow[] = [];
    const uris = new Map<string, vscode.Uri>();
    for (const d of this.index.documents) {
      const reviewed = this.goalsOf(d);
      const text = d.text ?? vscode.workspace.textDocuments.find((x) => x.uri.toString() === d.uri.toString())?.getText() ?? '';
      const doc: TableDocument = {
        doc: { path: vscode.workspace.asRelativePath(d.uri), text, documentYear: d.result.documentYear, provinces: d.result.provinces, entities: [], goals: reviewed.goals, orphans: reviewed.orphans },
        documentDate: this.store.documentDateOf(d.uri) ?? d.result.documentDate?.date,
      };
      for (const row of goalRows([doc], groups)) {
        let id = row.id;
        for (let n = 2; uris.has(id); n++) id = `${row.id}~${n}`;
        uris.set(id, d.uri);
        rows.push(id === row.id ? row : { ...row, id });
      }
    }
    return { rows, uris };
  }

  /** Sends the data as they are now (when the charts are open); to a page that just loaded, the selection asked for meanwhile. */
  post(ready = false): void {
    if (!this.panel) return;
    const { rows, uris } = this.rows();
    this.sent = new Map(rows.map((row) => [row.id, { row, uri: uris.get(row.id)! }]));
    const why = this.groups.cannotEdit();
    const message: HostMessage = { type: 'data', rows, groups: this.groups.groups, lang: currentLang(), words: { ...chartWords(), ...(why ? { cannotEdit: why } : {}) }, canEdit: !why };
    const selection = ready ? this.pendingSelection : undefined;
    if (ready) this.pendingSelection = undefined;
    void this.panel.webview.postMessage(message).then((ok) => {
      if (!ok) return;
      if (selection) void this.panel?.webview.postMessage({ type: 'show', selection } satisfies HostMessage);
      this.posts++;
      this.posted.fire(rows.length);
    });
  }

  /** A message from the page: validated, then done. Public for the in-host tests. */
  async receive(raw: unknown): Promise<boolean> {
    const m = parseWebviewMessage(raw);
    if (!m) return this.refuse('ignored a message it does not know');
    switch (m.type) {
      case 'ready': this.post(true); return true;
      case 'open': {
        const s = this.sent.get(m.id);
        if (!s) return this.refuse(`ignored "open" of a goal it did not send (${m.id.slice(0, 100)})`);
        await this.open(s);
        return true;
      }
      case 'export': return this.export(m.format, m.name, m.data);
      case 'editGroups': {
        if (!this.knows(m.edit)) return this.refuse(`ignored a group edit naming groups it did not send (${m.edit.kind})`);
        try {
          await this.groups.edit(m.edit);
        } catch (e) {
          this.log.warn((e as Error).message);
          void vscode.window.showErrorMessage(`chitieu: ${(e as Error).message}`);
          return false;
        }
        this.post();
        return true;
      }
    }
  }

  private refuse(why: string): false {
    this.rejectedMessages++;
    this.log.warn(`charts: ${why}`);
    return false;
  }

  /** Whether an edit names only groups and phrases this panel sent (or merges the researcher made). */
  private knows(edit: GroupEdit): boolean {
    const keys = new Set<string>(), phrases = new Set<string>();
    for (const { row } of this.sent.values()) { keys.add(row.indicatorGroup); phrases.add(foldText(row.indicator)); }
    switch (edit.kind) {
      case 'merge': return keys.has(edit.from) && keys.has(edit.into);
      case 'separate': return phrases.has(foldText(edit.phrase));
      case 'unmerge': return Object.prototype.hasOwnProperty.call(this.groups.groups.merge ?? {}, edit.key) && keys.has(finalKey(this.groups.groups, edit.key));
      case 'rejoin': return (this.groups.groups.split ?? []).includes(foldText(edit.phrase));
    }
  }

  /** Opens a goal's document beside the charts with the evidence selected. */
  private async open(s: Sent): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.uri.toString()) ?? await vscode.workspace.openTextDocument(s.uri);
    const column = this.panel?.viewColumn;
    const other = vscode.window.visibleTextEditors.find((e) => e.viewColumn !== undefined && e.viewColumn !== column)?.viewColumn;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: other ?? vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    const length = doc.getText().length;
    const sel = new vscode.Selection(doc.positionAt(Math.min(s.row.span[0], length)), doc.positionAt(Math.min(s.row.span[1], length)));
    editor.selection = sel;
    editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async export(format: 'svg' | 'png', name: string, data: string): Promise<boolean> {
    const uri = await this.saveTarget(format, name);
    if (!uri) return false;
    const bytes = format === 'svg' ? new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${data}\n`) : base64Bytes(data.slice(data.indexOf(',') + 1));
    try {
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (e) {
      const msg = t('chitieu: could not write {0} ({1}). Choose a folder you can write to.', uri.fsPath, (e as Error).message);
      this.log.error(msg);
      void vscode.window.showErrorMessage(msg);
      return false;
    }
    this.exports++;
    this.log.info(`charts: exported ${format.toUpperCase()} to ${uri.fsPath}`);
    void vscode.window.showInformationMessage(t('chitieu: chart saved to {0}', vscode.workspace.asRelativePath(uri)));
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
