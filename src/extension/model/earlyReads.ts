/**
 * A large document read ahead of its whole analysis, so its highlights do not wait for it: the part
 * editors show (as it opens, or when an editor shows another part), and after an edit only the
 * paragraphs the edit touched, with the last whole analysis carried through the edit. On a worker of
 * its own, the quick worker (made when first needed). The document model (documentModel.ts) runs the
 * whole analyses and decides when to call these.
 */
import * as vscode from 'vscode';
import { type Entity, type ExtractOptions, type Extraction } from '../../engine';
import { isCandidate } from '../platform/documents';
import type { Log } from '../platform/log';
import type { Analyzer } from './analyzer';
import type { DocumentAnalysis } from './documentAnalysis';
import { changedHull, paragraphsAroundIn, sequentialChanges, spliceEdited, stringAccess, type TextAccess, type TextChange } from './editedParagraphs';
import { headWindow, visibleWindow } from './visibleWindow';

/** Documents from this many characters on are highlighted around what editors show first (see `visiblePart`). */
export const PROVISIONAL_ABOVE = 100_000;
/** The head of a document analysed for its date line, so the visible part's roles read the same date. */
const HEAD_CHARS = 2_000;
/** Edits since the last whole analysis kept for reading only the edited paragraphs again; beyond it, the visible part is read. */
const MAX_CHANGES = 500;
/** Edited paragraphs larger than this are not read alone: the visible part is. */
const MAX_EDITED_CHARS = 64_000;

/** How long the whole analysis after an edit waits for the edited paragraphs' read (then it starts anyway). */
const EDITED_READ_WAIT_MS = 40;

/** Resolves when `read` settles, or after {@link EDITED_READ_WAIT_MS} if it is slower. */
export async function briefly(read: Promise<unknown>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([read, new Promise((resolve) => { timer = setTimeout(resolve, EDITED_READ_WAIT_MS); })]);
  clearTimeout(timer);
}

/** A document the model follows: its last whole analysis, the reads ahead of the next, the edits since. */
export interface Entry {
  doc: vscode.TextDocument;
  done?: DocumentAnalysis;
  /** The analysis of the part of `done`'s successor version an editor shows, while the whole is analysed. */
  provisional?: DocumentAnalysis;
  /** The run (its key) whose visible part was sent ahead, and that part (offsets into its text). */
  provisionalFor?: string;
  provisionalWindow?: [number, number];
  running?: { key: string; promise: Promise<DocumentAnalysis | undefined> };
  timer?: ReturnType<typeof setTimeout>;
  /** The edits since `done`'s version (each with the version it made), oldest first; undefined once there were too many to keep. */
  changes?: Array<{ version: number; change: TextChange }>;
}

/** Which part of a large document the model read again after an edit (the edited paragraphs), for tests and logs. */
export interface EditedRead {
  /** `read`: the entities found in the edited paragraphs. */
  version: number; start: number; end: number; contextStart: number; read: number;
  /**
   * Milliseconds: the edited paragraphs read by the quick worker (its round trip). Never on the
   * extension host: its engine would be cold there, and the first edit's read held the host's event
   * loop 50–130 ms (the bench's timer probe), where the warm quick worker answers in 2–7 ms.
   */
  readMs: number;
}

/** What the reads ahead need of the document model. */
export interface ModelSide {
  readonly log: Log;
  /** The key of the document's current version and engine options: a read for another key is dropped. */
  keyOf(doc: vscode.TextDocument): string;
  /** The whole analysis of the document's current version, if it is ready (then a read ahead is not needed). */
  current(doc: vscode.TextDocument): DocumentAnalysis | undefined;
  /** A read ahead is ready (`entry.provisional`): the highlights draw it. */
  provisionalChanged(uri: vscode.Uri): void;
  makeQuickAnalyzer(): Analyzer;
}

export class EarlyReads {
  /** Provisional analyses of the visible part of large documents drawn before the whole (tests count them). */
  provisionals = 0;
  /** The last provisional analysis made by reading only the paragraphs an edit touched (what it re-ran). */
  lastEditedRead: EditedRead | undefined;
  /** The engine for the visible parts of large documents: a worker of its own (made when first needed). */
  private quick: Analyzer | undefined;

  constructor(private readonly model: ModelSide) {}

  get quickStarted(): boolean { return this.quick !== undefined; }

  /** The quick worker, started now if it is not yet (a worker takes a while to load the engine). */
  startQuick(): Analyzer {
    this.quick ??= this.model.makeQuickAnalyzer();
    return this.quick;
  }

  /**
   * A large document's visible part analysed ahead of the whole (on a worker of its own, so it does
   * not wait for the whole document, an earlier version's, or the index): the lines editors show,
   * with a margin, widened to whole paragraphs. Its roles read the document's date from its head (or the last whole analysis), so
   * they agree with the whole analysis that replaces it; what depends on the whole document (goals,
   * the document's provinces) is left to that one.
   */
  async visiblePart(entry: Entry, key: string, text: string, options: ExtractOptions, edited?: Promise<boolean>): Promise<void> {
    if (await (edited ?? this.editedParagraphs(entry, key, stringAccess(text), options, () => text))) return;
    const doc = entry.doc;
    const window = visibleWindow(doc, text) ?? headWindow(doc, text);
    if (!window) return;
    const [start, end] = window;
    entry.provisionalFor = key;
    entry.provisionalWindow = window;
    const quick = this.startQuick();
    try {
      let documentDate = options.documentDate ?? entry.done?.result.documentDate?.date;
      const head = documentDate || start === 0 ? undefined : quick.analyse(text.slice(0, HEAD_CHARS), { ...options, goals: false });
      const part = quick.analyse(text.slice(start, end), { ...options, documentDate, goals: false });
      const headDate = (await head)?.documentDate;
      let result = await part;
      if (headDate?.source === 'header') {
        documentDate = headDate.date;
        if (result.documentDate?.date !== documentDate) result = await quick.analyse(text.slice(start, end), { ...options, documentDate, goals: false });
      }
      // (A later read of another part, the one an editor shows now, replaces this one.)
      if (doc.isClosed || this.model.keyOf(doc) !== key || this.model.current(doc) || entry.provisionalWindow !== window) return;
      const entities = result.entities.map((e) => ({ ...e, span: [e.span[0] + start, e.span[1] + start] as [number, number] }));
      this.provisionals++;
      entry.provisional = provisional(doc, { provinces: [], entities, goals: [], documentDate: result.documentDate }, text, options);
      this.model.provisionalChanged(doc.uri);
    } catch (e) {
      this.model.log.trace(`no provisional highlights for ${doc.uri.toString()}: ${(e as Error).message}`);
    }
  }

  /**
   * A large document's whole analysis before its goals are assembled (the worker answers in two
   * steps): its entities are drawn as a provisional analysis of the whole document, in place of any
   * part read ahead; the Outline, status bar, tree and hovers wait for the goals. The object is the
   * one the whole analysis then resolves with, its goals put in.
   */
  entitiesFirst(entry: Entry, key: string, text: string, options: ExtractOptions, partial: Extraction): void {
    const doc = entry.doc;
    if (doc.isClosed || this.model.keyOf(doc) !== key || this.model.current(doc)) return;
    entry.provisionalFor = key;
    entry.provisionalWindow = [0, text.length]; // a part read ahead that comes back later is not drawn over it
    entry.provisional = provisional(doc, partial, text, options);
    this.entitiesAhead++;
    this.model.provisionalChanged(doc.uri);
  }

  /** Large documents whose whole analysis's entities were drawn before its goals (tests count them). */
  entitiesAhead = 0;

  recordChanges(entry: Entry, version: number, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    if (!entry.changes) return; // no whole analysis yet, or too many edits since it
    for (const change of sequentialChanges(changes)) entry.changes.push({ version, change });
    if (entry.changes.length > MAX_CHANGES) entry.changes = undefined;
  }

  /**
   * After an edit of a large document: its last whole analysis carried through the edits, with only
   * the paragraphs the edits touched read again (after a little text before them, for what governs
   * them), drawn until the whole analysis comes back. False when that cannot be done (no whole
   * analysis of an earlier version with the same options, too many edits, edits far apart): then the
   * visible part is read instead.
   */
  async editedParagraphs(entry: Entry, key: string, access: TextAccess, options: ExtractOptions, wholeText: () => string): Promise<boolean> {
    const doc = entry.doc, done = entry.done;
    if (!done || !done.vietnamese || !entry.changes || !isCandidate(doc) || done.options !== JSON.stringify(options)) return false;
    const changes = entry.changes.filter((c) => c.version > done.version && c.version <= doc.version).map((c) => c.change);
    const hull = changedHull(changes);
    if (!hull || access.length < PROVISIONAL_ABOVE) return false;
    const { start, end, contextStart, from, part: around } = paragraphsAroundIn(access, hull[0], hull[1]);
    if (end - start > MAX_EDITED_CHARS) return false;
    entry.provisionalFor = key;
    entry.provisionalWindow = [0, access.length]; // the last analysis carried through the edits: the whole document
        try {
      const documentDate = options.documentDate ?? done.result.documentDate?.date;
      const t0 = performance.now();
      const part = around.slice(contextStart - from, end - from), partOptions = { ...options, documentDate, goals: false };
      const result = await this.startQuick().analyse(part, partOptions);
      if (doc.isClosed || this.model.keyOf(doc) !== key || this.model.current(doc)) return true;
      const at = { start, end, contextStart };
      const read = result.entities.filter((e) => e.span[0] + contextStart >= start && e.span[1] + contextStart <= end).length;
      this.provisionals++;
      this.lastEditedRead = { version: doc.version, start, end, contextStart, read, readMs: performance.now() - t0 };
      // The last analysis's entities are carried through the edits when first asked for: the highlights
      // carry their own items instead (`carried`), and nothing else reads a provisional analysis's entities
      // unless the document has annotations. The whole text is copied when first asked for too (the run
      // copies it right after this, in the same turn).
      let entities: Entity[] | undefined;
      const fresh = result.entities, previous = done.result.entities;
      entry.provisional = {
        uri: doc.uri.toString(), version: doc.version, vietnamese: true,
        result: { provinces: [], get entities() { return (entities ??= spliceEdited(previous, changes, fresh, at).entities); }, goals: [], documentDate: done.result.documentDate },
        carried: { from: done.result, changes, fresh, at },
        get text() { return wholeText(); }, ms: 0, options: JSON.stringify(options),
      };
      this.model.provisionalChanged(doc.uri);
    } catch (e) {
      this.model.log.trace(`no provisional highlights for the edit of ${doc.uri.toString()}: ${(e as Error).message}`);
    }
    return true;
  }

  /** Stops the quick worker (unless it is the model's own analyzer). */
  dispose(main: Analyzer): void {
    if (this.quick !== main) this.quick?.dispose();
  }
}

/** A provisional analysis of the document's current version: what the highlights draw until the whole analysis is done. */
function provisional(doc: vscode.TextDocument, result: Extraction, text: string, options: ExtractOptions): DocumentAnalysis {
  return { uri: doc.uri.toString(), version: doc.version, vietnamese: true, result, text, ms: 0, options: JSON.stringify(options) };
}
