/**
 * The document's own province names, removed from an indicator (`tỷ lệ hộ nghèo của tỉnh Bình Định`
 * → `tỷ lệ hộ nghèo`): a name the document names, after a space or at the start, with `của` and
 * `tỉnh` / `thành phố` before it, and a space, a comma or the end after it, in any letter case.
 *
 * It did so with a pattern built per document from its names, with `iu` flags. V8 compiles such a
 * pattern for each new set of names (about 0.3 ms each), and in a real corpus nearly every document
 * names a set of its own: that compiling cost as much as the rest of the engine on a corpus whose
 * documents name other provinces. Here the names are compared as lower-cased strings: no pattern.
 *
 * The strings it is given have single plain spaces (collapsed): there, it removes exactly what
 * `t.replace(/(?:^|\s)(?:của\s+)?(?:(?:tỉnh|thành phố)\s+)?(?:<names, longest first>)(?=\s|$|,)/giu, ' ')`
 * removed (a unit test compares the two). Letter case is compared by lower-casing, which is the
 * pattern's case folding for every letter Vietnamese uses.
 */
import { lowerSameLength } from '../text/normalize';

/** At most this many distinct names are looked for (as many as the pattern held). */
const MAX_NAMES = 200;
const SPACE = 32, COMMA = 44;
const OWNER = 'của';
const UNIT_WORDS = ['tỉnh', 'thành phố'];

export class OwnProvinceNames {
  /** `names`: lower-cased, distinct, longest first. */
  private constructor(private readonly names: readonly string[]) {}

  /** The names as the document wrote them (its province mentions), or null when it names none. */
  static of(found: readonly string[]): OwnProvinceNames | null {
    const exact = new Set<string>();
    const lower = new Set<string>();
    for (let k = 0; k < found.length && exact.size < MAX_NAMES; k++) {
      const name = found[k];
      if (!name || exact.has(name)) continue;
      exact.add(name);
      lower.add(lowerSameLength(name));
    }
    if (!lower.size) return null;
    return new OwnProvinceNames([...lower].sort((a, b) => b.length - a.length));
  }

  /** `t` (single plain spaces) with each of the names, and what may stand before it, replaced by a space. */
  removeFrom(t: string): string {
    const lower = lowerSameLength(t);
    if (!this.names.some((n) => lower.includes(n))) return t; // most indicators name no province
    let out = '', copied = 0, found = false;
    for (let p = 0; p >= 0 && p < lower.length;) {
      const end = this.matchAt(lower, p);
      if (end < 0) { p = lower.indexOf(' ', p + 1); continue; }
      out += t.slice(copied, p) + ' ';
      copied = end;
      found = true;
      p = lower.indexOf(' ', end);
    }
    return found ? out + t.slice(copied) : t;
  }

  /** The end of a match that starts at `p` (the start of `s`, or a space it takes), or -1. */
  private matchAt(s: string, p: number): number {
    if (p === 0) {
      const end = this.ownerAt(s, 0);
      if (end >= 0) return end;
    }
    return s.charCodeAt(p) === SPACE ? this.ownerAt(s, p + 1) : -1;
  }

  /** `(?:của\s+)?` then the rest: with `của` first, then without. */
  private ownerAt(s: string, q: number): number {
    if (wordThenSpace(s, OWNER, q)) {
      const end = this.unitAt(s, q + OWNER.length + 1);
      if (end >= 0) return end;
    }
    return this.unitAt(s, q);
  }

  /** `(?:(?:tỉnh|thành phố)\s+)?` then a name: with the unit word first, then without. */
  private unitAt(s: string, q: number): number {
    for (const w of UNIT_WORDS) {
      if (!wordThenSpace(s, w, q)) continue;
      const end = this.nameAt(s, q + w.length + 1);
      if (end >= 0) return end;
    }
    return this.nameAt(s, q);
  }

  /** The end of the longest name at `q` followed by a space, a comma or the end, or -1. */
  private nameAt(s: string, q: number): number {
    for (const name of this.names) {
      if (!s.startsWith(name, q)) continue;
      const after = q + name.length;
      if (after === s.length || s.charCodeAt(after) === SPACE || s.charCodeAt(after) === COMMA) return after;
    }
    return -1;
  }
}

/** `word` at `q` with a space after it. */
const wordThenSpace = (s: string, word: string, q: number): boolean => s.charCodeAt(q + word.length) === SPACE && s.startsWith(word, q);
