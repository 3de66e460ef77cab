/**
 * The goals table: one webview panel (reused while open) listing every goal of the workspace,
 * reviewed (rejected ones sent marked; the table hides them unless asked). Its page is
 * dist/goalsTable.js + .css (src/webview/goalsTable/), loaded under a strict Content Security
 * Policy (a nonce for the one script, nothing remote, no inline style). The rows follow the
 * workspace index and the annotations. What the page asks is validated here: a row it names must be
 * one this panel sent (its document and span are taken from what was sent, never from the message).
 */
import * as vscode from 'vscode';
import { goalRows, rowsAsTsv, type GoalRow, type TableDocument } from '../../research/goalTable';
import { rowsAsCsv } from '../../research/goalTableCsv';
import { parseWebviewMessage, type ChartRowView, type HostMessage } from '../../webview/goalsTable/protocol';
import type { AnnotationStore } from '../model/annotationStore';
import type { IndicatorGroupsStore } from '../model/indicatorGroupsStore';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import type { Log } from '../platform/log';
import { COMMANDS } from '../platform/ids';
import { currentLang, t } from '../platform/l10n';
import type { PageWords, TableWords } from '../../webview/goalsTable/words';
import type { ReviewedGoal } from '../../annotations/model';
import type { GoalNode, GoalsOf } from './goalsTree';

export const GOALS_TABLE_VIEW_TYPE = 'chitieu.goalsTable';

interface Sent { row: GoalRow; uri: vscode.Uri; goal: ReviewedGoal; index: number }

export class GoalsTablePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  /** The rows last sent, by id: what the page may name. */
  private sent = new Map<string, Sent>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Where "Export shown as CSV" writes (tests replace the save dialog). */
  saveTarget: () => Thenable<vscode.Uri | undefined> = () => vscode.window.showSaveDialog({
    filters: { 'CSV (UTF-8)': ['csv'] },
    defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'chitieu-goals-table.csv') : undefined,
  });
  /** How copied rows reach the clipboard (tests replace it: a headless browser's clipboard may never answer). */
  writeClipboard: (text: string) => Thenable<void> = (text) => vscode.env.clipboard.writeText(text);
  /** How many row messages were posted, and messages from the page ignored as invalid (read by tests). */
  posts = 0;
  rejectedMessages = 0;
  private readonly posted = new vscode.EventEmitter<number>();
  /** Fires with the number of rows each time rows are posted to the page. */
  readonly onDidPostRows = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly store: AnnotationStore,
    private readonly groups: IndicatorGroupsStore,
    private readonly goalsOf: GoalsOf,
    private readonly log: Log,
  ) {
    // Changes come in bursts (indexing, annotate-all): one post per burst, at most every 150 ms (every
    // second when the rows are many: each post sends them all). A hidden table's page is unloaded: it
    // asks for the rows when it is shown again. Indicator groups corrected in the charts regroup the rows.
    const soon = () => {
      if (!this.panel?.visible || this.timer) return;
      this.timer = setTimeout(() => { this.timer = undefined; this.post(); }, this.sent.size > 5000 ? 1000 : 150);
    };
    this.disposables.push(index.onDidChange(soon), store.onDidChange(soon), groups.onDidChange(soon), this.posted, { dispose: () => clearTimeout(this.timer) });
    this.disposables.push(vscode.window.registerWebviewPanelSerializer(GOALS_TABLE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => { this.adopt(panel); },
    }));
  }

  get isOpen(): boolean { return this.panel !== undefined; }
  get webviewPanel(): vscode.WebviewPanel | undefined { return this.panel; }

  /** Opens the table, or brings it to the front when it is open. */
  show(): vscode.WebviewPanel {
    if (this.panel) { this.panel.reveal(); return this.panel; }
    const panel = vscode.window.createWebviewPanel(GOALS_TABLE_VIEW_TYPE, t('Goals table'), vscode.ViewColumn.Active, this.options());
    this.adopt(panel);
    return panel;
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')], enableFindWidget: true };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.webview.options = this.options();
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m) => this.receive(m)),
      panel.onDidDispose(() => { this.panel = undefined; this.sent.clear(); for (const d of this.panelDisposables) d.dispose(); this.panelDisposables = []; }),
    ];
  }

  /** The language changed: the page is loaded again with its words (it keeps its filter, sort and scroll). */
  relocalize(): void {
    if (!this.panel) return;
    this.panel.title = t('Goals table');
    this.panel.webview.html = this.html(this.panel.webview);
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name)).toString();
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="chitieu-words" content="${attribute(JSON.stringify({ lang: currentLang(), words: tableWords() } satisfies PageWords))}">
<link rel="stylesheet" href="${asset('goalsTable.css')}">
<title>${attribute(t('Goals table'))}</title>
</head>
<body>
<script nonce="${nonce}" src="${asset('goalsTable.js')}"></script>
</body>
</html>`;
  }

  /** Every goal of the indexed documents as a row, grouped with the researcher's indicator groups (ids made unique: a goal shared by provinces is one row per province). */
  rows(): { rows: GoalRow[]; uris: Map<string, vscode.Uri>; goals: Map<string, { goal: ReviewedGoal; index: number }> } {
    const docs: Array<TableDocument & { uri: vscode.Uri }> = this.index.documents.map((d) => {
      const reviewed = this.goalsOf(d);
      const text = d.text ?? vscode.workspace.textDocuments.find((x) => x.uri.toString() === d.uri.toString())?.getText() ?? '';
      return {
        uri: d.uri,
        doc: { path: vscode.workspace.asRelativePath(d.uri), text, documentYear: d.result.documentYear, provinces: d.result.provinces, entities: [], goals: reviewed.goals, orphans: reviewed.orphans },
        documentDate: this.store.documentDateOf(d.uri) ?? d.result.documentDate?.date,
      };
    });
    const rows: GoalRow[] = [];
    const uris = new Map<string, vscode.Uri>();
    const goals = new Map<string, { goal: ReviewedGoal; index: number }>();
    const groups = this.groups.groups;
    for (const d of docs) {
      // goalRows makes one row per goal, in the document's order: the k-th row is goals[k].
      goalRows([d], groups).forEach((row, index) => {
        let id = row.id;
        for (let n = 2; uris.has(id); n++) id = `${row.id}~${n}`;
        uris.set(id, d.uri);
        goals.set(id, { goal: d.doc.goals[index], index });
        rows.push(id === row.id ? row : { ...row, id });
      });
    }
    return { rows, uris, goals };
  }

  /** Sends the rows as they are now (when the table is open). */
  post(): void {
    if (!this.panel) return;
    const { rows, uris, goals } = this.rows();
    this.sent = new Map(rows.map((row) => [row.id, { row, uri: uris.get(row.id)!, ...goals.get(row.id)! }]));
    const message: HostMessage = { type: 'rows', rows };
    void this.panel.webview.postMessage(message).then((ok) => {
      if (!ok) return;
      this.posts++;
      this.posted.fire(rows.length);
    });
  }

  /** Whether the page has been sent the row `id` (only those can be acted on). */
  hasSent(id: string): boolean { return this.sent.has(id); }

  /** A message from the page: validated, then done. Public for the in-host tests. */
  async receive(raw: unknown): Promise<boolean> {
    const m = parseWebviewMessage(raw);
    if (!m) { this.rejectedMessages++; this.log.warn('goals table: ignored a message it does not know'); return false; }
    switch (m.type) {
      case 'ready': this.post(); return true;
      case 'open': {
        const s = this.sent.get(m.id);
        if (!s) { this.rejectedMessages++; this.log.warn(`goals table: ignored "open" of a row it did not send (${m.id.slice(0, 100)})`); return false; }
        await this.open(s);
        return true;
      }
      case 'copy':
      case 'exportCsv': {
        const rows = m.ids.map((id) => this.sent.get(id)?.row).filter((r): r is GoalRow => r !== undefined);
        if (rows.length !== m.ids.length) { this.rejectedMessages++; this.log.warn(`goals table: ignored ${m.type} naming rows it did not send`); return false; }
        return m.type === 'copy' ? this.copy(rows) : this.exportCsv(rows);
      }
      case 'chart': {
        const s = this.sent.get(m.id);
        if (!s) { this.rejectedMessages++; this.log.warn(`goals table: ignored "chart" of a row it did not send (${m.id.slice(0, 100)})`); return false; }
        return this.chart(m.view, s);
      }
      case 'review': {
        const sent = m.ids.map((id) => this.sent.get(id));
        if (sent.some((x) => !x)) { this.rejectedMessages++; this.log.warn('goals table: ignored a review of rows it did not send'); return false; }
        return this.review(m.action, sent as Sent[]);
      }
    }
  }

  /** Opens a row's document beside the table (or in the other editor group) with the evidence selected. */
  private async open(s: Sent): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.uri.toString()) ?? await vscode.workspace.openTextDocument(s.uri);
    const column = this.panel?.viewColumn;
    const other = vscode.window.visibleTextEditors.find((e) => e.viewColumn !== undefined && e.viewColumn !== column)?.viewColumn;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: other ?? vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    const [start, end] = s.row.span;
    const sel = new vscode.Selection(doc.positionAt(Math.min(start, doc.getText().length)), doc.positionAt(Math.min(end, doc.getText().length)));
    editor.selection = sel;
    editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** A row it sent as the goals tree's goal node (what the review and chart commands take), or undefined for a row it did not send. */
  goalNode(id: string): Extract<GoalNode, { kind: 'goal' }> | undefined {
    const s = this.sent.get(id);
    return s && { kind: 'goal', uri: s.uri, goal: s.goal, index: s.index, group: '' };
  }

  /** Opens the charts on a row's indicator group: by province (its deadline year), or its province's target changes — the tree's chart commands. */
  private async chart(view: ChartRowView, s: Sent): Promise<boolean> {
    const command = view === 'provinces' ? COMMANDS.chartIndicator : COMMANDS.chartTargetChanges;
    return (await vscode.commands.executeCommand(command, { kind: 'goal', uri: s.uri, goal: s.goal, index: s.index, group: '' })) === true;
  }

  /** Confirms, rejects or edits goals through the review commands (as the tree's buttons do); the rows follow the annotations. */
  private async review(action: 'confirm' | 'reject' | 'edit', rows: Sent[]): Promise<boolean> {
    const command = action === 'confirm' ? COMMANDS.confirm : action === 'reject' ? COMMANDS.reject : COMMANDS.edit;
    for (const s of rows) await vscode.commands.executeCommand(command, { kind: 'goal', uri: s.uri, goal: s.goal, index: s.index, group: '' });
    return true;
  }

  private async copy(rows: GoalRow[]): Promise<boolean> {
    await this.writeClipboard(rowsAsTsv(rows));
    void vscode.window.setStatusBarMessage(t('chitieu: copied {0} goal(s) as TSV', rows.length), 3000);
    return true;
  }

  private async exportCsv(rows: GoalRow[]): Promise<boolean> {
    const uri = await this.saveTarget();
    if (!uri) return false;
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(rowsAsCsv(rows)));
    } catch (e) {
      const msg = t('chitieu: could not write {0} ({1}). Choose a folder you can write to.', uri.fsPath, (e as Error).message);
      this.log.error(msg);
      void vscode.window.showErrorMessage(msg);
      return false;
    }
    this.log.info(`goals table: exported ${rows.length} rows to ${uri.fsPath}`);
    void vscode.window.showInformationMessage(t('chitieu: exported {0} goals to {1}', rows.length, vscode.workspace.asRelativePath(uri)));
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Text as an HTML attribute value (or element text): the five characters HTML gives a meaning escaped. */
export function attribute(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The goals table page's words in the person's language (src/webview/goalsTable/words.ts lists them). */
export function tableWords(): TableWords {
  return {
    filterPlaceholder: t('Filter: words of a province, indicator, evidence (vinh phuc, cum)…'),
    filterLabel: t('Filter goals'),
    showRejected: t('Show rejected'),
    grouping: t('Grouping'),
    noGrouping: t('No grouping'),
    groupByProvince: t('Group by province'),
    groupByIndicator: t('Group by indicator'),
    confirm: t('✓ Confirm'),
    reject: t('✗ Reject'),
    edit: t('✎ Edit…'),
    confirmTitle: t('Confirm the selected goals (or the focused one) (Ctrl+Alt+Y)'),
    rejectTitle: t('Reject the selected goals (or the focused one) (Ctrl+Alt+N)'),
    editTitle: t('Edit the focused goal (Ctrl+Alt+E)'),
    chartIndicator: t('Chart indicator'),
    chartIndicatorTitle: t('Chart the focused goal’s indicator group: targets by province for its deadline year (G)'),
    targetChanges: t('Target changes'),
    targetChangesTitle: t('Chart the focused goal’s province: its indicator group’s targets across documents (T)'),
    copy: t('Copy as TSV'),
    copyTitle: t('Copy the selected rows (or the focused one) as tab-separated values (Ctrl+C)'),
    exportCsv: t('Export shown as CSV…'),
    exportCsvTitle: t('Save every row shown (filter and sort applied) as a CSV file'),
    sortBy: t('Sort by {0} (again: descending)'),
    gridLabel: t('Goals of the workspace'),
    count: t('{0} of {1} goals'),
    rejectedHidden: t('({0} rejected hidden)'),
    selectedCount: t('{0} selected'),
    reading: t('Reading the workspace…'),
    noGoals: t('No goals in this workspace yet.'),
    noMatch: t('No goal matches the filter.'),
    colProvince: t('Province'),
    colUnit2025: t('Unit 2025'),
    colIndicator: t('Indicator'),
    colIndicatorGroup: t('Indicator group'),
    colValue: t('Value'),
    colQualifier: t('Qualifier'),
    colDeadline: t('Deadline'),
    colPeriod: t('Period'),
    colDocument: t('Document'),
    colState: t('Review'),
    stateUnreviewed: t('not reviewed'),
    stateConfirmed: t('✓ confirmed'),
    stateRejected: t('✗ rejected'),
    stateEdited: t('✎ edited'),
    stateManual: t('+ added'),
    qualitative: t('(qualitative)'),
    national: t('Cả nước (national)'),
    allProvinces: t('All provinces'),
    allIndicators: t('All indicator groups'),
    allDeadlines: t('All deadlines'),
    allStates: t('All review states'),
    noDeadline: t('(no deadline)'),
    clearFilters: t('Clear filters'),
    clearFiltersTitle: t('Show every goal again (text and column filters)'),
    valueCount: t('{0} ({1})'),
    keptOfValues: t('{0}: {1} of {2}'),
    filterValuesLabel: t('Goals shown: those with any value ticked (none ticked: every value)'),
    selectAllValues: t('Every value'),
  };
}

function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
