/** Small cursor helpers over the normalised text. All are bounded or linear in what they skip. */
import { isLetter, isWordChar } from './chars';

/** Skips spaces and at most one line break (a number split from its unit by a hard wrap). */
export function skipInlineSpace(s: string, i: number): number {
  let newlines = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ') { i++; continue; }
    if (c === '\n' && newlines === 0) { newlines++; i++; continue; }
    break;
  }
  return i;
}

/** Skips spaces only (no line break). */
export function skipSpaces(s: string, i: number): number {
  while (i < s.length && s[i] === ' ') i++;
  return i;
}

/** Moves left over spaces and at most one line break. */
export function skipInlineSpaceBack(s: string, i: number): number {
  let newlines = 0;
  while (i > 0) {
    const c = s[i - 1];
    if (c === ' ') { i--; continue; }
    if (c === '\n' && newlines === 0) { newlines++; i--; continue; }
    break;
  }
  return i;
}

/** The word (letters, digits and marks) that ends at `end` (exclusive), or '' if none. */
export function wordBefore(lower: string, end: number): { word: string; start: number } {
  let j = end;
  while (j > 0 && isWordChar(lower[j - 1])) j--;
  return { word: lower.slice(j, end), start: j };
}

/** The word starting at `start`, or ''. */
export function wordAt(s: string, start: number): string {
  let j = start;
  while (j < s.length && isWordChar(s[j])) j++;
  return s.slice(start, j);
}

/** Up to `max` syllables (letter runs) before `end`, nearest last, each with its start offset. Stops at punctuation or a blank line. */
export function syllablesBefore(lower: string, end: number, max: number): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  let i = end;
  while (out.length < max) {
    const j = skipInlineSpaceBack(lower, i);
    if (j === 0 || !isWordChar(lower[j - 1])) break;
    const w = wordBefore(lower, j);
    out.push({ word: w.word, start: w.start, end: j });
    i = w.start;
  }
  return out.reverse();
}

/** The syllable right before `end`: `syllablesBefore(lower, end, 1)[0]` without the array. */
export function syllableBefore(lower: string, end: number): { word: string; start: number; end: number } | undefined {
  const j = skipInlineSpaceBack(lower, end);
  if (j === 0 || !isWordChar(lower[j - 1])) return undefined;
  const w = wordBefore(lower, j);
  return { word: w.word, start: w.start, end: j };
}

/** Up to `max` syllables after `start`, stopping at punctuation or a blank line. */
export function syllablesAfter(s: string, start: number, max: number): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  let i = start;
  while (out.length < max) {
    const j = skipInlineSpace(s, i);
    if (j >= s.length || !isLetter(s[j])) break;
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
    if (j >= s.length || !isLetter(s[j])) break;
    const w = wordAt(s, j);
    out = n === 0 ? w : `${out} ${w}`;
    i = j + w.length;
  }
  return out;
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
