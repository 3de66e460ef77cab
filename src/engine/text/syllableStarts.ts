/**
 * Word starts whose first syllable is the first syllable of some phrase of a list, found for several
 * lists in one pass of plain code-unit tests: the offsets where a long alternation of phrases (cue
 * words) can match, tried there with a sticky pattern. Scanning the whole text with the alternation
 * itself, V8 tries it at nearly every word; most words of a text start no phrase, and one hash
 * lookup per word rules them out. A list may also name code units that start a word (the digits a
 * time expression can start with: `12/3/2024`, `2021-2025`).
 */
import { isLetterCode } from './chars';
import type { MatchStarts } from './matchStarts';

/** A first syllable's hash, its code units folded as they are read (a collision only lets an offset through). */
const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** {@link isLetterCode} below U+0250 (ASCII and the Latin blocks: most code units of a text) as a table read. */
const LATIN_LETTERS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) LATIN_LETTERS[c] = isLetterCode(c) ? 1 : 0;
const isLetter = (c: number): boolean => (c < 0x250 ? LATIN_LETTERS[c] === 1 : isLetterCode(c));
/** The Vietnamese letters with tone marks (U+1EA0–U+1EF9): with the Latin blocks, the letters of a Vietnamese text. */
const isVietnameseLetter = (c: number): boolean => c >= 0x1ea0 && c <= 0x1ef9;

/**
 * A list for {@link SyllableStarts}: phrases (their first syllables are read from them), or what a
 * pattern's matches start with (text/matchStarts: first syllables, and other units such as digits).
 */
export type StartList = readonly string[] | MatchStarts;

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
  /** For each ASCII code unit that is no letter: a bit per list whose matches can start with it (a digit). */
  private readonly units = new Uint8Array(0x80);
  private readonly count: number;

  /** `lists`: at most 8 lists of lower-case phrases, each starting with a letter, or of a pattern's starts. */
  constructor(lists: readonly StartList[]) {
    if (lists.length > 8) throw new Error('SyllableStarts: at most 8 lists');
    this.count = lists.length;
    const bits = new Map<number, number>();
    const add = (syllable: string, n: number, k: number) => {
      let h = 0;
      for (let i = 0; i < n; i++) h = step(h, syllable.charCodeAt(i));
      bits.set(h, (bits.get(h) ?? 0) | (1 << k));
    };
    lists.forEach((list, k) => {
      if (isPhrases(list)) { for (const p of list) add(p, firstSyllableLength(p), k); return; }
      for (const syl of list.syllables) add(syl, firstSyllableLength(syl), k);
      for (const c of list.units) {
        if (c >= 0x80 || isLetter(c)) throw new Error(`SyllableStarts: a start unit must be ASCII and no letter: ${c}`);
        this.units[c] |= 1 << k;
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
   * of one of its phrases, or with one of its start units. Every word start where one of its phrases
   * matches is among them (with a space or line break after the first syllable, or nothing of a word
   * after the phrase).
   */
  find(s: string): WordStarts {
    const out: number[][] = [];
    for (let k = 0; k < this.count; k++) out.push([]);
    const n = s.length;
    let afterWord = false; // after a letter or digit: no word start (letters right after a digit continue its word)
    let otherLetters = false;
    for (let i = 0; i < n;) {
      let c = s.charCodeAt(i);
      if (!isLetter(c)) {
        if (c < 0x80 && !afterWord && this.units[c] !== 0) push(out, this.units[c], i);
        afterWord = c >= 48 && c <= 57;
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
      if (!afterWord) {
        const b = this.listsOf(h);
        if (b !== 0) push(out, b, start);
      }
      afterWord = true; // the code unit after the run (no letter) is read next
    }
    return { lists: out, otherLetters };
  }
}

/** Whether a list is one of phrases (not a pattern's starts). */
const isPhrases = (list: StartList): list is readonly string[] => Array.isArray(list);

/** `at` added to each list whose bit is set in `bits`. */
function push(out: number[][], bits: number, at: number): void {
  for (let k = 0; k < out.length; k++) if (bits & (1 << k)) out[k].push(at);
}

/** List `k` of what {@link SyllableStarts.find} found, or null when the text has other letters: the caller then scans the whole text. */
export function startsOrNull(found: WordStarts, k: number): readonly number[] | null {
  return found.otherLetters ? null : found.lists[k];
}
