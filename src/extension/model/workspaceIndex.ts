/**
 * The goals of every Vietnamese .txt/.md file in the workspace, and of its PDF and Word files (read
 * through the source layer, sourceTexts.ts; a file that cannot be converted is logged and left out),
 * text files in a legacy encoding included (an unsure one is logged), kept current as files change
 * on disk or in editors. A PDF or Word file is indexed under its own URI; its text view (an open
 * editor) stands for it. Files are found as workspaceFiles.ts says and
 * read and analysed as indexReader.ts says (the engine's worker reads plain text files itself where
 * it can). Indexing shows its progress on the goals view, and the documents indexed so far are in
 * the tree before it ends.
 */
import * as vscode from 'vscode';
import type { Extraction } from '../../engine';
import type { ChitieuConfig } from '../platform/config';
import { GOALS_VIEW } from '../platform/ids';
import type { Log } from '../platform/log';
import type { DocumentModel } from './documentModel';
import { IndexReader, type IndexedDocument } from './indexReader';
import { VersionedMap } from './versionedMap';
import { readWorkspace, WorkspaceFiles } from './workspaceFiles';
import { EXPORT_MANIFEST } from '../../export/exportFolder';
import { LatestReads } from './latestReads';
import type { IndexCache } from './indexCache';
import { isSourceFile, isSourcePath, isTextPath, openDocumentOf, SOURCE_SCHEME, sourceFileUri } from '../platform/sourceUri';
import { readThroughWorkspaceFs, type ReadFileBytes } from '../platform/fileBytes';

export type { IndexedDocument } from './indexReader';

/** Files read and analysed at once (reads overlap the worker's analyses). */
const IN_FLIGHT = 16;
/** The order of `documents` (as `localeCompare` sorts, with one collator instead of one per comparison). */
const URI_ORDER = new Intl.Collator();
/** How often the tree hears of the documents indexed so far, in ms. */
const REPORT_EVERY_MS = 300;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly docs = new VersionedMap<string, IndexedDocument>();
  /** `documents`, sorted, for the map's version (the tree asks for it on every rebuild), and the sorted keys for its key set's. */
  private sorted: { version: number; keysVersion: number; keys: string[]; list: IndexedDocument[] } | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Turns a file into its index entry. */
  private readonly reader: IndexReader;
  private watchers: vscode.FileSystemWatcher[] = [];
  private running: Promise<void> | undefined;
  private generation = 0;
  /** While indexing: the files done and found. */
  progress: { done: number; total: number } | undefined;
  /** Folders that hold an export (a `.chitieu-export.json`, or being written by one): never indexed. */
  /** The workspace's files, export folders left out. */
  private readonly workspaceFiles = new WorkspaceFiles();
  /** Folders created (copied in, unpacked) whose files are looked for together a moment later. */
  private readonly createdFolders = new Set<string>();
  private folderScan: ReturnType<typeof setTimeout> | undefined;
  /** Files changed or created on disk, waiting to be indexed again (a burst of them is read a few at a time). */
  private readonly queued = new Set<string>();
  private draining: Promise<void> | undefined;
  /** Files indexed on their own while the whole workspace was being indexed: that run's end keeps them, though its list of files, made before, lacks them. */
  private readonly putDuringRun = new Set<string>();
  /** A file read again while a read of it runs (changed meanwhile): the newer read's result stands. */
  private readonly latestReads = new LatestReads();
  private disposed = false;

  constructor(private readonly model: DocumentModel, private config: () => ChitieuConfig, private readonly log: Log,
    /** How a file's bytes are read (the Node build reads `file:` URIs from the disk itself). */
    readBytes: ReadFileBytes = readThroughWorkspaceFs,
    /** The results kept between sessions (where the engine's worker reads files). */
    private readonly cache?: IndexCache) {
    this.reader = new IndexReader(model, log, readBytes, (uri) => this.keepText(uri), cache);
    this.disposables.push(
      model.onDidChange((uri) => this.fromEditor(uri)),
      model.store.onDidChange((uri) => this.annotationsChanged(uri)),
      // A text file just found to be in a legacy encoding (opened, or read by the index): its entry is the converted text's.
      model.sources.onDidFindLegacyText((uri) => { if (this.inScope(uri) && !this.indexing && !this.reader.readingText.has(uri.toString())) void this.update(uri); }),
    );
  }

  get indexing(): boolean { return this.progress !== undefined; }
  /** The last run over the whole workspace: the files it listed, and the reads it began before the search had listed them (tests). */
  lastRun = { readsBeforeListing: 0, listed: 0 };

  /** Whether to keep a document's text: documents with annotations (to anchor them). */
  private keepText(uri: vscode.Uri): boolean { return this.model.store.has(uri); }

  /** An open document analysed again: its entry follows. */
  private fromEditor(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const a = doc && this.model.current(doc);
    const file = sourceFileUri(uri);
    // A legacy-encoded text file open as itself (garbled): its text view stands for it, not this.
    if (!a || !this.inScope(file) || (uri.scheme !== SOURCE_SCHEME && isSourceFile(uri))) return;
    if (!this.keep(file.toString(), a.vietnamese ? { uri: file, result: a.result, options: a.options } : undefined)) return;
    this.changed.fire();
  }

  /** A document that just got annotations keeps its text in the index; one whose date changed is read again. */
  private annotationsChanged(uri: vscode.Uri): void {
    if (openDocumentOf(uri)) return; // the model re-analyses it
    const indexed = this.docs.get(uri.toString());
    if ((indexed && indexed.text === undefined && this.keepText(uri)) || this.isStale(uri)) void this.update(uri);
  }

  get documents(): readonly IndexedDocument[] {
    if (this.sorted?.version !== this.docs.version) {
      // Entries replaced, none added or removed (a refresh, an edit): the same order, not sorted again
      // (10,000 URIs sorted with the collator took 13–25 ms, at every rebuild of the tree while indexing).
      const keys = this.sorted?.keysVersion === this.docs.keysVersion ? this.sorted.keys : [...this.docs.keys()].sort((a, b) => URI_ORDER.compare(a, b));
      this.sorted = { version: this.docs.version, keysVersion: this.docs.keysVersion, keys, list: keys.map((k) => this.docs.get(k)!) };
    }
    return this.sorted.list;
  }

  /**
   * Indexes the workspace as a window opens: the files that have not changed since the cache recorded
   * them are not read again. `again` (tests): as a window opened anew, the index and the converted
   * PDF and Word files emptied and the cache read again from its file.
   */
  async start(again = false): Promise<void> {
    if (again) { this.generation++; this.docs.clear(); this.model.sources.forgetAll(); this.changed.fire(); }
    await this.cache?.load(again);
    return this.refresh(true);
  }

  /** (Re)indexes the whole workspace, every file read again (`fromCache`: unless unchanged since the cache recorded it); concurrent calls share one run. */
  refresh(fromCache = false): Promise<void> {
    this.generation++;
    const gen = this.generation;
    this.watch();
    this.running = this.run(gen, fromCache).finally(() => { if (this.generation === gen) { this.running = undefined; this.progress = undefined; } });
    return this.running;
  }

  /** Resolves when no indexing is running and no file waits to be indexed again. */
  async whenIdle(): Promise<void> {
    while (this.running || this.draining) await (this.running ?? this.draining);
  }

  /** Whether a document is indexed with other engine options than it has now (its date changed). */
  isStale(uri: vscode.Uri): boolean {
    return this.docs.get(uri.toString())?.options !== JSON.stringify(this.model.optionsFor(uri));
  }

  private inScope(uri: vscode.Uri): boolean {
    return (isTextPath(uri.path) || isSourcePath(uri.path)) && !!vscode.workspace.getWorkspaceFolder(uri) && !this.inExport(uri);
  }

  private inExport(uri: vscode.Uri): boolean { return this.workspaceFiles.inExport(uri); }

  /** Keeps a folder an export writes into (and what lies under it) out of the index, and drops what was indexed there. */
  excludeFolder(folder: vscode.Uri): void {
    const prefix = this.workspaceFiles.excludeFolder(folder);
    if (prefix) this.dropUnder(prefix);
  }

  /** Drops what was indexed under a folder (its URI ending in `/`), telling the views when something was. */
  private dropUnder(prefix: string): void {
    let dropped = false;
    for (const k of [...this.docs.keys()]) if (k.startsWith(prefix)) { this.docs.delete(k); dropped = true; }
    if (dropped) this.changed.fire();
  }

  /** The files the settings include (and do not exclude), export folders left out (those found now leave the index). */
  files(): Promise<vscode.Uri[]> {
    const c = this.config();
    return this.workspaceFiles.list(c.include, c.exclude, (folder) => this.excludeFolder(folder));
  }

  private run(gen: number, fromCache: boolean): Promise<void> {
    if (this.config().enable === 'never') {
      this.docs.clear();
      this.changed.fire();
      return Promise.resolve();
    }
    return Promise.resolve(vscode.window.withProgress({ location: { viewId: GOALS_VIEW }, title: 'Indexing' }, (p) => this.runWith(gen, p, fromCache)));
  }

  private async runWith(gen: number, progress: vscode.Progress<{ message?: string; increment?: number }>, fromCache: boolean): Promise<void> {
    const t0 = Date.now();
    this.progress = { done: 0, total: 0 };
    this.changed.fire();
    this.putDuringRun.clear();
    this.lastRun = { readsBeforeListing: 0, listed: 0 };
    const state = { done: 0, total: 0 };
    this.progress = state;
    let reported = Date.now();
    const seen = await readWorkspace({
      // The files known already (indexed, or in the cache of the last session) are read while the workspace is searched.
      known: () => { const known: Array<[string, vscode.Uri | undefined]> = [...this.docs].map(([k, d]) => [k, d.uri]); if (this.cache) for (const k of this.cache.uris()) known.push([k, undefined]); return known; },
      search: () => this.files(),
      read: (uri) => this.indexLatest(uri, fromCache),
      // (A read undefined: a newer read of the file began meanwhile, which puts its result; the run's end keeps it.)
      keep: (k, read) => { if (read) this.keep(k, read.value); },
      current: () => gen === this.generation,
      progressed: (done, total) => {
        state.done = done; state.total = total;
        if (Date.now() - reported < REPORT_EVERY_MS) return;
        reported = Date.now();
        progress.report({ message: `${done} / ${total} files`, increment: 0 });
        this.changed.fire(); // the documents indexed so far reach the tree before the end
      },
    }, IN_FLIGHT, this.lastRun);
    if (!seen || gen !== this.generation) return;
    for (const k of [...this.docs.keys()]) if (!seen.has(k) && !this.putDuringRun.has(k)) this.docs.delete(k);
    this.cache?.prune((k) => seen.has(k) || this.putDuringRun.has(k));
    this.putDuringRun.clear();
    this.progress = undefined;
    this.log.info(`indexed ${this.lastRun.listed} files, ${this.docs.size} with goals or provinces, in ${Date.now() - t0} ms`);
    this.changed.fire();
  }

  /** Indexes one file (an open editor's text wins over the file on disk). */
  indexOne(uri: vscode.Uri): Promise<IndexedDocument | undefined> { return this.reader.indexOne(uri); }

  /** Indexes one file, or undefined when a newer read of it began meanwhile (model/latestReads). */
  private indexLatest(uri: vscode.Uri, fromCache = false): Promise<{ value: IndexedDocument | undefined } | undefined> {
    return this.latestReads.run(uri.toString(), () => this.reader.indexOne(uri, undefined, fromCache));
  }

  /**
   * A document's whole result, entities included: its entry's, or, when the index kept only its goals
   * (`withoutEntities`), the file read and analysed again (not kept: exports ask for it once). The
   * entry's when the file can no longer be read.
   */
  async withEntities(d: IndexedDocument): Promise<Extraction> {
    if (!d.withoutEntities) return d.result;
    return (await this.reader.indexOne(d.uri, true))?.result ?? d.result;
  }

  /** The file's text (a PDF or Word file's converted), or an open editor's, or undefined (with a log line saying why). */
  read(uri: vscode.Uri): Promise<string | vscode.TextDocument | undefined> { return this.reader.read(uri); }

  /** Files read (since activation) by the engine's worker, and by the extension host itself (open editors aside); files the cache had unchanged. */
  get reads(): { readonly inWorker: number; readonly onHost: number; readonly unchanged: number } { return this.reader.reads; }
  /** Files the worker analysed from disk whose result gave way to an editor's analysis: the editor opened them meanwhile. */
  get openedMeanwhile(): number { return this.reader.openedMeanwhile; }

  /** Indexes one file again now (after a change, or when its text is needed). */
  async update(uri: vscode.Uri): Promise<void> {
    if (!this.inScope(uri)) return;
    const read = await this.indexLatest(uri);
    if (!read) return; // stale: the newer read updates it
    this.put(uri, read.value);
    this.changed.fire();
  }

  private put(uri: vscode.Uri, doc: IndexedDocument | undefined): void {
    // While the workspace is indexed, a file indexed on its own (written, changed) is newer than the run's list of files.
    if (this.indexing) this.putDuringRun.add(uri.toString());
    this.keep(uri.toString(), doc);
  }

  /** Lists a document that has goals or provinces, else drops it; false when neither changed the index (not listed before or after). */
  private keep(key: string, doc: IndexedDocument | undefined): boolean {
    if (doc && doc.result.goals.length + doc.result.provinces.length > 0) { this.docs.set(key, doc); return true; }
    return this.docs.delete(key);
  }

  /**
   * Indexes a file again soon: files changed or created on disk (thousands at once when a corpus is
   * copied in) are read a few at a time, and the views hear of them every so often, not once per file.
   */
  queue(uri: vscode.Uri): void {
    if (!this.inScope(uri)) return;
    this.queued.add(uri.toString());
    this.startDrain();
  }

  private startDrain(): void {
    // A file queued after the lanes found the queue empty, but before they ended, starts the next drain.
    this.draining ??= this.drain().finally(() => { this.draining = undefined; if (this.queued.size && !this.disposed) this.startDrain(); });
  }

  private async drain(): Promise<void> {
    let reported = Date.now(), changed = false;
    const lane = async () => {
      for (let k = this.queued.values().next(); !k.done && !this.disposed; k = this.queued.values().next()) {
        this.queued.delete(k.value);
        const uri = vscode.Uri.parse(k.value);
        try {
          const read = await this.indexLatest(uri);
          if (!read) continue; // stale: the newer read puts its result
          this.put(uri, read.value);
        } catch (e) { this.log.warn(`${uri.toString()}: not indexed (${(e as Error).message})`); continue; }
        changed = true;
        if (Date.now() - reported >= REPORT_EVERY_MS) { reported = Date.now(); changed = false; this.changed.fire(); }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    if (changed && !this.disposed) this.changed.fire();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = this.config().include.map((g) => {
      const w = vscode.workspace.createFileSystemWatcher(g);
      w.onDidCreate((u) => this.queue(u));
      w.onDidChange((u) => { if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString() && d.isDirty)) this.queue(u); });
      w.onDidDelete((u) => { this.cache?.delete(u.toString()); if (this.docs.delete(u.toString())) this.changedSoon(); });
      return w;
    });
    // Folders: VS Code reports a deleted folder alone (its files' events are dropped), and a folder
    // copied or unpacked into the workspace may come before the watcher sees its files.
    const f = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    f.onDidDelete((u) => this.folderDeleted(u));
    f.onDidCreate((u) => void this.maybeFolderCreated(u));
    this.watchers.push(f);
    // An export written by another window or by `chitieu export`: its folder leaves the index.
    const m = vscode.workspace.createFileSystemWatcher(`**/${EXPORT_MANIFEST}`, false, true, true);
    m.onDidCreate((u) => this.excludeFolder(vscode.Uri.joinPath(u, '..')));
    this.watchers.push(m);
  }

  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Fires the change event once for a burst of changes (the file watcher reports a folder's thousands of deleted files one by one). */
  private changedSoon(): void {
    this.changeTimer ??= setTimeout(() => { this.changeTimer = undefined; if (!this.disposed) this.changed.fire(); }, 0);
  }

  /** A deleted folder: what was indexed under it leaves the index. */
  private folderDeleted(uri: vscode.Uri): void {
    // A document (the documents' watcher drops it): not looked for under, which is a walk of the whole
    // index per deleted file (a folder of 10,000 files deleted in a workspace of 100,000).
    if (this.docs.has(uri.toString()) || this.inScope(uri)) return;
    this.dropUnder(uri.toString().replace(/\/*$/, '/'));
  }

  /** Something created that is not a document: a folder's documents are indexed (all the folders created within half a second together). */
  private async maybeFolderCreated(uri: vscode.Uri): Promise<void> {
    if (this.inScope(uri) || /\/(\.git|\.chitieu|node_modules)(\/|$)/.test(uri.path)) return;
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch { return; /* gone again */ }
    this.createdFolders.add(uri.toString().replace(/\/*$/, '/'));
    if (this.folderScan) clearTimeout(this.folderScan);
    this.folderScan = setTimeout(() => { this.folderScan = undefined; void this.scanCreatedFolders(); }, 500);
  }

  private async scanCreatedFolders(): Promise<void> {
    const prefixes = [...this.createdFolders];
    this.createdFolders.clear();
    if (!prefixes.length || this.config().enable === 'never') return;
    const found = (await this.files()).filter((u) => { const k = u.toString(); return !this.docs.has(k) && prefixes.some((p) => k.startsWith(p)); });
    if (found.length) this.log.info(`indexing ${found.length} files of ${prefixes.length} new folder(s)`);
    for (const u of found) this.queue(u);
  }

  dispose(): void {
    this.disposed = true;
    if (this.folderScan) clearTimeout(this.folderScan);
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.generation++;
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
