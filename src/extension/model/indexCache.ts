/**
 * The workspace index's results kept between sessions, so a window opened again on a large workspace
 * lists its goals without reading and analysing every file again: for each file read for a document
 * without annotations, the file's stamp (platform/fileStamp.ts), what the analysis depended on (the
 * engine's options and `chitieu.enable`; for a file the extension host converts, the encoding chosen
 * for it) and its result without entities (what the index keeps of such a document). When a window
 * opens, a file that still has its stamp is not read (the engine's worker checks, or the extension
 * host for the files it reads itself: PDF, Word, legacy encodings); any other is read and analysed
 * as before. A cache written by another engine (another build of chitieu) is not used.
 *
 * One JSON Lines file in the extension's storage for the workspace (platform/nodeCacheFile.ts): a
 * header, then a line per file. Parsed and made in slices of a few milliseconds, so a large
 * workspace's cache never holds the extension host up.
 */
import type * as vscode from 'vscode';
import type { Extraction } from '../../engine';
import type { CacheFile } from '../platform/nodeCacheFile';
import type { FileStamp } from '../platform/fileStamp';
import type { Log } from '../platform/log';

/**
 * A file's last analysis: its stamp, the key of what the analysis depended on, and its result (null:
 * not analysed, by `chitieu.enable`). A file the extension host converted (a PDF, a Word file, a text
 * file in a legacy encoding) also keeps where its PDF pages start (`[offset, page]`, for the tree's
 * page numbers) and whether it was legacy-encoded.
 */
export interface CachedFile { stamp: FileStamp; options: string; result: Extraction | null; pages?: Array<[number, number]>; legacy?: true }

const FORMAT = 1;
/** The cache's file name in the extension's storage for the workspace. */
export const INDEX_CACHE_FILE = 'index-cache.jsonl';
/** The longest a slice of reading or writing the cache runs before it lets the extension host do other work, in ms. */
const SLICE_MS = 8;
/** The cache is decoded and encoded this many bytes at a time. */
const CHUNK = 1 << 20;
/** A cache larger than this keeps the first files only (a larger corpus reads the rest at each start). */
const MAX_CHARS = 128 * 1024 * 1024;
/**
 * When the cache is written: once it has not changed for `quietMs`, and while it keeps changing (a
 * large workspace indexed for minutes, a window closed before the end) at least every `atMostMs`.
 */
export interface SaveTimes { quietMs: number; atMostMs: number }
const SAVE_TIMES: SaveTimes = { quietMs: 3000, atMostMs: 30_000 };

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

export class IndexCache implements vscode.Disposable {
  private readonly files = new Map<string, CachedFile>();
  private loading: Promise<void> | undefined;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private disposed = false;

  /**
   * `file`: where the cache is kept (none: no cache); `engine`: the engine's build, as a key;
   * `stamp`: a file's stamp as the extension host tells it (for the files it reads itself).
   */
  constructor(readonly file: CacheFile | undefined, private readonly engine: () => Promise<string>, private readonly log: Pick<Log, 'info' | 'warn' | 'debug'>,
    private readonly stamp?: (uri: vscode.Uri) => Promise<FileStamp | undefined>, private readonly times: SaveTimes = SAVE_TIMES) {}

  /** A file's stamp now, or undefined when there is no cache or it cannot be told (the file is then read and not recorded). */
  stampOf(uri: vscode.Uri): Promise<FileStamp | undefined> {
    if (!this.file || !this.stamp || uri.scheme !== 'file') return Promise.resolve(undefined);
    return this.stamp(uri).catch(() => undefined);
  }

  /** Reads the cache written by an earlier session (once; `again`: forgets what it holds, unwritten changes too, and reads it again). */
  async load(again = false): Promise<void> {
    if (again) {
      while (this.saving) await this.saving;
      if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
      this.loading = undefined;
      this.files.clear();
      this.dirty = false;
    }
    return (this.loading ??= this.read());
  }

  /** A file's last analysis, if the cache has it. */
  get(uri: string): CachedFile | undefined { return this.files.get(uri); }

  /** Records a file's analysis (written soon). */
  set(uri: string, file: CachedFile): void { this.files.set(uri, file); this.changed(); }

  /** Forgets a file (read in another way, unreadable, deleted). */
  delete(uri: string): void { if (this.files.delete(uri)) this.changed(); }

  /** Forgets the files `keep` does not keep (after the whole workspace was listed and read). */
  prune(keep: (uri: string) => boolean): void {
    for (const k of [...this.files.keys()]) if (!keep(k)) this.delete(k);
  }

  get size(): number { return this.files.size; }
  /** The files the cache holds. */
  uris(): IterableIterator<string> { return this.files.keys(); }

  /** When the cache last changed, and when it first changed since it was last written (Date.now()). */
  private lastChange = 0;
  private firstUnsaved = 0;

  /** Writes the cache as {@link SaveTimes} says (one timer for a burst: a folder's 10,000 files deleted are 10,000 changes). */
  private changed(): void {
    if (!this.dirty) this.firstUnsaved = Date.now();
    this.dirty = true;
    this.lastChange = Date.now();
    if (!this.file || this.disposed || this.timer) return;
    const { quietMs, atMostMs } = this.times;
    const wait = (ms: number) => {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        const now = Date.now(), quiet = now - this.lastChange, unsaved = now - this.firstUnsaved;
        if (quiet < quietMs && unsaved < atMostMs) wait(Math.min(quietMs - quiet, atMostMs - unsaved)); else void this.save();
      }, ms);
    };
    wait(quietMs);
  }

  /** Writes the cache now (if it changed), after a write already running. */
  async save(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    while (this.saving) await this.saving;
    if (!this.dirty || !this.file) return;
    this.dirty = false;
    this.saving = this.write().catch((e) => { this.log.warn(`the index's cache was not written: ${(e as Error).message}`); }).finally(() => { this.saving = undefined; });
    await this.saving;
  }

  private async read(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const t0 = Date.now();
    try {
      const bytes = await file.read();
      if (!bytes) return; // none yet
      const engine = await this.engine();
      const files = new Map<string, CachedFile>();
      const decoder = new TextDecoder();
      let carry = '', header = true, slice = performance.now();
      for (let at = 0; at < bytes.length; at += CHUNK) {
        const last = at + CHUNK >= bytes.length;
        const lines = (carry + decoder.decode(bytes.subarray(at, at + CHUNK), { stream: !last })).split('\n');
        carry = last ? '' : lines.pop()!;
        for (const line of lines) {
          if (!line) continue;
          if (header) {
            const h = JSON.parse(line) as { format?: number; engine?: string };
            if (h.format !== FORMAT || h.engine !== engine) { this.log.info('the index\'s cache was written by another build of chitieu: every file is read again'); return; }
            header = false;
            continue;
          }
          const [uri, stamp, options, result, more] = JSON.parse(line) as [string, FileStamp, string, Extraction | null, Pick<CachedFile, 'pages' | 'legacy'> | undefined];
          files.set(uri, { stamp, options, result, ...more });
          if (performance.now() - slice >= SLICE_MS) { await pause(); slice = performance.now(); }
        }
      }
      if (this.disposed) return;
      // What was recorded meanwhile is newer.
      for (const [k, v] of files) if (!this.files.has(k)) this.files.set(k, v);
      this.log.info(`the index's cache has ${files.size} files (read in ${Date.now() - t0} ms)`);
    } catch (e) {
      this.log.warn(`the index's cache could not be read (${(e as Error).message}): every file is read again`);
    }
  }

  private async write(): Promise<void> {
    const file = this.file!;
    const engine = await this.engine();
    const encoder = new TextEncoder();
    const parts: Uint8Array[] = [encoder.encode(JSON.stringify({ format: FORMAT, engine }) + '\n')];
    let lines: string[] = [], chars = 0, total = 0, slice = performance.now();
    const flush = () => { if (lines.length) parts.push(encoder.encode(lines.join(''))); lines = []; chars = 0; };
    for (const [uri, f] of this.files) {
      const more = f.pages || f.legacy ? { pages: f.pages, legacy: f.legacy } : undefined;
      const line = JSON.stringify(more ? [uri, f.stamp, f.options, f.result, more] : [uri, f.stamp, f.options, f.result]) + '\n';
      total += line.length;
      if (total > MAX_CHARS) break;
      lines.push(line);
      chars += line.length;
      if (chars >= CHUNK) flush();
      if (performance.now() - slice >= SLICE_MS) { await pause(); slice = performance.now(); }
    }
    flush();
    await file.write(parts);
    this.log.debug(`wrote the index's cache: ${this.files.size} files, ${(parts.reduce((n, p) => n + p.length, 0) / 1048576).toFixed(1)} MB`);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
