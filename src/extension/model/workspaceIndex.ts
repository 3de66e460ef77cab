/**
 * The goals of every Vietnamese .txt/.md file in the workspace, kept current as files change on disk
 * or in editors. Files are found with `workspace.findFiles` and read through `workspace.fs` (no
 * child processes: the same code can run as a web extension). Indexing yields between files so the
 * extension host is never blocked for long.
 */
import * as vscode from 'vscode';
import { extract, type Extraction } from '../engine';
import type { AnalysisCache } from './analysis';
import type { ChitieuConfig } from './config';
import { isVietnamese } from './language';
import { EXPORT_MANIFEST } from '../export/exportFolder';

export interface IndexedDocument {
  uri: vscode.Uri;
  result: Extraction;
  /** The text, kept only for documents with annotations (to anchor them); open documents have their editor's. */
  text?: string;
  /** The engine's options it was analysed with (its date), as a key. */
  options?: string;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SLICE_MS = 25;
const READ_BATCH = 16;
const yieldToHost = () => new Promise<void>((r) => setTimeout(r, 0));

export class WorkspaceIndex implements vscode.Disposable {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.FileSystemWatcher[] = [];
  private running: Promise<void> | undefined;
  private generation = 0;
  /** Longest time the indexer held the extension host without yielding, in ms (reported by the bench). */
  longestSliceMs = 0;
  /** Folders that hold an export (a `.chitieu-export.json`, or being written by one): never indexed. */
  private readonly exportFolders = new Set<string>();
  /** Whether to keep a document's text (set by the annotation store: documents with annotations). */
  keepText: (uri: vscode.Uri) => boolean = () => false;

  constructor(private readonly cache: AnalysisCache, private config: () => ChitieuConfig, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      cache.onDidAnalyse((a) => {
        const uri = vscode.Uri.parse(a.uri);
        if (!this.inScope(uri)) return;
        if (a.vietnamese && a.result.goals.length + a.result.provinces.length > 0) this.docs.set(a.uri, { uri, result: a.result, options: a.options });
        else this.docs.delete(a.uri);
        this.changed.fire();
      }),
    );
  }

  get documents(): IndexedDocument[] { return [...this.docs.values()].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString())); }

  /** (Re)indexes the whole workspace; concurrent calls share one run. */
  refresh(): Promise<void> {
    this.generation++;
    const gen = this.generation;
    this.watch();
    this.running = this.run(gen).finally(() => { if (this.generation === gen) this.running = undefined; });
    return this.running;
  }

  whenIdle(): Promise<void> { return this.running ?? Promise.resolve(); }

  /** Whether a document is indexed with other engine options than it has now (its date changed). */
  isStale(uri: vscode.Uri): boolean {
    return this.docs.get(uri.toString())?.options !== JSON.stringify(this.cache.optionsFor(uri));
  }

  private inScope(uri: vscode.Uri): boolean {
    return /\.(txt|md)$/i.test(uri.path) && !!vscode.workspace.getWorkspaceFolder(uri) && !this.inExport(uri);
  }

  /** Whether the file lies in an export's folder. */
  private inExport(uri: vscode.Uri): boolean {
    for (const f of this.exportFolders) if (uri.toString().startsWith(f)) return true;
    return false;
  }

  /** Keeps a folder an export writes into (and what lies under it) out of the index, and drops what was indexed there. */
  excludeFolder(folder: vscode.Uri): void {
    const prefix = folder.toString().replace(/\/*$/, '/');
    if (this.exportFolders.has(prefix)) return;
    this.exportFolders.add(prefix);
    let dropped = false;
    for (const k of [...this.docs.keys()]) if (k.startsWith(prefix)) { this.docs.delete(k); dropped = true; }
    if (dropped) this.changed.fire();
  }

  /** The files the settings include (and do not exclude). */
  async files(): Promise<vscode.Uri[]> {
    const c = this.config();
    const exclude = c.exclude.length ? `{${c.exclude.join(',')}}` : undefined;
    const [manifests, ...found] = await Promise.all([vscode.workspace.findFiles(`**/${EXPORT_MANIFEST}`, exclude), ...c.include.map((g) => vscode.workspace.findFiles(g, exclude))]);
    for (const m of manifests) this.excludeFolder(vscode.Uri.joinPath(m, '..'));
    const seen = new Map<string, vscode.Uri>();
    for (const list of found) for (const u of list) if (!this.inExport(u)) seen.set(u.toString(), u);
    return [...seen.values()];
  }

  private async run(gen: number): Promise<void> {
    const t0 = Date.now();
    const files = await this.files();
    const next = new Map<string, IndexedDocument>();
    // Reads go to the (possibly remote) file system in parallel batches; analysis runs between them
    // in slices of at most SLICE_MS of CPU, then yields to the extension host.
    for (let b = 0; b < files.length; b += READ_BATCH) {
      if (gen !== this.generation) return; // a newer refresh took over
      const batch = files.slice(b, b + READ_BATCH);
      const texts = await Promise.all(batch.map((u) => this.read(u)));
      let sliceStart = Date.now();
      for (let k = 0; k < batch.length; k++) {
        const doc = this.analyse(batch[k], texts[k]);
        if (doc) next.set(batch[k].toString(), doc);
        const held = Date.now() - sliceStart;
        if (held >= SLICE_MS) {
          this.longestSliceMs = Math.max(this.longestSliceMs, held);
          await yieldToHost();
          sliceStart = Date.now();
        }
      }
      this.longestSliceMs = Math.max(this.longestSliceMs, Date.now() - sliceStart);
      await yieldToHost();
    }
    this.docs.clear();
    for (const [k, v] of next) this.docs.set(k, v);
    this.log.info(`indexed ${files.length} files, ${next.size} with goals or provinces, in ${Date.now() - t0} ms`);
    this.changed.fire();
  }

  /** Indexes one file: an open editor's text wins over the file on disk. */
  async indexOne(uri: vscode.Uri): Promise<IndexedDocument | undefined> {
    return this.analyse(uri, await this.read(uri));
  }

  /** The file's text, or an open editor's, or undefined (with a log line saying why). */
  async read(uri: vscode.Uri): Promise<string | vscode.TextDocument | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open;
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) { this.log.warn(`${uri.fsPath}: skipped, larger than ${MAX_FILE_BYTES / 1048576} MB`); return undefined; }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      this.log.warn(`${uri.fsPath}: cannot read it (${(e as Error).message})`);
      return undefined;
    }
    if (bytes.subarray(0, 8000).includes(0)) { this.log.info(`${uri.fsPath}: binary file, skipped`); return undefined; }
    try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch {
      this.log.warn(`${uri.fsPath}: not UTF-8 text, skipped (convert it to UTF-8 to index it)`);
      return undefined;
    }
  }

  private analyse(uri: vscode.Uri, input: string | vscode.TextDocument | undefined): IndexedDocument | undefined {
    if (input === undefined) return undefined;
    if (typeof input !== 'string') {
      const a = this.cache.get(input);
      return a.vietnamese ? { uri, result: a.result, options: a.options } : undefined;
    }
    if (!isVietnamese(input)) return undefined;
    try {
      const options = this.cache.optionsFor(uri);
      const doc: IndexedDocument = { uri, result: extract(input, options), options: JSON.stringify(options) };
      if (this.keepText(uri)) doc.text = input;
      return doc;
    } catch (e) {
      this.log.error(`${uri.fsPath}: analysis failed (${(e as Error).message})`);
      return undefined;
    }
  }

  /** Indexes one file again now (after a change, or when its text is needed). */
  async update(uri: vscode.Uri): Promise<void> {
    if (!this.inScope(uri)) return;
    const doc = await this.indexOne(uri);
    if (doc && doc.result.goals.length + doc.result.provinces.length > 0) this.docs.set(uri.toString(), doc);
    else this.docs.delete(uri.toString());
    this.changed.fire();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = this.config().include.map((g) => {
      const w = vscode.workspace.createFileSystemWatcher(g);
      w.onDidCreate((u) => void this.update(u));
      w.onDidChange((u) => { if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString() && d.isDirty)) void this.update(u); });
      w.onDidDelete((u) => { this.docs.delete(u.toString()); this.changed.fire(); });
      return w;
    });
    // An export written by another window or by `chitieu export`: its folder leaves the index.
    const m = vscode.workspace.createFileSystemWatcher(`**/${EXPORT_MANIFEST}`, false, true, true);
    m.onDidCreate((u) => this.excludeFolder(vscode.Uri.joinPath(u, '..')));
    this.watchers.push(m);
  }

  dispose(): void {
    this.generation++;
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
