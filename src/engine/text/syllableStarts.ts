/**
 * Word starts whose first syllable is the first syllable of some phrase of a list, found for several
 * lists in one pass of plain code-unit tests: the offsets where a long alternation of phrases (cue
 * words) can match, tried there with a sticky pattern. Scanning the whole text with the alternation
 * itself, V8 tries it at nearly every word; most words of a text start no phrase, and one hash
 * lookup per word rules them out.
 */
import { isLetterCode } from './chars';

/** A first syllable's hash, its code units folded as they are read (a collision only lets an offset through). */
const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** {@link isLetterCode} below U+0250 (ASCII and the Latin blocks: most code units of a text) as a table read. */
const LATIN_LETTERS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) LATIN_LETTERS[c] = isLetterCode(c) ? 1 : 0;
const isLetter = (c: number): boolean => (c < 0x250 ? LATIN_LETTERS[c] === 1 : isLetterCode(c));
/** The Vietnamese letters with tone marks (U+1EA0–U+1EF9): with the Latin blocks, the letters of a Vietnamese text. */
const isVietnameseLetter = (c: number): boolean => c >= 0x1ea0 && c <= 0x1ef9;

/** What {@link SyllableStarts.find} found. */
export interface WordStarts {
  /** For each list, its offsets in order. */
  lists: number[][];
  /**
   * Whether the text holds a letter or mark (as {@link isLetterCode} has them) outside the Latin blocks
   * and the Vietnamese letters: a combining mark, a Greek or CJK letter. Without one, every letter
   * after no letter or number (text/chars letterOrNumberBefore) starts a word, and a run of letters
   * ends at the first code unit that is no letter: a phrase that matches there with `(?<![\p{L}\p{N}])`
   * rules is among the offsets found.
   */
  otherLetters: boolean;
}

/** The length of the first syllable of a phrase: its letters up to the first code unit that is none. */
function firstSyllableLength(phrase: string): number {
  let e = 0;
  while (e < phrase.length && isLetter(phrase.charCodeAt(e))) e++;
  if (e === 0) throw new Error(`SyllableStarts: "${phrase}" does not start with a letter`);
  return e;
}

export class SyllableStarts {
  /**
   * Open addressing over the hashes (a Set of numbers costs more per lookup than reading the word),
   * slots picked by the top bits of the hash times the golden ratio (its low bits are those of the
   * last letters only), in a table kept sparse: most words are in no list, and a miss should end at
   * the first slot.
   */
  private readonly hashes: Int32Array;
  /** For each slot: a bit per list whose phrases start with that syllable (0: an empty slot). */
  private readonly lists: Uint8Array;
  private readonly mask: number;
  private readonly shift: number;

  /** `lists`: at most 8 lists of lower-case phrases, each starting with a letter. */
  constructor(private readonly phrases: ReadonlyArray<readonly string[]>) {
    if (phrases.length > 8) throw new Error('SyllableStarts: at most 8 lists');
    const bits = new Map<number, number>();
    phrases.forEach((list, k) => {
      for (const p of list) {
        let h = 0;
        for (let i = 0, n = firstSyllableLength(p); i < n; i++) h = step(h, p.charCodeAt(i));
        bits.set(h, (bits.get(h) ?? 0) | (1 << k));
      }
    });
    let log = 6;
    while ((1 << log) < bits.size * 16) log++;
    this.mask = (1 << log) - 1;
    this.shift = 32 - log;
    this.hashes = new Int32Array(1 << log);
    this.lists = new Uint8Array(1 << log);
    for (const [h, b] of bits) {
      let k = this.slotOf(h);
      while (this.lists[k]) k = (k + 1) & this.mask;
      this.hashes[k] = h;
      this.lists[k] = b;
    }
  }

  private slotOf(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The bits of the lists with a phrase that starts with the syllable of hash `h` (0: none). */
  private listsOf(h: number): number {
    for (let k = this.slotOf(h); this.lists[k]; k = (k + 1) & this.mask) if (this.hashes[k] === h) return this.lists[k];
    return 0;
  }

  /**
   * For each list, the offsets in `s`, in order, that start a word (no letter, mark or digit before
   * them: what text/chars execAtWordStart accepts) with a run of letters that is the first syllable
   * of one of its phrases. Every word start where one of its phrases matches is among them (with a
   * space or line break after the first syllable, or nothing of a word after the phrase).
   */
  find(s: string): WordStarts {
    const out: number[][] = this.phrases.map(() => []);
    const n = s.length;
    let afterDigit = false; // letters right after a digit continue its word: no word start
    let otherLetters = false;
    for (let i = 0; i < n;) {
      let c = s.charCodeAt(i);
      if (!isLetter(c)) {
        afterDigit = c >= 48 && c <= 57;
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      do {
        if (c >= 0x250 && !isVietnameseLetter(c)) otherLetters = true;
        h = step(h, c);
        if (++i >= n) break;
        c = s.charCodeAt(i);
      } while (isLetter(c));
      if (!afterDigit) {
        const b = this.listsOf(h);
        if (b !== 0) for (let k = 0; k < out.length; k++) if (b & (1 << k)) out[k].push(start);
      }
      afterDigit = false; // the run is over: the code unit after it (no letter) is read next
    }
    return { lists: out, otherLetters };
  }
}
