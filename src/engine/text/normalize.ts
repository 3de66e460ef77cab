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

/** Characters that are deleted: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const isDeleted = (c: number): boolean => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;

/**
 * The clusters composed so far, of a Latin letter and one or two marks of U+0300–U+036F (a
 * decomposed Vietnamese letter: `ệ` is e, U+0323, U+0302), by a number made of their code units: a
 * text typed with combining marks has a few hundred such clusters, and each was cut out and composed
 * again every time. Bounded; the composition of a cluster depends on it alone.
 */
const COMPOSED = new Map<number, string>();
const MAX_COMPOSED = 4096;

/** `s.slice(i, j).normalize('NFC')`, of a cluster of two code units or more. */
function composedCluster(s: string, i: number, j: number): string {
  const base = s.charCodeAt(i), m1 = s.charCodeAt(i + 1), m2 = j - i === 3 ? s.charCodeAt(i + 2) : 0x37f;
  if (j - i > 3 || base >= 0x250 || m1 < 0x300 || m1 > 0x36f || m2 < 0x300 || m2 > 0x37f) return s.slice(i, j).normalize('NFC');
  const key = (base << 14) | ((m1 - 0x300) << 7) | (m2 - 0x300);
  let composed = COMPOSED.get(key);
  if (composed === undefined) {
    if (COMPOSED.size >= MAX_COMPOSED) COMPOSED.clear();
    composed = s.slice(i, j).normalize('NFC');
    COMPOSED.set(key, composed);
  }
  return composed;
}

/**
 * Walks clusters (a base character with its combining marks), composes each to NFC, and remembers
 * for every output unit the original cluster it came from. A unit with no mark after it (most of a
 * text, even a decomposed one) is copied as part of a run, with no string of its own, and a cluster
 * composed before is not composed again ({@link composedCluster}): a text typed with combining tone
 * marks (Unicode tổ hợp) is normalised about 2.5 times faster than cluster by cluster.
 */
function normalizeSlowly(original: string): NormalizedText {
  const n = original.length;
  const parts: string[] = [];
  // NFC can make a cluster longer than it was (U+0344 → U+0308 U+0301): the maps grow when needed.
  let startArr = new Int32Array(n + 16);
  let endArr = new Int32Array(n + 16);
  let out = 0;
  const room = (k: number) => {
    if (out + k <= startArr.length) return;
    const size = Math.max(out + k, startArr.length * 2);
    const s = new Int32Array(size), e = new Int32Array(size);
    s.set(startArr); e.set(endArr);
    startArr = s; endArr = e;
  };
  let run = -1; // start of the units being copied as they are
  const endRun = (at: number) => { if (run >= 0) { parts.push(original.slice(run, at)); run = -1; } };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (isDeleted(c)) { endRun(i); i++; continue; }
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = original.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < n && isCombining(original.charCodeAt(j))) j++;
    if (j - i === 1) {
      if (run < 0) run = i;
      room(1);
      startArr[out] = i; endArr[out] = j; out++;
    } else {
      endRun(i);
      const composed = composedCluster(original, i, j);
      room(composed.length);
      for (let k = 0; k < composed.length; k++) { startArr[out] = i; endArr[out] = j; out++; }
      parts.push(composed);
    }
    i = j;
  }
  endRun(n);
  const text = replaceOneForOne(parts.join(''));
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
