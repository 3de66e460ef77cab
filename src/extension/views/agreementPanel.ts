/**
 * The agreement report (*chitieu: Compare annotations…*): one webview panel (reused) showing, per
 * label and overall, span F1 (exact and overlapping), Cohen's κ and value agreement between two
 * annotators (or two `.chitieu` folders), and every disagreement with a link to its place in the
 * text and two buttons to settle it: taking side A or B writes the chosen annotation, confirmed, by
 * the current annotator and marked as an adjudication, into this workspace's store (another
 * folder is never written, and no side's annotation is changed or removed). The report follows the
 * annotations. Page: dist/agreement.js + .css (src/webview/agreement/), strict CSP with a nonce;
 * what the page sends is validated and names only disagreements this panel sent.
 */
import * as vscode from 'vscode';
import { makeAnchor } from '../../annotations/anchor';
import { LABELS, type Annotation, type Label, type Status } from '../../annotations/model';
import { newAnnotationId } from '../../annotations/storeFormat';
import { adjudicationOf, lineColumn, sameItem, settlementOf } from '../../research/agreementSides';
import type { Disagreement, DisagreementKind, Scores } from '../../research/interAnnotator';
import { parseWebviewMessage, type DisagreementLine, type HostMessage, type ReportWord } from '../../webview/agreement/protocol';
import { compareSource, sideAnnotation, type Comparison, type CompareSource } from '../model/agreementData';
import type { AnnotationStore } from '../model/annotationStore';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import type { Log } from '../platform/log';
import { t } from '../platform/l10n';
import { isSourceFile, openDocumentOf, sourceViewUri } from '../platform/sourceUri';

export const AGREEMENT_VIEW_TYPE = 'chitieu.agreement';

const labelWord = (l: Label): string => ({ target: t('target'), amount: t('amount'), deadline: t('time'), province: t('province'), goal: t('goal') })[l];
const statusWord = (s: Status): string => ({ confirmed: t('confirmed'), rejected: t('rejected'), edited: t('edited'), manual: t('added') })[s];
const kindWord = (k: DisagreementKind): string => ({ 'only-a': t('only A'), 'only-b': t('only B'), decision: t('decision'), value: t('value') })[k];
const score = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));

function words(): Record<ReportWord, string> {
  return {
    scores: t('Scores'), disagreements: t('Disagreements'), none: t('No disagreement: the two sides agree on every item.'),
    where: t('Where'), kind: t('Kind'), label: t('Label'), quote: t('Text'), sideA: 'A', sideB: 'B', adjudicate: t('Adjudicate'),
    takeA: t('Take A'), takeB: t('Take B'),
    takeATitle: t('Keep side A’s annotation: written to this workspace as a confirmed annotation by you (key A on a row)'),
    takeBTitle: t('Keep side B’s annotation: written to this workspace as a confirmed annotation by you (key B on a row)'),
    settled: t('settled'), unsettledOnly: t('Only disagreements not settled yet'), open: t('Open the text at this place'),
  };
}

export class AgreementPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private source: CompareSource | undefined;
  /** The comparison last shown: what the page's indices name. */
  comparison: Comparison | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Reports posted and messages from the page ignored as invalid (read by tests). */
  posts = 0;
  rejectedMessages = 0;
  private readonly posted = new vscode.EventEmitter<Comparison>();
  readonly onDidPost = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: AnnotationStore,
    private readonly index: WorkspaceIndex,
    private readonly annotator: () => string,
    private readonly log: Log,
  ) {
    const soon = () => {
      if (!this.panel || this.timer) return;
      this.timer = setTimeout(() => { this.timer = undefined; void this.refresh(); }, 200);
    };
    this.disposables.push(store.onDidChange(soon), this.posted, { dispose: () => clearTimeout(this.timer) });
  }

  get webviewPanel(): vscode.WebviewPanel | undefined { return this.panel; }

  /** Compares (a folder that is not one throws, with a message for the person) and shows the report. */
  async show(source: CompareSource): Promise<Comparison> {
    const comparison = await compareSource(source, this.store, this.index, (u) => vscode.workspace.asRelativePath(u));
    this.source = source;
    this.comparison = comparison;
    for (const p of comparison.problems) this.log.warn(`compare annotations: ${p}`);
    if (this.panel) this.panel.reveal();
    else this.adopt(vscode.window.createWebviewPanel(AGREEMENT_VIEW_TYPE, t('Annotation agreement'), vscode.ViewColumn.Active, this.options()));
    this.panel!.title = t('Agreement: {0} · {1}', comparison.names.a || t('(no name)'), comparison.names.b || t('(no name)'));
    this.post();
    return comparison;
  }

  /** Compares again (the annotations changed) and sends the report. */
  async refresh(): Promise<void> {
    if (!this.source || !this.panel) return;
    try {
      this.comparison = await compareSource(this.source, this.store, this.index, (u) => vscode.workspace.asRelativePath(u));
    } catch (e) {
      this.log.warn(`compare annotations: ${(e as Error).message}`);
      return;
    }
    this.post();
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')], enableFindWidget: true, retainContextWhenHidden: false };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m) => void this.receive(m)),
      panel.onDidDispose(() => { this.panel = undefined; this.comparison = undefined; this.source = undefined; for (const d of this.panelDisposables) d.dispose(); this.panelDisposables = []; }),
    ];
  }

  private html(webview: vscode.Webview): string {
    const bytes = new Uint8Array(18);
    globalThis.crypto.getRandomValues(bytes);
    const nonce = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name)).toString();
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('agreement.css')}">
<title>Annotation agreement</title>
</head>
<body>
<script nonce="${nonce}" src="${asset('agreement.js')}"></script>
</body>
</html>`;
  }

  /** The report as the page shows it. */
  message(c: Comparison): HostMessage {
    const r = c.report;
    const row = (name: string, s: Scores) => ({ name, cells: [String(s.a), String(s.b), score(s.f1), score(s.f1Overlap), score(s.kappa), String(s.reviewedByBoth), score(s.valueAgreement), String(s.acceptedByBoth)] });
    const nameOf = (n: string) => n || t('(no name)');
    const summary = [
      `A: ${nameOf(c.names.a)}`, `B: ${nameOf(c.names.b)}`,
      t('{0} document(s); F1 on the items each accepted, κ on the items both reviewed, values on the items both accepted with the same label.', r.documents),
    ];
    if (r.unplaced.a || r.unplaced.b) summary.push(t('Not compared (their text is gone, or several places fit): {0} in A, {1} in B.', r.unplaced.a, r.unplaced.b));
    if (c.problems.length) summary.push(t('{0} annotation file(s) could not be read (see the chitieu log).', c.problems.length));
    const disagreements = r.disagreements.map((d): DisagreementLine => {
      const text = c.texts.get(d.document);
      const [line, column] = text === undefined ? [0, 0] : lineColumn(text, d.start);
      const settled = settlementOf(d, c.workspace.get(d.document) ?? [], c.names, {
        a: sideAnnotation(c, 'a', d.document, d.a?.id)?.updated, b: sideAnnotation(c, 'b', d.document, d.b?.id)?.updated,
      });
      const out: DisagreementLine = {
        where: text === undefined ? `${d.document}@${d.start}` : `${d.document}:${line}:${column}`,
        kind: kindWord(d.kind), label: labelWord(d.label), quote: d.quote.replace(/\s+/g, ' '),
        a: this.sideText(d, 'a'), b: this.sideText(d, 'b'), canAdjudicate: c.uris.has(d.document),
      };
      if (settled) { out.settled = settled.side; out.settledText = settled.by ? t('{0} took {1}', settled.by, settled.side.toUpperCase()) : t('{0} taken', settled.side.toUpperCase()); }
      return out;
    });
    return {
      type: 'report', words: words(), heading: t('Agreement between {0} and {1}', nameOf(c.names.a), nameOf(c.names.b)), summary,
      columns: [t('Label'), 'A', 'B', 'F1', t('F1 (overlap)'), 'κ', t('(both reviewed)'), t('Values'), t('(both accepted)')],
      scores: [...LABELS.map((l) => row(labelWord(l), r.labels[l])), row(t('overall'), r.overall)],
      disagreements,
    };
  }

  private sideText(d: Disagreement, which: 'a' | 'b'): string {
    const s = d[which];
    if (!s) return d.kind === 'only-a' || d.kind === 'only-b' ? t('(not annotated)') : '—';
    const fields = (d.fields ?? []).map((k) => `${k} = ${s.attrs[k] ?? '∅'}`).join(', ');
    return `${statusWord(s.status)} ${labelWord(s.label)}${fields ? `: ${fields}` : ''}`;
  }

  private post(): void {
    const c = this.comparison;
    if (!this.panel || !c) return;
    void this.panel.webview.postMessage(this.message(c)).then((ok) => { if (ok) { this.posts++; this.posted.fire(c); } });
  }

  /** A message from the page: validated, then done. Public for the in-host tests. */
  async receive(raw: unknown): Promise<boolean> {
    const m = parseWebviewMessage(raw);
    const c = this.comparison;
    if (!m || (m.type !== 'ready' && !c?.report.disagreements[m.index])) {
      this.rejectedMessages++;
      this.log.warn('agreement report: ignored a message it does not know');
      return false;
    }
    if (m.type === 'ready') { this.post(); return true; }
    const d = c!.report.disagreements[m.index];
    if (m.type === 'open') { await this.open(c!, d); return true; }
    return this.adjudicate(c!, d, m.side);
  }

  private async documentOf(uri: vscode.Uri): Promise<vscode.TextDocument> {
    return openDocumentOf(uri) ?? vscode.workspace.openTextDocument(isSourceFile(uri) ? sourceViewUri(uri) : uri);
  }

  /** Opens the disagreement's document beside the report with its text selected. */
  private async open(c: Comparison, d: Disagreement): Promise<void> {
    const uri = c.uris.get(d.document) ?? c.elsewhere.get(d.document);
    if (!uri) { void vscode.window.showWarningMessage(t('chitieu: {0} is neither in this workspace nor beside the compared annotations.', d.document)); return; }
    const doc = await this.documentOf(uri);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false, preview: true });
    const len = doc.getText().length;
    editor.selection = new vscode.Selection(doc.positionAt(Math.min(d.start, len)), doc.positionAt(Math.min(d.end, len)));
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * Settles a disagreement by taking one side: the chosen annotation, confirmed (rejected when that
   * side rejected the item or did not annotate it), by the current annotator and marked as an
   * adjudication, is added to this workspace's store; an earlier adjudication of the same item
   * between the same sides is replaced. Nothing else changes.
   */
  async adjudicate(c: Comparison, d: Disagreement, side: 'a' | 'b'): Promise<boolean> {
    const uri = c.uris.get(d.document);
    if (!uri) { void vscode.window.showWarningMessage(t('chitieu: {0} is not in this workspace; open the folder that holds it to adjudicate.', d.document)); return false; }
    const doc = await this.documentOf(uri);
    const text = doc.getText();
    if (text.slice(d.start, d.end) !== d.quote) { void vscode.window.showWarningMessage(t('chitieu: the text of “{0}” changed since the comparison; compare again.', d.quote.slice(0, 40))); await this.refresh(); return false; }
    const sides = { a: sideAnnotation(c, 'a', d.document, d.a?.id), b: sideAnnotation(c, 'b', d.document, d.b?.id) };
    const settled = adjudicationOf(d, side, c.names, sides, this.annotator(), new Date().toISOString());
    const a: Annotation = { id: newAnnotationId(), ...makeAnchor(text, settled.start, settled.end), ...settled };
    try {
      await this.store.update(uri, (current) => [
        ...current.filter((x) => !(x.adjudication && sameItem(x, d) && [x.adjudication.chose, x.adjudication.over].sort().join('\n') === [c.names.a, c.names.b].sort().join('\n'))),
        a,
      ], `adjudicate “${d.quote.slice(0, 40)}”`, { text: doc });
    } catch (e) {
      const msg = `chitieu: ${(e as Error).message}`;
      this.log.warn(msg);
      void vscode.window.showErrorMessage(msg);
      return false;
    }
    this.log.info(`adjudicated ${d.document}@${d.start}-${d.end}: took ${side.toUpperCase()} (${side === 'a' ? c.names.a : c.names.b})`);
    await this.refresh();
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
