/**
 * One analysis per document version, cached and shared by decorations, hovers, symbols, the status
 * bar and the tree. Large documents are analysed once per version; nothing else re-runs the engine.
 */
import * as vscode from 'vscode';
import { extract, type ExtractOptions, type Extraction } from '../engine';
import { isVietnamese } from './language';
import type { ChitieuConfig } from './config';
import { LANGUAGE_ID } from './ids';

export interface Analysis {
  uri: string;
  version: number;
  vietnamese: boolean;
  result: Extraction;
  ms: number;
  /** The options the engine ran with (the document's date, the reference date), as a key. */
  options: string;
}

const EMPTY: Extraction = { provinces: [], entities: [], goals: [] };
const SUPPORTED = new Set(['plaintext', 'markdown', LANGUAGE_ID]);

export function isCandidate(doc: vscode.TextDocument): boolean {
  return SUPPORTED.has(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled' || doc.uri.scheme === 'vscode-remote' || doc.uri.scheme === 'vscode-vfs');
}

export class AnalysisCache implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  private readonly changed = new vscode.EventEmitter<Analysis>();
  readonly onDidAnalyse = this.changed.event;
  /** The engine's options for a document: its date set by the user, the reference date of the settings (set by `activate`). */
  optionsFor: (uri: vscode.Uri) => ExtractOptions = () => ({});

  constructor(private config: () => ChitieuConfig, private readonly log: vscode.LogOutputChannel) {}

  /** The analysis of the document's current version, computed now if needed (never for unsupported documents). */
  get(doc: vscode.TextDocument): Analysis {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    const options = this.optionsFor(doc.uri);
    const optionsKey = JSON.stringify(options);
    if (hit && hit.version === doc.version && hit.options === optionsKey) return hit;
    const enable = this.config().enable;
    if (enable === 'never' || !isCandidate(doc)) return this.store(key, doc.version, false, EMPTY, 0, optionsKey);
    const text = doc.getText();
    const vietnamese = enable === 'always' || doc.languageId === LANGUAGE_ID || isVietnamese(text);
    if (!vietnamese) return this.store(key, doc.version, false, EMPTY, 0, optionsKey);
    const t0 = Date.now();
    let result = EMPTY;
    try {
      result = extract(text, options);
    } catch (e) {
      this.log.error(`analysis of ${doc.uri.fsPath || key} failed: ${(e as Error).message}`);
    }
    const ms = Date.now() - t0;
    if (ms > 200) this.log.info(`analysed ${doc.uri.fsPath || key} (${text.length} chars) in ${ms} ms`);
    const a = this.store(key, doc.version, true, result, ms, optionsKey);
    this.changed.fire(a);
    return a;
  }

  peek(doc: vscode.TextDocument): Analysis | undefined {
    const hit = this.cache.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit : undefined;
  }

  forget(uri: vscode.Uri): void { this.cache.delete(uri.toString()); }
  clear(): void { this.cache.clear(); }

  private store(key: string, version: number, vietnamese: boolean, result: Extraction, ms: number, options: string): Analysis {
    const a: Analysis = { uri: key, version, vietnamese, result, ms, options };
    this.cache.set(key, a);
    return a;
  }

  dispose(): void { this.changed.dispose(); this.cache.clear(); }
}
