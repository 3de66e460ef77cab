/**
 * How the workspace index turns a file into its entry: an open editor's text wins over the file on
 * disk; a plain text file on disk is read, decoded and analysed by the engine's worker where it can
 * read the disk (the Node build, `file:` URIs), so the extension host only gets the result; the
 * others (the browser build, other schemes, legacy encodings, PDF and Word) are read here (the source
 * layer converts what needs converting) and their text analysed by the document model.
 */
import * as vscode from 'vscode';
import type { Extraction } from '../../engine';
import type { ReadFileBytes } from '../platform/fileBytes';
import type { Log } from '../platform/log';
import { isLegacyText, isSourceFile, markLegacyText, openDocumentOf } from '../platform/sourceUri';
import type { DocumentModel } from './documentModel';
import { decodePlainText } from './fileText';
import { SharedStrings } from './sharedStrings';
import type { CachedFile, IndexCache } from './indexCache';
import { sameStamp } from '../platform/fileStamp';
import type { FileOutcome } from './engineProtocol';

export interface IndexedDocument {
  uri: vscode.Uri;
  /** The engine's result; its entities left empty when `withoutEntities`. */
  result: Extraction;
  /**
   * The entities were not kept: a closed document without annotations, whose goals and provinces are
   * all the tree, the tables and the charts read (its entities were half the index's memory and of the
   * worker's replies). What needs them (an export) has it read again: `WorkspaceIndex.withEntities`.
   */
  withoutEntities?: boolean;
  /** The text, kept only for documents with annotations (to anchor them); open documents have their editor's. */
  text?: string;
  /** The engine's options it was analysed with (its date), as a key. */
  options?: string;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class IndexReader {
  /** Files read (since activation) by the engine's worker, and by the extension host itself (open editors aside); files the cache had unchanged (not read). */
  readonly reads = { inWorker: 0, onHost: 0, unchanged: 0 };
  /** Files the worker analysed from disk whose result was dropped: an editor opened them meanwhile (tests count them). */
  openedMeanwhile = 0;
  /** Text files being read through the source layer by the index itself (it needs no telling that they are legacy-encoded). */
  readonly readingText = new Set<string>();
  /** The words the indexed results repeat (types, rules, units, provinces, indicators), one copy each. */
  private readonly shared = new SharedStrings();

  constructor(private readonly model: DocumentModel, private readonly log: Log, private readonly readBytes: ReadFileBytes,
    /** Whether to keep a document's text and entities in its entry (documents with annotations, to anchor and review them). */
    private readonly keepText: (uri: vscode.Uri) => boolean,
    /** The results kept between sessions: each file read for a document without annotations is recorded there with its stamp. */
    private readonly cache?: IndexCache) {}

  /**
   * Indexes one file: an open editor's text wins over the file on disk. A plain text file on disk is
   * read, decoded and analysed by the engine's worker where it can (the Node build); the extension
   * host reads the others (and those the worker hands back: legacy encodings). `fromCache`: a file
   * that has not changed since the cache recorded it is not read again (when a window opens).
   */
  async indexOne(uri: vscode.Uri, entities = this.keepText(uri), fromCache = false): Promise<IndexedDocument | undefined> {
    if (!openDocumentOf(uri) && !this.needsSourceLayer(uri)) {
      const key = uri.toString();
      const wantText = this.keepText(uri);
      // Only what the cache holds: a document without annotations, its entities not kept.
      const cached = fromCache && !wantText && !entities ? this.cache?.get(key) : undefined;
      const { outcome, options, key: analysedWith } = await this.model.analyseFileOnDisk(uri, MAX_FILE_BYTES, wantText, entities, cached);
      if (outcome.kind === 'unchanged' && cached) {
        this.reads.unchanged++;
        if (!cached.result) return undefined;
        this.model.sawDocumentOf(cached.stamp[0]); // its size in bytes: at least its length (a large one starts the quick worker)
        this.shared.shareIn(cached.result);
        return { uri, result: cached.result, options, withoutEntities: true };
      }
      if (outcome.kind !== 'readOnHost') this.reads.inWorker++;
      this.record(key, outcome, analysedWith);
      switch (outcome.kind) {
        case 'analysed': {
          // Opened in an editor while the worker read it (a file saved into the workspace and opened at
          // once): the editor's analysis stands for it, and this copy is not kept (nor its words shared in).
          const opened = openDocumentOf(uri);
          if (opened) { this.openedMeanwhile++; return this.analyse(uri, opened); }
          this.model.sawDocumentOf(outcome.chars);
          this.shared.shareIn(outcome.result); // one copy of each repeated word across the index (values unchanged)
          const doc: IndexedDocument = { uri, result: outcome.result, options };
          if (outcome.text !== undefined) doc.text = outcome.text;
          if (outcome.withoutEntities) doc.withoutEntities = true;
          return doc;
        }
        case 'notAnalysed': return undefined;
        case 'tooLarge': this.log.warn(`${uri.fsPath}: skipped, larger than ${MAX_FILE_BYTES / 1048576} MB`); return undefined;
        case 'unreadable': this.log.warn(`${uri.fsPath}: cannot read it (${outcome.message})`); return undefined;
        case 'readOnHost': case 'unchanged': break;
      }
    }
    return this.readOnHost(uri, entities, fromCache);
  }

  /**
   * A file the extension host reads itself (a PDF, a Word file, a text file in a legacy encoding or
   * one chosen for it; an open editor's text), through the cache where it can: the file's stamp taken
   * before it is read, its conversion and analysis recorded with it (and, for a PDF, where its pages
   * start; for a text file, whether it was legacy-encoded).
   */
  private async readOnHost(uri: vscode.Uri, entities: boolean, fromCache: boolean): Promise<IndexedDocument | undefined> {
    const cacheable = this.cache && !entities && !this.keepText(uri) && !openDocumentOf(uri);
    const stamp = cacheable ? await this.cache!.stampOf(uri) : undefined;
    if (!this.cache || !stamp) return this.analyse(uri, await this.read(uri), entities);
    const key = uri.toString();
    const analysedWith = `${this.model.analysisKey(uri)} ${this.model.sources.chosenEncoding(uri) ?? ''}`;
    const cached = fromCache ? this.cache.get(key) : undefined;
    if (cached && cached.options === analysedWith && sameStamp(cached.stamp, stamp)) {
      this.reads.unchanged++;
      if (cached.legacy) markLegacyText(uri, true);
      if (cached.pages) this.model.sources.knowPages(uri, cached.pages);
      if (!cached.result) return undefined;
      this.shared.shareIn(cached.result);
      return { uri, result: cached.result, options: JSON.stringify(this.model.optionsFor(uri)), withoutEntities: true };
    }
    const input = await this.read(uri);
    const doc = await this.analyse(uri, input, entities);
    if (typeof input === 'string') {
      const entry: CachedFile = { stamp, options: analysedWith, result: doc?.result ?? null };
      const pages = this.model.sources.pageStartsOf(uri);
      if (pages) entry.pages = pages;
      if (isLegacyText(uri)) entry.legacy = true;
      this.cache.set(key, entry);
    }
    return doc;
  }

  /**
   * Records in the cache what the worker made of a file it read (with its stamp), when it is what the
   * cache holds. (A read with entities or text leaves the file's entry: its stamp tells whether it still holds.)
   */
  private record(key: string, outcome: FileOutcome, analysedWith: string): void {
    if (!this.cache) return;
    if (outcome.kind === 'analysed' && outcome.stamp && outcome.withoutEntities && outcome.text === undefined) this.cache.set(key, { stamp: outcome.stamp, options: analysedWith, result: outcome.result });
    else if (outcome.kind === 'notAnalysed' && outcome.stamp) this.cache.set(key, { stamp: outcome.stamp, options: analysedWith, result: null });
    else if (outcome.kind === 'unreadable' || outcome.kind === 'tooLarge') this.cache.delete(key);
  }

  /** A PDF or Word file, or a text file read in an encoding chosen for it (other than UTF-8): read through the source layer. */
  private needsSourceLayer(uri: vscode.Uri): boolean {
    const chosen = this.model.sources.chosenEncoding(uri);
    return isSourceFile(uri) || (!!chosen && chosen !== 'utf-8');
  }

  /** The file's text (a PDF or Word file's converted), or an open editor's, or undefined (with a log line saying why). */
  async read(uri: vscode.Uri): Promise<string | vscode.TextDocument | undefined> {
    const open = openDocumentOf(uri);
    if (open) return open;
    this.reads.onHost++;
    // A PDF or Word file, or one read in an encoding chosen for it (other than UTF-8, which is read below as VS Code reads it).
    if (this.needsSourceLayer(uri)) {
      try { return (await this.model.sources.get(uri)).text; } catch (e) {
        this.log.warn(`${vscode.workspace.asRelativePath(uri)}: not indexed, ${(e as Error).message}`);
        return undefined;
      }
    }
    let bytes: Uint8Array;
    try {
      const read = await this.readBytes(uri, MAX_FILE_BYTES);
      if ('tooLarge' in read) { this.log.warn(`${uri.fsPath}: skipped, larger than ${MAX_FILE_BYTES / 1048576} MB`); return undefined; }
      bytes = read.bytes;
    } catch (e) {
      this.log.warn(`${uri.fsPath}: cannot read it (${(e as Error).message})`);
      return undefined;
    }
    // UTF-8, or UTF-16 with a byte order mark: decoded as VS Code decodes it (a BOM dropped), offsets as in its editor.
    const plain = decodePlainText(bytes);
    if (plain !== undefined) return plain;
    // UTF-16 without a BOM or a legacy Vietnamese encoding (detected on the bytes; the file is then a source file, shown through its text view).
    const k = uri.toString();
    this.readingText.add(k);
    try { return (await this.model.sources.get(uri)).text; } catch (e) {
      this.log.warn(`${vscode.workspace.asRelativePath(uri)}: not indexed, ${(e as Error).message}`);
      return undefined;
    } finally { this.readingText.delete(k); }
  }

  private async analyse(uri: vscode.Uri, input: string | vscode.TextDocument | undefined, entities = true): Promise<IndexedDocument | undefined> {
    if (input === undefined) return undefined;
    if (typeof input !== 'string') {
      const a = await this.model.analyse(input);
      return a.vietnamese ? { uri, result: a.result, options: a.options } : undefined;
    }
    const a = await this.model.analyseFile(uri, input);
    if (!a) return undefined;
    this.model.sawDocumentOf(input.length);
    const doc: IndexedDocument = { uri, ...a };
    if (!entities) { doc.result = { ...a.result, entities: [] }; doc.withoutEntities = true; }
    this.shared.shareIn(doc.result); // one copy of each repeated word across the index (values unchanged)
    if (this.keepText(uri)) doc.text = input;
    return doc;
  }
}
