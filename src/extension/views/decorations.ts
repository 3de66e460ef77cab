/**
 * Highlights: targets (amounts to be reached), other amounts, time expressions and provinces, each
 * with its own decoration type and theme colour, marks in the overview ruler, re-drawn whenever the
 * document model has a new reviewed analysis of the document (after an edit, once the model's debounce
 * and its worker are done). Very large documents are decorated around their visible ranges.
 */
import * as vscode from 'vscode';
import type { DocumentModel } from '../model/documentModel';
import { isCandidate } from '../platform/documents';
import type { Log } from '../platform/log';
import type { ChitieuConfig } from '../platform/config';
import { COLORS, type Category, CATEGORIES } from '../platform/ids';
import type { Label, Status } from '../../annotations/model';
import { entityLabel } from '../../annotations/review';
import type { Entity } from '../../engine';
import type { DocumentAnalysis } from '../model/documentModel';
import { STATUSES } from '../../annotations/model';

/** An item as highlights draw it (a reviewed entity, or an engine entity of a document with no annotations). */
interface DrawnItem { label: Exclude<Label, 'goal'>; span: readonly [number, number]; state: Status | 'unreviewed' }
const VISIBLE_ONLY_ABOVE = 20_000; // entities; above this, decorate visible ranges (± a margin) only
const MARGIN_LINES = 200;

function makeTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(id);
  return {
    targets: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.target), border: '1px solid', borderColor: color(COLORS.targetBorder), borderRadius: '2px',
      fontWeight: 'bold', overviewRulerColor: color(COLORS.rulerTarget), overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    amounts: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.amount), borderRadius: '2px',
      overviewRulerColor: color(COLORS.rulerAmount), overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    deadlines: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.deadline), textDecoration: 'underline dotted',
      overviewRulerColor: color(COLORS.rulerDeadline), overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    provinces: vscode.window.createTextEditorDecorationType({ backgroundColor: color(COLORS.province), fontStyle: 'italic' }),
  };
}

/** How reviewed items look, over their category's highlight: a mark after them, a border, or struck out. */
function makeReviewTypes(): Record<Status, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(id);
  const mark = (text: string, c: string) => ({ contentText: text, color: color(c), margin: '0 0 0 1px', fontWeight: 'bold' });
  return {
    confirmed: vscode.window.createTextEditorDecorationType({ after: mark('✓', COLORS.confirmed) }),
    rejected: vscode.window.createTextEditorDecorationType({
      textDecoration: 'line-through', opacity: '0.65', after: mark('✗', COLORS.rejected),
    }),
    edited: vscode.window.createTextEditorDecorationType({
      border: '1px dashed', borderColor: color(COLORS.edited), borderRadius: '2px', after: mark('✎', COLORS.edited),
    }),
    manual: vscode.window.createTextEditorDecorationType({
      border: '1px dotted', borderColor: color(COLORS.manual), borderRadius: '2px', after: mark('+', COLORS.manual),
    }),
  };
}

const CATEGORY_OF: Record<Exclude<Label, 'goal'>, Category> = { target: 'targets', amount: 'amounts', deadline: 'deadlines', province: 'provinces' };

export type AppliedRanges = Record<Category, vscode.Range[]> & { review: Record<Status, vscode.Range[]> };

export class DecorationController implements vscode.Disposable {
  private readonly types = makeTypes();
  private readonly reviewTypes = makeReviewTypes();
  private readonly disposables: vscode.Disposable[] = [];
  /** The items of a document with no annotations, per engine result. */
  private readonly unreviewedItems = new WeakMap<object, readonly DrawnItem[]>();
  /** The ranges last applied, per editor document and category (read by tests and the bench). */
  readonly applied = new Map<string, AppliedRanges>();
  /** What each editor was last drawn from: a draw of the same items again sets nothing (see `draw`). */
  private readonly lastDrawn = new WeakMap<vscode.TextEditor, DrawnFrom>();
  /** Draws that found the editor already showing the same items, and set nothing (tests count them). */
  unchangedDraws = 0;

  constructor(private readonly model: DocumentModel, private config: () => ChitieuConfig, private readonly log: Log) {
    this.disposables.push(
      model.onDidChange((uri) => this.drawDocument(uri)),
      model.onDidChangeProvisional((uri) => this.drawDocument(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if ((this.model.forHighlights(e.textEditor.document)?.result.entities.length ?? 0) > VISIBLE_ONLY_ABOVE) this.draw(e.textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.applied.delete(d.uri.toString())),
    );
  }

  /** Draws every visible editor from its analysis, asking the model for those it has not analysed yet. */
  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      if (this.model.forHighlights(doc) || !isCandidate(doc)) {
        this.draw(editor);
        // A large document read ahead from its head as it opened, shown elsewhere: that part is read too.
        if (isCandidate(doc) && !this.model.current(doc)) this.model.showing(doc);
      } else { void this.model.analyse(doc); this.model.showing(doc); } // its change events draw it
    }
  }

  /** The decorations of an editor for its document's current version, once the model has analysed it. */
  async apply(editor: vscode.TextEditor): Promise<AppliedRanges> {
    await this.model.analyse(editor.document);
    return this.draw(editor);
  }

  /**
   * The editor's first highlights for its document's current version: for a large document, those of
   * the part it shows (drawn before the whole is analysed); otherwise all of them.
   */
  firstDrawn(editor: vscode.TextEditor): Promise<AppliedRanges> {
    const doc = editor.document;
    if (this.model.forHighlights(doc)) return Promise.resolve(this.draw(editor));
    return new Promise((resolve) => {
      const version = doc.version;
      const done = (ranges: AppliedRanges) => { listener.dispose(); resolve(ranges); };
      const listener = this.drawn.event(({ editor: e, ranges, version: v }) => { if (e.document === doc && v === version) done(ranges); });
      void this.model.analyse(doc).then(() => { if (doc.version === version) done(this.draw(editor)); }, () => done(this.draw(editor)));
    });
  }

  private readonly drawn = new vscode.EventEmitter<{ editor: vscode.TextEditor; version: number; ranges: AppliedRanges }>();

  private drawDocument(uri: vscode.Uri): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.draw(e);
  }

  /** Draws an editor from the model's analysis (when it has none yet, what is drawn stays); `force`: even the same items again. */
  draw(editor: vscode.TextEditor, force = false): AppliedRanges {
    const doc = editor.document;
    const analysis = this.model.forHighlights(doc);
    const ranges: AppliedRanges = { targets: [], amounts: [], deadlines: [], provinces: [], review: { confirmed: [], rejected: [], edited: [], manual: [] } };
    if (!analysis && isCandidate(doc)) return this.applied.get(doc.uri.toString()) ?? ranges;
    const items = analysis?.vietnamese ? this.drawnItems(doc, analysis) : [];
    const window = this.windowOf(editor, items.length);
    const from: DrawnFrom = { version: doc.version, items, window, enabled: JSON.stringify(this.config().highlight) };
    // The whole analysis after a large document's provisional one usually finds the same items at the
    // same places: its thousands of ranges are not made and sent to the window again.
    const last = this.lastDrawn.get(editor);
    if (!force && last?.ranges && sameDraw(last, from)) {
      const drawn = last.ranges;
      this.unchangedDraws++;
      this.lastDrawn.set(editor, { ...from, ranges: drawn });
      if (analysis) this.drawn.fire({ editor, version: analysis.version, ranges: drawn });
      return drawn;
    }
    this.collect(editor, items, window, ranges);
    for (const c of CATEGORIES) editor.setDecorations(this.types[c], ranges[c]);
    for (const st of STATUSES) editor.setDecorations(this.reviewTypes[st], ranges.review[st]);
    this.applied.set(doc.uri.toString(), ranges);
    this.lastDrawn.set(editor, { ...from, ranges });
    if (analysis) this.drawn.fire({ editor, version: analysis.version, ranges });
    return ranges;
  }

  /**
   * What highlights need of each item: its label, span and review state. A document with no
   * annotations is drawn straight from the engine's entities (each unreviewed, labelled as the review
   * would label it): after an edit of a large document its thousands of items are not reviewed first
   * (a review that changes nothing took 40–120 ms of a 1 MB document's re-highlight). Otherwise, the
   * reviewed document's items.
   */
  private drawnItems(doc: vscode.TextDocument, analysis: DocumentAnalysis): readonly DrawnItem[] {
    if (this.model.annotated(doc)) return this.model.reviewedOf(doc, analysis).entities;
    // Made once per engine result (a draw per scroll or edit of a large document made its thousands again).
    let items = this.unreviewedItems.get(analysis.result);
    if (!items) { items = unreviewedItems(analysis.result.entities); this.unreviewedItems.set(analysis.result, items); }
    return items;
  }

  /** The part of a document with very many items that is drawn (the visible lines ± a margin), or undefined for all of it. */
  private windowOf(editor: vscode.TextEditor, items: number): [number, number] | undefined {
    if (items <= VISIBLE_ONLY_ABOVE || !editor.visibleRanges.length) return undefined;
    const doc = editor.document;
    const first = editor.visibleRanges[0].start.line, last = editor.visibleRanges[editor.visibleRanges.length - 1].end.line;
    return [doc.offsetAt(new vscode.Position(Math.max(0, first - MARGIN_LINES), 0)), doc.offsetAt(new vscode.Position(last + MARGIN_LINES, 0))];
  }

  private collect(editor: vscode.TextEditor, entities: readonly DrawnItem[], window: [number, number] | undefined, ranges: AppliedRanges): void {
    const doc = editor.document;
    const enabled = this.config().highlight;
    for (const e of entities) {
      if (window && (e.span[1] < window[0] || e.span[0] > window[1])) continue;
      const cat = CATEGORY_OF[e.label];
      // Reviewed items are always shown (a reviewer must see what was decided); others by setting.
      if (!enabled[cat] && e.state === 'unreviewed') continue;
      const range = new vscode.Range(doc.positionAt(e.span[0]), doc.positionAt(e.span[1]));
      if (e.state !== 'rejected' && enabled[cat]) ranges[cat].push(range);
      if (e.state !== 'unreviewed') ranges.review[e.state].push(range);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.drawn.dispose();
    for (const c of CATEGORIES) this.types[c].dispose();
    for (const st of STATUSES) this.reviewTypes[st].dispose();
    this.log.trace('decorations disposed');
  }
}

/** What an editor's highlights were drawn from: its document's version, the items, the part drawn, the highlight settings. */
interface DrawnFrom { version: number; items: readonly DrawnItem[]; window: [number, number] | undefined; enabled: string; ranges?: AppliedRanges }

/** Whether a draw would set what is already drawn: same version, settings and part, and the same items (label, span, state) in the same order. */
function sameDraw(a: DrawnFrom, b: DrawnFrom): boolean {
  if (a.version !== b.version || a.enabled !== b.enabled || a.window?.[0] !== b.window?.[0] || a.window?.[1] !== b.window?.[1]) return false;
  if (a.items === b.items) return true;
  if (a.items.length !== b.items.length) return false;
  for (let i = 0; i < a.items.length; i++) {
    const x = a.items[i], y = b.items[i];
    if (x.label !== y.label || x.state !== y.state || x.span[0] !== y.span[0] || x.span[1] !== y.span[1]) return false;
  }
  return true;
}

/** A document's items as the review would give them without annotations: each unreviewed, labelled as the review labels it, in span order. */
function unreviewedItems(entities: readonly Entity[]): DrawnItem[] {
  const items = entities.map((e): DrawnItem => ({ label: entityLabel(e), span: e.span, state: 'unreviewed' }));
  // In the reviewed document's order (by span), whatever order the engine gave.
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1].span[0] > items[i].span[0] || (items[i - 1].span[0] === items[i].span[0] && items[i - 1].span[1] > items[i].span[1])) {
      items.sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
      break;
    }
  }
  return items;
}
