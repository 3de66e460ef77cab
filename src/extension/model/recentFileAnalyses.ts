/**
 * The latest analyses of large files read for the index, with their text: a researcher opens a file
 * the index has read (from the goals tree, the explorer, a search), and an editor document with the
 * same text and the same options takes that analysis instead of running the engine on it again (a
 * 1 MB plan: 120–150 ms of the worker's time before all its highlights show, and the worker busy
 * meanwhile). The engine gives the same result for the same text and options, so only an exact match
 * is taken. A few are kept (at most `maxEntries`, `maxChars` characters of text together), the
 * oldest dropped first; an analysis is taken once (the editor's document keeps it from then on).
 * No `vscode` here.
 */
import type { Extraction } from '../../engine';

/**
 * Texts this large are kept (about 30 ms of the engine's time and more; a smaller one is analysed
 * again as fast as its analysis would cross from the worker).
 */
export const KEPT_FROM_CHARS = 250_000;

interface Held { text: string; options: string; result: Extraction }

export class RecentFileAnalyses {
  /** By the URI an editor document of the file has; in the order they were remembered. */
  private readonly held = new Map<string, Held>();
  private chars = 0;
  /** Analyses taken by an editor document instead of running the engine (tests and the bench count them). */
  taken = 0;

  constructor(private readonly maxChars = 4_000_000, private readonly maxEntries = 4) {}

  /** A file's text analysed with `options` (their JSON): kept for an editor that opens it. */
  remember(uri: string, text: string, options: string, result: Extraction): void {
    this.forget(uri);
    if (text.length > this.maxChars) return;
    this.held.set(uri, { text, options, result });
    this.chars += text.length;
    for (const [k, h] of this.held) {
      if (this.chars <= this.maxChars && this.held.size <= this.maxEntries) break;
      this.held.delete(k);
      this.chars -= h.text.length;
    }
  }

  /** The analysis of `uri` if it was made of exactly this text with these options (taken: it is no longer kept). */
  take(uri: string, text: string, options: string): Extraction | undefined {
    const h = this.held.get(uri);
    if (!h) return undefined;
    this.forget(uri);
    if (h.options !== options || h.text !== text) return undefined;
    this.taken++;
    return h.result;
  }

  forget(uri: string): void {
    const h = this.held.get(uri);
    if (!h) return;
    this.held.delete(uri);
    this.chars -= h.text.length;
  }

  clear(): void { this.held.clear(); this.chars = 0; }

  /** How many analyses are kept, and their texts' characters. */
  get size(): { entries: number; chars: number } { return { entries: this.held.size, chars: this.chars }; }
}
