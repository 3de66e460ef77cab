/**
 * The matches of a pattern at word starts, in order, as a loop over `execAtWordStart` (text/chars)
 * finds them: either that scan of the whole text, or the pattern tried sticky at given offsets only
 * (the word starts text/syllableStarts found where a match can start), with the same results. A
 * scan of a long pattern over the whole text tries it at nearly every word; the offsets found in the
 * one pass over the text are few.
 */
import { compileForLongTexts, execAtWordStart } from './chars';

export class WordStartMatches {
  private readonly sticky: RegExp;
  private global: RegExp | undefined;
  private s = '';
  private starts: readonly number[] | null = null;
  private k = 0;
  /**
   * Where the next match may start: after {@link next}, the end of its match (where the scan goes
   * on); set it back (to the match's start + 1) to let a match start inside the last one.
   */
  from = 0;

  /**
   * `source`: a `u`-flag pattern. `scanSource`: the same matches behind a hint for the whole-text
   * scan (text/chars atLikelyWordStartPrefixed), made when a text is first scanned.
   */
  constructor(source: string, private readonly scanSource: () => string = () => source) {
    this.sticky = new RegExp(source, 'uy');
  }

  /** Starts on a text. `starts`: the offsets to try, in order, a superset of the word starts where the pattern matches; null: scan the whole text. */
  reset(s: string, starts: readonly number[] | null): this {
    this.s = s;
    this.starts = starts;
    this.k = 0;
    this.from = 0;
    if (starts === null) compileForLongTexts(this.scanner());
    else compileForLongTexts(this.sticky);
    return this;
  }

  private scanner(): RegExp {
    return (this.global ??= new RegExp(this.scanSource(), 'gu'));
  }

  /** The next match at a word start at or after {@link from}, or null. */
  next(): RegExpExecArray | null {
    const m = this.starts === null ? this.scanNext() : this.tryNext(this.starts);
    if (m !== null) this.from = m.index + m[0].length;
    else { this.s = ''; this.starts = null; } // the text is not held after its last match
    return m;
  }

  private scanNext(): RegExpExecArray | null {
    const re = this.scanner();
    re.lastIndex = this.from;
    return execAtWordStart(re, this.s);
  }

  private tryNext(starts: readonly number[]): RegExpExecArray | null {
    const re = this.sticky;
    while (this.k < starts.length) {
      const at = starts[this.k++];
      if (at < this.from) continue;
      re.lastIndex = at;
      const m = re.exec(this.s);
      if (m !== null) return m;
    }
    return null;
  }
}
