/**
 * The text of PDF and Word files, and of text files in a legacy encoding (src/sources): read through `workspace.fs`, converted once per
 * version of the file (its size and modification time) and kept, shared by the text views, the
 * workspace index and the annotations. The converter (pdf.js, word-extractor) is large: it runs in
 * a worker thread of its own (`dist/sourceReader.js`, sourceReaderClient.ts) started the first time
 * a source file is read, never at activation (in the browser: webSourceReader.ts, pdf.js loaded on the
 * first PDF, on the extension host's thread). Conversion problems come back as `SourceError`s worded for the
 * person; what the conversion lost is reported once per file through `onDidReportLosses`.
 * A text file that converts from a legacy encoding is marked as such (platform/sourceUri.ts
 * `markLegacyText`: from then on it is shown and indexed through its text view) and announced
 * through `onDidFindLegacyText`; one that reads as UTF-8 (or ASCII) is unmarked.
 */
import * as vscode from 'vscode';
import { readTextSource } from '../../sources/readText';
import { type EncodingName, SourceError, spanAt, type SourceText } from '../../sources/types';
import type { EncodingChoices } from './encodingChoices';
import type { Log } from '../platform/log';
import { hasUtf16Bom, isLegacyEncoding } from './sourceNotices';
import { documentKey, isLegacyText, isSourcePath, markLegacyText, SOURCE_FILE_GLOB, sourceFileUri } from '../platform/sourceUri';

/** Converts a file's bytes (sourceReaderClient.ts: in the source layer's worker thread). */
export type ReadSourceFn = (bytes: Uint8Array, name: string) => Promise<SourceText>;

const MAX_SOURCE_BYTES = 50 * 1024 * 1024;
/** Text files the source layer may be asked to read (legacy encodings); watched only for those it read. */
const TEXT_FILE_GLOB = '**/*.{txt,md,TXT,MD}';

interface Entry { stamp: string; promise: Promise<SourceText> }

export class SourceTexts implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Converted texts, for synchronous look-ups (the page of an offset). */
  private readonly ready = new Map<string, SourceText>();
  /** Where the pages of PDFs not converted in this session start, `[offset, page]` (the index's cache knows them). */
  private readonly pageStarts = new Map<string, ReadonlyArray<[number, number]>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a source file that changed on disk (its text views are read again). */
  readonly onDidChange = this.changed.event;
  private readonly foundLegacy = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a text file first read in a legacy encoding (it is now a source file: the index reads it again). */
  readonly onDidFindLegacyText = this.foundLegacy.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.foundLegacy];
  /** Conversions run (tests count them). */
  conversions = 0;

  /** `choices`: the encodings people chose for text files (*Reopen with Encoding…*); such a file is read that way, not detected. */
  constructor(private readonly read: ReadSourceFn, private readonly log: Log, private readonly choices?: EncodingChoices) {
    const w = vscode.workspace.createFileSystemWatcher(SOURCE_FILE_GLOB);
    const gone = (u: vscode.Uri) => { this.entries.delete(documentKey(u)); this.ready.delete(documentKey(u)); this.pageStarts.delete(documentKey(u)); this.changed.fire(u); };
    this.disposables.push(w, w.onDidChange(gone), w.onDidCreate(gone), w.onDidDelete(gone));
    // Text files: only those converted here (a legacy encoding, or read to find out) matter.
    const tw = vscode.workspace.createFileSystemWatcher(TEXT_FILE_GLOB);
    const textGone = (u: vscode.Uri) => { if (this.entries.has(documentKey(u)) || isLegacyText(u)) gone(u); };
    this.disposables.push(tw, tw.onDidChange(textGone), tw.onDidCreate(textGone), tw.onDidDelete(textGone));
    // Another encoding chosen: read again (its text views and whoever listens follow).
    if (choices) this.disposables.push(choices.onDidChange(gone));
  }

  /** The encoding chosen for a text file, if any (a PDF or Word file has none). */
  chosenEncoding(uri: vscode.Uri): EncodingName | undefined {
    const file = sourceFileUri(uri);
    return isSourcePath(file.path) ? undefined : this.choices?.get(file);
  }

  /** The text of a source file (or of its text view's file), converted now or taken from the cache. Rejects with a SourceError (or a file system error). */
  async get(uri: vscode.Uri): Promise<SourceText> {
    const file = sourceFileUri(uri);
    const k = documentKey(file);
    const stat = await vscode.workspace.fs.stat(file);
    if (stat.size > MAX_SOURCE_BYTES) throw new SourceError(`the file is larger than ${MAX_SOURCE_BYTES / 1048576} MB; convert it with \`chitieu convert\` and open the text`);
    const stamp = `${stat.size}:${stat.mtime}:${this.chosenEncoding(file) ?? ''}`;
    const have = this.entries.get(k);
    if (have && have.stamp === stamp) return have.promise;
    const promise = this.convert(file);
    this.entries.set(k, { stamp, promise });
    promise.then((t) => { if (this.entries.get(k)?.promise === promise) this.ready.set(k, t); }, () => { if (this.entries.get(k)?.promise === promise) this.entries.delete(k); });
    return promise;
  }

  /** The converted text if it is ready (no reading). */
  peek(uri: vscode.Uri): SourceText | undefined { return this.ready.get(documentKey(uri)); }

  /** The PDF page (1-based) an offset of the converted text comes from, when known. */
  pageAt(uri: vscode.Uri, offset: number): number | undefined {
    const t = this.peek(uri);
    if (t) return t.format === 'pdf' ? spanAt(t.spans, offset)?.page : undefined;
    const starts = this.pageStarts.get(documentKey(uri));
    if (!starts?.length) return undefined;
    let lo = 0, hi = starts.length - 1; // the last start at or before the offset (before the first: the first), as spanAt
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid][0] <= offset) lo = mid; else hi = mid - 1; }
    return starts[lo][1];
  }

  /** Where a converted PDF's pages start, `[offset, page]` (pageAt gives the same from them); undefined for another file or one not converted. */
  pageStartsOf(uri: vscode.Uri): Array<[number, number]> | undefined {
    const t = this.peek(uri);
    if (t?.format !== 'pdf') return undefined;
    const starts: Array<[number, number]> = [];
    for (const s of t.spans) if (s.page !== undefined && s.page !== starts[starts.length - 1]?.[1]) starts.push([s.start, s.page]);
    return starts;
  }

  /** Forgets every conversion (as a window opened anew has none; the index's tests). */
  forgetAll(): void { this.entries.clear(); this.ready.clear(); this.pageStarts.clear(); }

  /** Where the pages of a PDF not converted in this session start (from the index's cache). */
  knowPages(uri: vscode.Uri, starts: ReadonlyArray<[number, number]>): void { this.pageStarts.set(documentKey(uri), starts); }

  private async convert(file: vscode.Uri): Promise<SourceText> {
    const bytes = await vscode.workspace.fs.readFile(file);
    const t0 = Date.now();
    this.conversions++;
    const name = file.path.split('/').pop() ?? file.path;
    // A text file in the encoding chosen for it: decoded here, no detection (nor the reader's thread) needed.
    const chosen = this.chosenEncoding(file);
    const text = chosen ? readTextSource(bytes, chosen) : await this.read(bytes, name);
    this.log.info(`${vscode.workspace.asRelativePath(file)}: converted to text (${text.format}${text.pages ? `, ${text.pages} pages` : ''}, ${text.text.length} chars) in ${Date.now() - t0} ms`);
    for (const loss of text.losses) this.log.warn(`${vscode.workspace.asRelativePath(file)}: ${loss.message}`);
    if (text.format === 'text') {
      // UTF-16 with a byte order mark: VS Code reads it as it is (and the index decodes it itself), nothing to convert.
      const legacy = isLegacyEncoding(text) && !hasUtf16Bom(bytes), was = isLegacyText(file);
      markLegacyText(file, legacy);
      if (legacy) this.log.info(`${vscode.workspace.asRelativePath(file)}: read as ${text.encoding!.name} (${text.encoding!.given ? 'chosen; it reads ' : 'confidence '}${Math.round(text.encoding!.confidence * 100)}%)`);
      if (legacy && !was) this.foundLegacy.fire(file);
    }
    return text;
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}
