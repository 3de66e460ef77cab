/** Small cursor helpers over the normalised text. All are bounded or linear in what they skip. */
import { isLetterCode, isWordCode } from './chars';

/** A letter, mark or digit by code unit: what `isWordChar` tests, without a one-character string. */

/** Whether a code unit is white space as `\s` (and `trim`) count it. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}

/** White space other than a plain space, or two spaces in a row: what makes {@link collapseSpaces} change a string. */
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/**
 * `s.replace(/\s+/g, ' ')`: every run of white space one space. Most strings have single spaces only,
 * and are returned as they are. Asked by a pattern, not a loop over code units: the strings are short
 * slices of the text, whose `charCodeAt` costs a dispatch on the string's representation per code
 * unit, where the pattern runs over the flat text natively (~25 % less time on the goals' strings).
 */
export function collapseSpaces(s: string): string {
  return SPACE_TO_COLLAPSE.test(s) ? s.replace(RUN_TO_COLLAPSE, ' ') : s;
}
/**
 * The runs of white space that are not a single plain space: replacing these by a space is
 * `replace(/\s+/g, ' ')`, which also rewrites every single space, one match (and one call into the
 * pattern) each. A run is matched whole from its start (greedy), and a single space is no match.
 */
const RUN_TO_COLLAPSE = /[^\S ]\s*| \s+/g;

/**
 * `s.split(/\s+/, max)` for a trimmed, non-empty `s`: its first `max` words, read by code unit (a
 * pattern split goes through V8's runtime and costs more than the few words it reads).
 */
export function leadingWords(s: string, max: number): string[] {
  const words: string[] = [];
  let k = 0;
  while (words.length < max && k < s.length) {
    let e = k;
    while (e < s.length && !isSpaceCode(s.charCodeAt(e))) e++;
    words.push(s.slice(k, e));
    while (e < s.length && isSpaceCode(s.charCodeAt(e))) e++;
    k = e;
  }
  return words;
}

/** Skips spaces and at most one line break (a number split from its unit by a hard wrap). */
export function skipInlineSpace(s: string, i: number): number {
  let newlines = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32) { i++; continue; }
    if (c === 10 && newlines === 0) { newlines++; i++; continue; }
    break;
  }
  return i;
}

/** Skips spaces only (no line break). */
export function skipSpaces(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  return i;
}

/** Moves left over spaces and at most one line break. */
export function skipInlineSpaceBack(s: string, i: number): number {
  let newlines = 0;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c === 32) { i--; continue; }
    if (c === 10 && newlines === 0) { newlines++; i--; continue; }
    break;
  }
  return i;
}

/** The word (letters, digits and marks) that ends at `end` (exclusive), or '' if none. */
export function wordBefore(lower: string, end: number): { word: string; start: number } {
  const j = wordStart(lower, end);
  return { word: lower.slice(j, end), start: j };
}

/** Start of the word that ends at `end` (`end` itself if none). */
export function wordStart(lower: string, end: number): number {
  let j = end;
  while (j > 0 && isWordCode(lower.charCodeAt(j - 1))) j--;
  return j;
}

/** The word starting at `start`, or ''. */
export function wordAt(s: string, start: number): string {
  let j = start;
  while (j < s.length && isWordCode(s.charCodeAt(j))) j++;
  return s.slice(start, j);
}

/** Up to `max` syllables (letter runs) before `end`, nearest last, each with its start offset. Stops at punctuation or a blank line. */
export function syllablesBefore(lower: string, end: number, max: number): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  let i = end;
  while (out.length < max) {
    const j = skipInlineSpaceBack(lower, i);
    if (j === 0 || !isWordCode(lower.charCodeAt(j - 1))) break;
    const w = wordStart(lower, j);
    out.push({ word: lower.slice(w, j), start: w, end: j });
    i = w;
  }
  return out.reverse();
}

/** The syllable right before `end`: `syllablesBefore(lower, end, 1)[0]` without the array. */
export function syllableBefore(lower: string, end: number): { word: string; start: number; end: number } | undefined {
  const j = skipInlineSpaceBack(lower, end);
  if (j === 0 || !isWordCode(lower.charCodeAt(j - 1))) return undefined;
  const w = wordStart(lower, j);
  return { word: lower.slice(w, j), start: w, end: j };
}

/** Up to `max` syllables after `start`, stopping at punctuation or a blank line. */
export function syllablesAfter(s: string, start: number, max: number): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  let i = start;
  while (out.length < max) {
    const j = skipInlineSpace(s, i);
    if (j >= s.length || !isLetterCode(s.charCodeAt(j))) break;
    const w = wordAt(s, j);
    out.push({ word: w, start: j, end: j + w.length });
    i = j + w.length;
  }
  return out;
}

/** The up to `max` syllables after `start`, joined by a space: `syllablesAfter(…).map((w) => w.word).join(' ')` without the arrays. */
export function wordsAfter(s: string, start: number, max: number): string {
  let out = '';
  let i = start;
  for (let n = 0; n < max; n++) {
    const j = skipInlineSpace(s, i);
    if (j >= s.length || !isLetterCode(s.charCodeAt(j))) break;
    const w = wordAt(s, j);
    out = n === 0 ? w : `${out} ${w}`;
    i = j + w.length;
  }
  return out;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Whether a code point is a letter or a number (`[\p{L}\p{N}]`): ASCII and the Vietnamese blocks by range, the rest by the pattern. */
export function isLetterOrNumberPoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if (cp >= 0x1ea0 && cp <= 0x1ef9) return true;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/**
 * The letters and numbers of [from, to), each run of anything else one space, trimmed: what
 * `s.slice(from, to).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, without the pattern.
 */
export function letterNumberWords(s: string, from: number, to: number): string {
  let out = '';
  eachLetterNumberRun(s, from, to, (a, b) => { out = out ? `${out} ${s.slice(a, b)}` : s.slice(a, b); });
  return out;
}

/**
 * The distinct runs of letters and numbers of `s`: `new Set(letterNumberWords(s, 0, s.length).split(' '))`
 * for a string with some (an empty set otherwise), each run sliced straight from `s`: no joined string
 * is built, then cut again.
 */
export function letterNumberWordSet(s: string): Set<string> {
  const set = new Set<string>();
  eachLetterNumberRun(s, 0, s.length, (a, b) => { set.add(s.slice(a, b)); });
  return set;
}

/** Calls `run(start, end)` for each run of letters and numbers (`[\p{L}\p{N}]+`) in [from, to). */
function eachLetterNumberRun(s: string, from: number, to: number, run: (start: number, end: number) => void): void {
  let runStart = -1; // start of the current run of letters and numbers
  let k = from;
  while (k < to) {
    let cp = s.charCodeAt(k);
    // A surrogate pair counts as one code point when both halves are inside [from, to), as in the slice.
    if (cp >= 0xd800 && cp <= 0xdbff && k + 1 < to) {
      const low = s.charCodeAt(k + 1);
      if (low >= 0xdc00 && low <= 0xdfff) cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    }
    if (isLetterOrNumberPoint(cp)) {
      if (runStart < 0) runStart = k;
    } else if (runStart >= 0) {
      run(runStart, k);
      runStart = -1;
    }
    k += cp > 0xffff ? 2 : 1;
  }
  if (runStart >= 0) run(runStart, to);
}

/** True when `i` is the first character of its line apart from spaces and markup (`*`, `#`, `>`, `-`, `|`, `•`). */
export function atLineStart(s: string, i: number): boolean {
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 16) {
    const c = s[j];
    if (c === '\n') return true;
    if (c === ' ' || c === '*' || c === '#' || c === '>' || c === '|' || c === '•' || c === '_' || c === '(') { j--; steps++; continue; }
    return false;
  }
  return j < 0;
}
