/**
 * Text normalisation with an offset map back to the caller's text.
 *
 * The engine matches on `text` (NFC, zero-width characters removed, every horizontal space and
 * CR as a plain space, `Ð` as `Đ`) and on `lower` (the same, lower-cased, same length). Spans found
 * there are mapped back with `toOriginal`, so offsets always point into the text as given.
 */
import type { Span } from '../types';

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly lower: string;
  /** Maps a half-open span of `text` to the corresponding span of `original`. */
  toOriginal(start: number, end: number): Span;
}

/** Characters that are deleted: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const DELETED = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** Characters that are replaced one for one. */
const SPACE_LIKE = /[\t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1dc0 && code <= 0x1dff)
    || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
}

/** Non-ASCII characters that SPACE_LIKE turns into a plain space. */
function isSpaceLike(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Letters (ASCII letters and every non-ASCII character) and non-ASCII characters of the normalised text: what index.ts's script profile counts. */
export interface LetterCounts { letters: number; nonAscii: number }

const CLEAN = 0, ONE_FOR_ONE = 1, SLOW = 2;

/** What a code unit means to classify, as bits: counted as a letter, counted as non-ASCII, replaced one for one, needs the slow path. */
const LETTER_BIT = 1, NON_ASCII_BIT = 2, REPLACED_BIT = 4, SLOW_BIT = 8;
const UNIT_BITS = unitBits();

function unitBits(): Uint8Array {
  const bits = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c < 0x80) bits[c] = (c | 32) >= 97 && (c | 32) <= 122 ? LETTER_BIT : c === 0x09 || c === 0x0d ? REPLACED_BIT : 0;
    else if (isSpaceLike(c)) bits[c] = REPLACED_BIT;
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad || isCombining(c)) bits[c] = SLOW_BIT;
    else bits[c] = LETTER_BIT | NON_ASCII_BIT | (c === 0xd0 ? REPLACED_BIT : 0); // `Ð` stays a non-ASCII letter (`Đ`)
  }
  return bits;
}

/**
 * One pass over the text as given: CLEAN when normalising changes nothing (most texts: no copy then),
 * ONE_FOR_ONE when only SPACE_LIKE or `Ð` need replacing, SLOW for a deleted character or a combining
 * mark (whose presence means the text may not be NFC). Counts letters on the way, as they will be in
 * the normalised text (a space-like character becomes a space; `Ð` stays a non-ASCII letter). By a
 * table of each unit's bits, with no branch per character (about three times faster than the tests).
 */
function classify(s: string, counts: LetterCounts): number {
  let letters = 0, nonAscii = 0, seen = 0;
  for (let i = 0; i < s.length; i++) {
    const bits = UNIT_BITS[s.charCodeAt(i)];
    letters += bits & LETTER_BIT;
    nonAscii += (bits & NON_ASCII_BIT) >> 1;
    seen |= bits;
  }
  if (seen & SLOW_BIT) return SLOW;
  counts.letters = letters;
  counts.nonAscii = nonAscii;
  return seen & REPLACED_BIT ? ONE_FOR_ONE : CLEAN;
}

function replaceOneForOne(s: string): string {
  return s.replace(SPACE_LIKE, ' ').replace(/\u00d0/g, '\u0110');
}

/** `s.toLowerCase()`, keeping as they are the few characters (İ) whose lower case is longer: offsets stay valid. */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  // A few characters (İ) change length when lower-cased: keep those as they are.
  let out = '';
  for (const ch of s) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

export function normalizeText(original: string): NormalizedText {
  return normalizeCounting(original).norm;
}

const identity = (s: number, e: number): Span => [s, e];

/** {@link normalizeText}, with the letters of the result counted when that came for free (undefined otherwise). */
export function normalizeCounting(original: string): { norm: NormalizedText; counts: LetterCounts | undefined } {
  const counts: LetterCounts = { letters: 0, nonAscii: 0 };
  const kind = classify(original, counts);
  if (kind !== SLOW) {
    const text = kind === CLEAN ? original : replaceOneForOne(original);
    return { norm: { original, text, lower: lowerSameLength(text), toOriginal: identity }, counts };
  }
  return { norm: normalizeSlowly(original), counts: undefined };
}

/** Walks clusters (a base character with its combining marks), composes each to NFC, and remembers for every output unit the original cluster it came from. */
function normalizeSlowly(original: string): NormalizedText {
  const outParts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (DELETED.test(original[i])) { i++; continue; }
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = original.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < n && isCombining(original.charCodeAt(j))) j++;
    const cluster = original.slice(i, j);
    const composed = j - i > 1 ? cluster.normalize('NFC') : cluster;
    for (let k = 0; k < composed.length; k++) { starts.push(i); ends.push(j); }
    outParts.push(composed);
    i = j;
  }
  const text = replaceOneForOne(outParts.join(''));
  const startArr = Int32Array.from(starts);
  const endArr = Int32Array.from(ends);
  return {
    original,
    text,
    lower: lowerSameLength(text),
    toOriginal(s, e) {
      if (text.length === 0) return [0, 0];
      const a = s < text.length ? startArr[s] : original.length;
      const b = e > 0 ? endArr[Math.min(e, text.length) - 1] : a;
      return [a, Math.max(a, b)];
    },
  };
}
