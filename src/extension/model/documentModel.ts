/**
 * The document model: the one place in the extension that runs the engine and reviews its result.
 * For an editor document it keeps one analysis per version (computed in the `Analyzer`, off the
 * extension host's thread where it can), drops results for versions that are no longer current, and
 * reviews the analysis against the document's annotations. For a file on disk it analyses the text
 * it is given, or has the worker read the file itself. `chitieu.enable` is applied here, once, for
 * both. Views and commands read only this. One event, `onDidChange`, says a document's analysis or
 * review changed. A large document is read ahead of its whole analysis (its visible part, the
 * paragraphs an edit touched, and the whole analysis's entities before its goals: earlyReads.ts).
 * A large file the index has just read is opened with the index's analysis of the same text
 * (recentFileAnalyses.ts): the engine does not run on it again.
 */
import * as vscode from 'vscode';
import { extract, type ExtractOptions, type Extraction } from '../../engine';
import type { ReviewedDocument } from '../../annotations/model';
import type { ChitieuConfig } from '../platform/config';
import { isCandidate } from '../platform/documents';
import { textOf } from '../platform/documentText';
import { LANGUAGE_ID } from '../platform/ids';
import { shouldAnalyse } from '../platform/language';
import { documentKey, isSourceFile, openDocumentOf, sourceViewUri } from '../platform/sourceUri';
import type { Log } from '../platform/log';
import type { Analyzer } from './analyzer';
import type { AnnotationStore } from './annotationStore';
import { Reviewer } from './reviewed';
import { covers, documentAccess, visibleWindow } from './visibleWindow';
import { briefly, EarlyReads, PROVISIONAL_ABOVE, type EditedRead, type Entry } from './earlyReads';
import type { SourceTexts } from './sourceTexts';
import type { DocumentAnalysis } from './documentAnalysis';
import { KEPT_FROM_CHARS, type RecentFileAnalyses } from './recentFileAnalyses';
import { FileAnalyses } from './fileAnalyses';

const EMPTY: Extraction = { provinces: [], entities: [], goals: [] };

export class DocumentModel implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document whose analysis or review changed. */
  readonly onDidChange = this.changed.event;
  private readonly provisionalChanged = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a large document whose visible part has been analysed ahead of the whole (`forHighlights`). */
  readonly onDidChangeProvisional = this.provisionalChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly reviewer: Reviewer;
  /** Results dropped because their document (or its date) changed while the engine ran. */
  staleResults = 0;
  /** Analyses of editor documents the engine ran (tests count them). */
  runs = 0;
  /** Provisional analyses of the visible part of large documents drawn before the whole (tests count them). */
  get provisionals(): number { return this.early.provisionals; }
  /** Large documents whose whole analysis's entities were drawn before its goals (tests count them). */
  get entitiesAhead(): number { return this.early.entitiesAhead; }
  /** Large documents whose analysis started as they opened, before an editor showed them (tests count them). */
  openedAhead = 0;
  /** The last provisional analysis made by reading only the paragraphs an edit touched (what it re-ran). */
  get lastEditedRead(): EditedRead | undefined { return this.early.lastEditedRead; }
  /** Large documents read ahead of their whole analysis: the visible part, the edited paragraphs. */
  private readonly early: EarlyReads;
  /** Files (not open in an editor) analysed: the workspace index's, an export's. */
  private readonly files: FileAnalyses;
  /** The latest large files the index read, with their text and whole analysis: an editor that opens one takes it. */
  get recentFiles(): RecentFileAnalyses { return this.files.recent; }

  constructor(
    private readonly analyzer: Analyzer, readonly store: AnnotationStore, private readonly config: () => ChitieuConfig, private readonly log: Log,
    /** The converted text of PDF and Word files (their text views, the index). */
    readonly sources: SourceTexts,
    private readonly makeQuickAnalyzer: () => Analyzer = () => analyzer,
    /** Where files (the workspace index's, an export's) are analysed: workers of their own, below normal priority where they can be. */
    private readonly fileAnalyzer: Analyzer = analyzer,
  ) {
    this.reviewer = new Reviewer(store);
    this.files = new FileAnalyses(fileAnalyzer, (uri) => this.optionsFor(uri), config, log);
    this.early = new EarlyReads({
      log, keyOf: (doc) => this.keyOf(doc), current: (doc) => this.current(doc),
      provisionalChanged: (uri) => this.provisionalChanged.fire(uri), makeQuickAnalyzer,
    });
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const entry = this.entries.get(e.document.uri.toString());
        if (!e.contentChanges.length || !entry) return;
        this.early.recordChanges(entry, e.document.version, e.contentChanges);
        this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      store.onDidChange((uri) => this.annotationsChanged(uri)),
      this.changed,
      this.provisionalChanged,
    );
  }

  get analyzerKind(): Analyzer['kind'] { return this.analyzer.kind; }
  /** The time the engine has spent on this model's editor documents and files so far, in ms (the quick reads of large documents aside). */
  get engineMs(): number { return this.analyzer.engineMs + (this.fileAnalyzer === this.analyzer ? 0 : this.fileAnalyzer.engineMs); }

  /** The engine's options for a document: the date set for it, the reference date of the settings. */
  optionsFor(uri: vscode.Uri): ExtractOptions {
    return { documentDate: this.store.documentDateOf(uri), referenceDate: this.config().referenceDate || undefined };
  }

  private keyOf(doc: vscode.TextDocument): string { return `${doc.version}|${JSON.stringify(this.optionsFor(doc.uri))}`; }

  /** The analysis of the document's current version, if it is ready. */
  current(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    const done = this.entries.get(doc.uri.toString())?.done;
    return done && done.version === doc.version && done.options === JSON.stringify(this.optionsFor(doc.uri)) ? done : undefined;
  }

  /**
   * What highlights draw: the analysis of the current version, or else, for a large document while
   * it is analysed, the provisional analysis of the part an editor shows (entities only; the
   * Outline, status bar, tree and hovers wait for the whole).
   */
  forHighlights(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    const done = this.current(doc);
    if (done) return done;
    const p = this.entries.get(doc.uri.toString())?.provisional;
    return p && p.version === doc.version && p.options === JSON.stringify(this.optionsFor(doc.uri)) ? p : undefined;
  }

  /**
   * An editor now shows the document: if it is large and its whole analysis is under way without its
   * visible part sent ahead (the run began before any editor showed it), the visible part goes now.
   */
  showing(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry || entry.doc !== doc || !entry.running || this.current(doc)) return;
    const key = entry.running.key;
    if (key !== this.keyOf(doc)) return;
    const text = textOf(doc);
    if (text.length < PROVISIONAL_ABOVE || !this.analysable(doc, text)) return;
    // Sent ahead already: the part read when it opened (its head) may not be what the editor shows (a restored scroll position).
    const shown = visibleWindow(doc, text);
    if (entry.provisionalFor === key && (!shown || covers(entry.provisionalWindow, shown))) return;
    void this.early.visiblePart(entry, key, text, this.optionsFor(doc.uri));
  }

  /**
   * A document just opened, before any editor shows it: a large one's analysis starts now, its head
   * (what an editor opening it shows first) read ahead, so its first highlights are ready when its
   * editor is, and the quick worker has started. Small documents wait for an editor (they are quick).
   */
  opened(doc: vscode.TextDocument): void {
    if (!isCandidate(doc) || this.entries.has(doc.uri.toString())) return;
    const text = textOf(doc);
    if (text.length < PROVISIONAL_ABOVE || !this.analysable(doc, text)) return;
    this.openedAhead++;
    void this.analyse(doc);
  }

  /** The analysis of the document's current version: ready, being computed, or started now. */
  async analyse(doc: vscode.TextDocument): Promise<DocumentAnalysis> {
    const k = doc.uri.toString();
    let entry = this.entries.get(k);
    if (!entry || entry.doc !== doc) { entry = { doc }; this.entries.set(k, entry); }
    for (;;) {
      const key = this.keyOf(doc);
      const ready = this.current(doc);
      if (ready) return ready;
      if (!entry.running) {
        const run = { key, promise: this.run(entry, key) };
        entry.running = run;
        void run.promise.finally(() => { if (entry.running === run) entry.running = undefined; });
      }
      const got = await entry.running.promise;
      if (got && got.version === doc.version && this.keyOf(doc) === key) return got;
      if (doc.isClosed) return this.unanalysed(doc);
    }
  }

  /**
   * The workspace index analysed a document of this many characters: when it is a large one (one
   * the highlights read in parts), the quick worker is started now, so it has loaded and warmed up
   * the engine before such a document is opened. Started as the first large document opened, it
   * took 0.4–1 s to answer on a busy machine, while the editor waited; warm, tens of milliseconds.
   * A workspace without large documents never starts it (a warm worker holds ~40 MB).
   */
  sawDocumentOf(chars: number): void {
    if (chars < PROVISIONAL_ABOVE) return;
    this.largeFilesSeen++;
    this.early.startQuick();
  }

  /** Large documents the index analysed (tests count them). */
  largeFilesSeen = 0;
  /** Whether the quick worker runs (started by a large document opened or indexed). */
  get quickStarted(): boolean { return this.early.quickStarted; }

  /** The document's items after review (rejected ones kept, marked), for its current version. */
  async reviewed(doc: vscode.TextDocument): Promise<ReviewedDocument> {
    return this.reviewer.of(doc, await this.analyse(doc));
  }

  /**
   * Whether an open document has annotations (read from disk the first time it is asked). Without,
   * its reviewed items are the engine's, each unreviewed: views read the analysis as it is, without a review.
   */
  annotated(doc: vscode.TextDocument): boolean {
    if (!this.store.peek(doc.uri)) { void this.store.load(doc.uri); return false; }
    return this.store.has(doc.uri);
  }

  /** The reviewed items of an analysis of an open document (computed once per analysis and annotation change). */
  reviewedOf(doc: vscode.TextDocument, a: DocumentAnalysis): ReviewedDocument { return this.reviewer.of(doc, a); }

  /** Whether chitieu would analyse this editor document (candidate language, `chitieu.enable`, the text). */
  wouldAnalyse(doc: vscode.TextDocument): boolean { return this.analysable(doc, textOf(doc)); }

  private analysable(doc: vscode.TextDocument, text: string): boolean {
    return isCandidate(doc) && shouldAnalyse(this.config().enable, text, doc.languageId === LANGUAGE_ID);
  }

  /** A file's text (not open in an editor) analysed (fileAnalyses.ts). */
  analyseFile(uri: vscode.Uri, text: string): Promise<{ result: Extraction; options: string } | undefined> { return this.files.analyseFile(uri, text); }
  /** A file on disk (not open in an editor) analysed where the engine runs, when that can read this machine's disk (fileAnalyses.ts). */
  analyseFileOnDisk(...args: Parameters<FileAnalyses['analyseFileOnDisk']>): ReturnType<FileAnalyses['analyseFileOnDisk']> { return this.files.analyseFileOnDisk(...args); }
  /** What an analysis of a file depends on besides its text, as a key (fileAnalyses.ts). */
  analysisKey(uri: vscode.Uri, options?: string): string { return this.files.analysisKey(uri, options); }

  /**
   * A document reviewed for an export, from an open editor's text or a file's (`indexed`: the
   * index's analysis of it, when it has one); rejected items left out or kept and marked.
   */
  async reviewedForExport(uri: vscode.Uri, input: string | vscode.TextDocument, rejected: 'omit' | 'mark', indexed?: Extraction): Promise<ReviewedDocument> {
    await this.store.load(uri);
    if (typeof input !== 'string') {
      const a = await this.analyse(input);
      return this.reviewer.forExport(uri, input.getText(), a.result, this.store.forDocument(input), rejected);
    }
    const extraction = indexed ?? (await this.analyseFile(uri, input))?.result ?? EMPTY;
    return this.reviewer.forExport(uri, input, extraction, this.store.forText(uri, input), rejected);
  }

  /** The engine's reading of a short selection (to suggest a label and a value), in-process. */
  readSnippet(text: string): Extraction { return extract(text.slice(0, 2000)); }

  /** The reviewed goals of a document known by its text and analysis (a closed file, or an open one). */
  readonly goalsOf = (d: { uri: vscode.Uri; result: Extraction; text?: string }) => {
    const open = openDocumentOf(d.uri);
    const a = open && this.current(open);
    return this.reviewer.goalsOf(d, open && a ? { doc: open, analysis: a } : undefined);
  };

  /** The PDF page an offset of a document's text comes from (a PDF's text view, or the PDF indexed), when known. */
  pageAt(uri: vscode.Uri, offset: number): number | undefined { return this.sources.pageAt(uri, offset); }

  /** Settings the analysis depends on changed: every open document is analysed again. */
  reset(): void {
    for (const e of this.entries.values()) { e.done = undefined; if (!e.doc.isClosed) void this.analyse(e.doc); }
  }

  private schedule(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => { entry.timer = undefined; if (!doc.isClosed) void this.analyse(doc); }, this.config().debounceMs);
  }

  private unanalysed(doc: vscode.TextDocument): DocumentAnalysis {
    return { uri: doc.uri.toString(), version: doc.version, vietnamese: false, result: EMPTY, text: '', ms: 0, options: JSON.stringify(this.optionsFor(doc.uri)) };
  }

  private async run(entry: Entry, key: string): Promise<DocumentAnalysis | undefined> {
    const doc = entry.doc;
    const version = doc.version, options = this.optionsFor(doc.uri);
    // After an edit of a large document, the paragraphs it touched are read and drawn first, before
    // the whole text is copied out of the editor (about 10 ms for 1 MB) and sent to the worker.
    let copied: string | undefined;
    const wholeText = () => { if (copied === undefined && doc.version === version) copied = textOf(doc); return copied ?? ''; };
    const edited = this.early.editedParagraphs(entry, key, documentAccess(doc), options, wholeText);
    // Their read comes back from the quick worker in a few milliseconds: copying and sending the whole
    // text now would hold the extension host, and the read's reply with it, for that long.
    await briefly(edited);
    if (doc.isClosed || this.keyOf(doc) !== key) { this.staleResults++; return undefined; }
    if (entry.provisional?.version === version && entry.provisionalFor === key) {
      // Drawn already: the window gets those highlights (sent when this turn ends) before the copy and the send.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (doc.isClosed || this.keyOf(doc) !== key) { this.staleResults++; return undefined; }
    }
    const text = wholeText();
    const analysable = this.analysable(doc, text);
    let result = EMPTY;
    const t0 = Date.now();
    // A large file the index has just read, opened with the same text: its analysis, not the engine again.
    const known = analysable && text.length >= KEPT_FROM_CHARS ? this.recentFiles.take(documentKey(doc.uri), text, JSON.stringify(options)) : undefined;
    if (known) result = known;
    else if (analysable && text.length >= PROVISIONAL_ABOVE) {
      // The quick worker starts now (a worker takes a while to load the engine), so it is ready when an editor shows the document.
      this.early.startQuick();
      void this.early.visiblePart(entry, key, text, options, edited);
    }
    if (analysable && !known) {
      this.runs++;
      // A large document's entities are drawn as soon as the worker has them, before its goals.
      const first = text.length >= PROVISIONAL_ABOVE ? (partial: Extraction) => this.early.entitiesFirst(entry, key, text, options, partial) : undefined;
      try { result = await this.analyzer.analyse(text, options, first); } catch (e) {
        this.log.error(`analysis of ${doc.uri.fsPath || doc.uri.toString()} failed: ${(e as Error).message}`);
      }
    }
    const ms = Date.now() - t0;
    if (doc.isClosed || this.keyOf(doc) !== key) {
      this.staleResults++;
      this.log.trace(`dropped the analysis of ${doc.uri.toString()} version ${version}: the document changed meanwhile`);
      return undefined;
    }
    if (ms > 200) this.log.info(`analysed ${doc.uri.fsPath || doc.uri.toString()} (${text.length} chars) in ${ms} ms (${this.analyzer.kind})`);
    const a: DocumentAnalysis = { uri: doc.uri.toString(), version, vietnamese: analysable, result, text: analysable ? text : '', ms, options: JSON.stringify(options) };
    entry.done = a;
    entry.provisional = undefined;
    if (entry.changes) entry.changes = entry.changes.filter((c) => c.version > version);
    else entry.changes = [];
    this.changed.fire(doc.uri);
    return a;
  }

  private annotationsChanged(file: vscode.Uri): void {
    // A PDF or Word file's annotations belong to its text view.
    const uri = isSourceFile(file) ? sourceViewUri(file) : file;
    this.reviewer.forget(uri);
    const entry = this.entries.get(uri.toString());
    // A changed date changes the engine's options: analysed again (that fires the event).
    if (entry && !entry.doc.isClosed && entry.done && !this.current(entry.doc)) { void this.analyse(entry.doc); return; }
    this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (entry) clearTimeout(entry.timer);
    this.entries.delete(uri.toString());
    this.reviewer.forget(uri);
  }

  dispose(): void {
    for (const e of this.entries.values()) clearTimeout(e.timer);
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
    this.analyzer.dispose();
    if (this.fileAnalyzer !== this.analyzer) this.fileAnalyzer.dispose();
    this.early.dispose(this.analyzer);
  }
}
