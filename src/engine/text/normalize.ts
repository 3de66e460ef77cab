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

/** A deleted character or a combining mark (whose presence means the text may not be NFC): one scan decides whether clean text can skip the slow path. */
// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
const DELETED_OR_COMBINING = /[\u200b-\u200d\u2060\ufeff\u00ad\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1dc0 && code <= 0x1dff)
    || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
}

function replaceOneForOne(s: string): string {
  return s.replace(SPACE_LIKE, ' ').replace(/\u00d0/g, '\u0110');
}

function lowerSameLength(s: string): string {
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
  if (!DELETED_OR_COMBINING.test(original)) {
    const text = replaceOneForOne(original);
    return { original, text, lower: lowerSameLength(text), toOriginal: (s, e) => [s, e] };
  }
  // Slow path: walk clusters (a base character with its combining marks), compose each to NFC,
  // and remember for every output unit the original cluster it came from.
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
