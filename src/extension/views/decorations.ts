/**
 * Highlights: targets (amounts to be reached), other amounts, time expressions and provinces, each
 * with its own decoration type and theme colour, marks in the overview ruler, re-drawn whenever the
 * document model has a new reviewed analysis of the document (after an edit, once the model's debounce
 * and its worker are done). Drawn in chunks (`drawChunks.ts`): a draw sets only the chunks whose items
 * changed, those in view at once and the others in the turns after (`setLater`). Very large documents
 * are decorated around their visible ranges.
 */
import * as vscode from 'vscode';
import type { DocumentModel } from '../model/documentModel';
import { isCandidate } from '../platform/documents';
import type { Log } from '../platform/log';
import type { ChitieuConfig } from '../platform/config';
import { type Category, CATEGORIES } from '../platform/ids';
import { makeChunkTypes, type ChunkTypes } from './decorationTypes';
import type { Label, Status } from '../../annotations/model';
import { sequentialChanges, spliceEdited, type TextChange } from '../model/editedParagraphs';
import { chunkItems, planChunks, type Chunks, type DrawnItem } from './drawChunks';
import { entityLabel } from '../../annotations/review';
import type { Entity } from '../../engine';
import type { DocumentAnalysis } from '../model/documentAnalysis';
import { STATUSES } from '../../annotations/model';

const VISIBLE_ONLY_ABOVE = 20_000; // entities; above this, decorate visible ranges (± a margin) only
const MARGIN_LINES = 200;

const CATEGORY_OF: Record<Exclude<Label, 'goal'>, Category> = { target: 'targets', amount: 'amounts', deadline: 'deadlines', province: 'provinces' };

export type AppliedRanges = Record<Category, vscode.Range[]> & { review: Record<Status, vscode.Range[]> };

/** What an editor shows: its chunks as drawn, with which settings, and the edits made since. */
interface EditorDraw {
  enabled: string;
  chunks: Chunks;
  /** The edits since the draw, oldest first; undefined when there were too many to follow (the next draw sets every chunk). */
  changes: TextChange[] | undefined;
  /** Chunks set with something, from 0 (those beyond the current chunks are cleared when chunks are cut again). */
  used: number;
  /** The ranges of each chunk at the drawn version, made when set or when asked for (`applied`). */
  ranges: Array<AppliedRanges | undefined>;
  /** Chunks of this draw not set yet (those out of view, set a few per turn after it: `setLater`). */
  pending: Set<number>;
}

/** Edits followed between two draws of an editor; beyond this, its next draw sets every chunk. */
const MAX_FOLLOWED_CHANGES = 200;
/**
 * Time spent setting chunks out of view per turn of the event loop. A draw sets the chunks in view at
 * once and the others in later turns: setting all twenty chunks of a 1 MB plan's first analysis held
 * the extension host 50–150 ms at once (making its 5,000 ranges and sending them to the window).
 */
const SET_LATER_MS = 8;

export class DecorationController implements vscode.Disposable {
  private readonly chunkTypes: ChunkTypes[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  /** The items of a document with no annotations, per engine result. */
  private readonly unreviewedItems = new WeakMap<object, readonly DrawnItem[]>();
  /** The ranges last applied, per editor document and category (read by tests and the bench; made when read). */
  readonly applied = new Map<string, AppliedRanges>();
  /** What each editor shows, by chunk. */
  private readonly drawnIn = new WeakMap<vscode.TextEditor, EditorDraw>();
  /** Draws that found the editor already showing the same items, and set nothing (tests count them). */
  unchangedDraws = 0;
  /** Chunks set by the last draw of any editor, and how many it had (tests and the bench read them). */
  lastSet = { chunks: 0, of: 0 };
  /** The last highlights carried through an edit of a large document: how many items, in how many ms (tests and the bench read them). */
  lastCarry: { carried: number; ms: number } | undefined;

  constructor(private readonly model: DocumentModel, private config: () => ChitieuConfig, private readonly log: Log) {
    this.disposables.push(
      model.onDidChange((uri) => this.drawDocument(uri)),
      model.onDidChangeProvisional((uri) => this.drawDocument(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const a = this.model.forHighlights(e.textEditor.document);
        if (a && (this.unreviewedItems.get(a.result)?.length ?? a.result.entities.length) > VISIBLE_ONLY_ABOVE) this.draw(e.textEditor);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.followEdits(e)),
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

  /** Edits of a drawn document, kept until its editors' next draw (VS Code moves what they show meanwhile). */
  private followEdits(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    let changes: TextChange[] | undefined;
    for (const editor of vscode.window.visibleTextEditors) {
      const state = editor.document === e.document ? this.drawnIn.get(editor) : undefined;
      if (!state?.changes) continue;
      changes ??= sequentialChanges(e.contentChanges);
      state.changes.push(...changes);
      if (state.changes.length > MAX_FOLLOWED_CHANGES) state.changes = undefined;
    }
  }

  /**
   * Draws an editor from the model's analysis (when it has none yet, what is drawn stays): only the
   * chunks whose items changed are set; `force`: every chunk.
   */
  draw(editor: vscode.TextEditor, force = false): AppliedRanges {
    const doc = editor.document;
    const analysis = this.model.forHighlights(doc);
    if (!analysis && isCandidate(doc)) return this.applied.get(doc.uri.toString()) ?? emptyRanges();
    // An editor closed meanwhile (a draw asked for before it closed): VS Code would refuse each of its chunks' types.
    if (!vscode.window.visibleTextEditors.includes(editor)) return this.applied.get(doc.uri.toString()) ?? emptyRanges();
    const all = analysis?.vietnamese ? this.drawnItems(doc, analysis) : [];
    const window = this.windowOf(editor, all.length);
    const items = window ? all.filter((e) => e.span[1] >= window[0] && e.span[0] <= window[1]) : all;
    const enabled = JSON.stringify(this.config().highlight);
    const last = this.drawnIn.get(editor);
    const followed = !force && last && last.enabled === enabled ? last : undefined;
    const plan = planChunks(followed?.chunks, followed?.changes, items);
    const count = plan.chunks.ends.length;
    const state: EditorDraw = { enabled, chunks: plan.chunks, changes: [], used: Math.max(count, last?.used ?? 0), ranges: [], pending: new Set() };
    // The last draw's chunks not set yet are set now too (the plan takes them as shown).
    const redraw = new Set(plan.redraw);
    if (last && !plan.cut) for (const j of last.pending) if (j < count) redraw.add(j);
    const inView = this.chunksInView(editor, plan.chunks);
    for (const j of redraw) {
      if (inView(j)) state.ranges[j] = this.setChunk(editor, j, chunkItems(plan.chunks, j));
      else state.pending.add(j);
    }
    // Chunks cut again: those beyond the new ones are cleared.
    if (plan.cut) for (let j = count; j < state.used; j++) this.setChunk(editor, j, []);
    if (plan.cut) state.used = count;
    if (!redraw.size) this.unchangedDraws++;
    this.lastSet = { chunks: redraw.size, of: count };
    this.drawnIn.set(editor, state);
    this.setLater(editor, state);
    const ranges = this.rangesOf(doc, state);
    this.applied.set(doc.uri.toString(), ranges);
    if (analysis) this.drawn.fire({ editor, version: analysis.version, ranges });
    return ranges;
  }

  /**
   * Whether chunk j holds items in the lines the editor shows (± a screen); every chunk when it shows
   * none (an editor not laid out yet).
   */
  private chunksInView(editor: vscode.TextEditor, chunks: Chunks): (j: number) => boolean {
    const shown = editor.visibleRanges;
    if (!shown.length || chunks.ends.length === 1) return () => true;
    const span = shown[shown.length - 1].end.line - shown[0].start.line + 1;
    const doc = editor.document;
    const from = doc.offsetAt(new vscode.Position(Math.max(0, shown[0].start.line - span), 0));
    const to = doc.offsetAt(new vscode.Position(shown[shown.length - 1].end.line + span, 0));
    return (j) => chunks.starts[j] <= to && (j + 1 === chunks.starts.length || chunks.starts[j + 1] >= from);
  }

  /**
   * Sets the draw's chunks out of view, a few per turn of the event loop, while the draw is the
   * editor's latest (a newer draw takes over those left) and the document has not changed since (its
   * next draw, after the edit's analysis, sets them).
   */
  private setLater(editor: vscode.TextEditor, state: EditorDraw): void {
    if (!state.pending.size) { this.allSet(editor); return; }
    setTimeout(() => {
      if (this.disposed || !vscode.window.visibleTextEditors.includes(editor)) { this.allSet(editor); return; }
      if (this.drawnIn.get(editor) !== state || state.changes?.length !== 0) return;
      const t0 = performance.now();
      for (const j of state.pending) {
        state.ranges[j] = this.setChunk(editor, j, chunkItems(state.chunks, j));
        state.pending.delete(j);
        if (performance.now() - t0 >= SET_LATER_MS) break;
      }
      this.setLater(editor, state);
    }, 0);
  }

  private readonly setWaiters = new Map<vscode.TextEditor, Array<() => void>>();

  /** The chunks of the editor's latest draw not set yet (tests read it). */
  pendingChunks(editor: vscode.TextEditor): number { return this.drawnIn.get(editor)?.pending.size ?? 0; }

  /**
   * Resolves when every chunk of the editor's latest draw is set (those out of view are set in the
   * turns after a draw): the bench and tests wait for the whole document's highlights with it.
   */
  whenAllSet(editor: vscode.TextEditor): Promise<void> {
    if (!this.drawnIn.get(editor)?.pending.size) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.setWaiters.get(editor) ?? [];
      list.push(resolve);
      this.setWaiters.set(editor, list);
    });
  }

  private allSet(editor: vscode.TextEditor): void {
    const list = this.setWaiters.get(editor);
    this.setWaiters.delete(editor);
    if (list) for (const resolve of list) resolve();
  }

  /** Sets one chunk's decorations in an editor; its ranges. */
  private setChunk(editor: vscode.TextEditor, j: number, items: readonly DrawnItem[]): AppliedRanges {
    const ranges = this.collect(editor.document, items);
    const types = this.typesOf(j);
    for (const c of CATEGORIES) editor.setDecorations(types.categories[c], ranges[c]);
    for (const st of STATUSES) editor.setDecorations(types.review[st], ranges.review[st]);
    return ranges;
  }

  /** The decoration types of chunk j, made when first needed and shared by every editor. */
  private typesOf(j: number): ChunkTypes {
    while (this.chunkTypes.length <= j) this.chunkTypes.push(makeChunkTypes());
    return this.chunkTypes[j];
  }

  /**
   * All the ranges an editor shows, made when first read: the chunks set by the draw reuse theirs,
   * the others are made from their items then (positions in the document as it is when read).
   */
  private rangesOf(doc: vscode.TextDocument, state: EditorDraw): AppliedRanges {
    let all: AppliedRanges | undefined;
    const make = (): AppliedRanges => {
      if (all) return all;
      all = emptyRanges();
      state.chunks.ends.forEach((_, j) => {
        const r = (state.ranges[j] ??= this.collect(doc, chunkItems(state.chunks, j)));
        for (const c of CATEGORIES) all![c].push(...r[c]);
        for (const st of STATUSES) all!.review[st].push(...r.review[st]);
      });
      return all;
    };
    const review = {} as Record<Status, vscode.Range[]>;
    for (const st of STATUSES) Object.defineProperty(review, st, { get: () => make().review[st], enumerable: true });
    const ranges = { review } as AppliedRanges;
    for (const c of CATEGORIES) Object.defineProperty(ranges, c, { get: () => make()[c], enumerable: true });
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
    if (!items) {
      // After an edit of a large document: the items of the last whole analysis carried through the
      // edits, with those of the paragraphs read again (the same splice as the model's entities, on
      // the items: their labels are not made again, and the entities are not copied).
      const c = analysis.carried, before = c && this.unreviewedItems.get(c.from);
      if (c && before) {
        const t0 = performance.now();
        const spliced = spliceEdited(before, c.changes, unreviewedItems(c.fresh), c.at, movedItem);
        items = spliced.entities;
        this.lastCarry = { carried: spliced.carried, ms: performance.now() - t0 };
      } else items = unreviewedItems(analysis.result.entities);
      this.unreviewedItems.set(analysis.result, items);
    }
    return items;
  }

  /** The part of a document with very many items that is drawn (the visible lines ± a margin), or undefined for all of it. */
  private windowOf(editor: vscode.TextEditor, items: number): [number, number] | undefined {
    if (items <= VISIBLE_ONLY_ABOVE || !editor.visibleRanges.length) return undefined;
    const doc = editor.document;
    const first = editor.visibleRanges[0].start.line, last = editor.visibleRanges[editor.visibleRanges.length - 1].end.line;
    return [doc.offsetAt(new vscode.Position(Math.max(0, first - MARGIN_LINES), 0)), doc.offsetAt(new vscode.Position(last + MARGIN_LINES, 0))];
  }

  private collect(doc: vscode.TextDocument, items: readonly DrawnItem[]): AppliedRanges {
    const ranges = emptyRanges();
    const enabled = this.config().highlight;
    for (const e of items) {
      const cat = CATEGORY_OF[e.label];
      // Reviewed items are always shown (a reviewer must see what was decided); others by setting.
      if (!enabled[cat] && e.state === 'unreviewed') continue;
      const range = new vscode.Range(doc.positionAt(e.span[0]), doc.positionAt(e.span[1]));
      if (e.state !== 'rejected' && enabled[cat]) ranges[cat].push(range);
      if (e.state !== 'unreviewed') ranges.review[e.state].push(range);
    }
    return ranges;
  }

  private disposed = false;

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
    this.drawn.dispose();
    for (const t of this.chunkTypes) {
      for (const c of CATEGORIES) t.categories[c].dispose();
      for (const st of STATUSES) t.review[st].dispose();
    }
    this.log.trace('decorations disposed');
  }
}

function emptyRanges(): AppliedRanges {
  return { targets: [], amounts: [], deadlines: [], provinces: [], review: { confirmed: [], rejected: [], edited: [], manual: [] } };
}

/** An unreviewed item moved by an edit (its three fields copied: a generic copy is several times slower). */
const movedItem = (e: DrawnItem, span: [number, number]): DrawnItem => ({ label: e.label, span, state: e.state });

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
