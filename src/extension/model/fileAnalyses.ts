/**
 * Files not open in an editor, analysed for the workspace index and for exports: a file's text, or a
 * file on disk that the engine's worker reads itself where it can. A large file's text and analysis
 * are kept a while (recentFileAnalyses.ts) for an editor that opens it. No caller but the document
 * model (documentModel.ts), which applies the same options and `chitieu.enable`.
 */
import * as vscode from 'vscode';
import type { ExtractOptions, Extraction } from '../../engine';
import type { ChitieuConfig } from '../platform/config';
import type { FileStamp } from '../platform/fileStamp';
import { shouldAnalyse } from '../platform/language';
import type { Log } from '../platform/log';
import { documentKey, openDocumentOf } from '../platform/sourceUri';
import type { Analyzer } from './analyzer';
import type { FileOutcome } from './engineProtocol';
import { KEPT_FROM_CHARS, RecentFileAnalyses } from './recentFileAnalyses';

export class FileAnalyses {
  /** The latest large files read, with their text and whole analysis. */
  readonly recent = new RecentFileAnalyses();

  constructor(private readonly analyzer: Analyzer, private readonly optionsFor: (uri: vscode.Uri) => ExtractOptions,
    private readonly config: () => ChitieuConfig, private readonly log: Log) {}

  /**
   * A file's text (not open in an editor) analysed: undefined when chitieu does not analyse it
   * (`chitieu.enable`, not Vietnamese) or the engine failed (logged).
   */
  async analyseFile(uri: vscode.Uri, text: string): Promise<{ result: Extraction; options: string } | undefined> {
    if (!shouldAnalyse(this.config().enable, text)) return undefined;
    const options = this.optionsFor(uri);
    try {
      const a = { result: await this.analyzer.analyse(text, options), options: JSON.stringify(options) };
      if (text.length >= KEPT_FROM_CHARS) this.rememberFile(uri, text, a.options, a.result);
      return a;
    } catch (e) {
      this.log.error(`${uri.fsPath}: analysis failed (${(e as Error).message})`);
      return undefined;
    }
  }

  /**
   * A file on disk (not open in an editor) read, decoded and analysed where the engine runs, when
   * that can read this machine's disk (a Node worker, a `file:` URI): the extension host neither
   * reads nor decodes nor copies its text. `readOnHost`: read it here and call `analyseFile`.
   * `chitieu.enable` is applied there, by the same rule (`notAnalysed`). `wantEntities` false: the
   * result's entities are left empty (`withoutEntities`), and do not cross from the worker.
   * `key`: what the analysis depends on besides the file (its options and `chitieu.enable`); `cached`:
   * the file's last analysis (the index's cache): when its key is this one and the file still has its
   * stamp, the file is not read (`unchanged`).
   */
  async analyseFileOnDisk(uri: vscode.Uri, maxBytes: number, wantText: boolean, wantEntities = true, cached?: { stamp: FileStamp; options: string }): Promise<{ outcome: FileOutcome; options: string; key: string }> {
    const options = this.optionsFor(uri), enable = this.config().enable;
    const json = JSON.stringify(options), key = this.analysisKey(uri, json);
    if (uri.scheme !== 'file') return { outcome: { kind: 'readOnHost' }, options: json, key };
    const unchangedIf = cached?.options === key ? cached.stamp : undefined;
    try {
      const outcome = await this.analyzer.analyseFile({ file: uri.fsPath, options, enable, maxBytes, wantText, wantEntities, unchangedIf, wholeAbove: KEPT_FROM_CHARS });
      if (outcome.kind === 'analysed' && outcome.text !== undefined && outcome.chars >= KEPT_FROM_CHARS) {
        // A large file comes back whole: kept for an editor that opens it, and given to the caller as asked.
        this.rememberFile(uri, outcome.text, json, outcome.result);
        if (!wantText) outcome.text = undefined;
        if (!wantEntities) { outcome.result = { ...outcome.result, entities: [] }; outcome.withoutEntities = true; }
      }
      return { outcome, options: json, key };
    } catch (e) {
      this.log.error(`${uri.fsPath}: analysis failed (${(e as Error).message})`);
      return { outcome: { kind: 'notAnalysed' }, options: json, key };
    }
  }

  /** A large file's text and analysis, kept for an editor that opens it (not when one has it open already: its editor has its own). */
  private rememberFile(uri: vscode.Uri, text: string, options: string, result: Extraction): void {
    if (!openDocumentOf(uri)) this.recent.remember(documentKey(uri), text, options, result);
  }

  /** What an analysis of a file depends on besides its text: its options (a date) and `chitieu.enable`, as a key (the index's cache). */
  analysisKey(uri: vscode.Uri, options = JSON.stringify(this.optionsFor(uri))): string {
    const key = `${options} ${this.config().enable}`;
    return key === this.lastKey ? this.lastKey : (this.lastKey = key); // one copy for the many files that share it (the cache keeps one per file)
  }
  private lastKey = '';
}
