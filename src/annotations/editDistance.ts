/**
 * Edit distance (Levenshtein: insertions, deletions, substitutions, each 1) between a short pattern
 * (at most 32 UTF-16 units: an anchor's context or a short quote) and a stretch of text, with Myers'
 * bit-parallel algorithm (Hyyrö's formulation for whole-string distance): one pass over the text,
 * a handful of 32-bit operations per character. Pure TypeScript.
 */

export const MAX_PATTERN = 32;

/** A pattern prepared once for many comparisons: per character, the bit mask of its positions. */
export interface Pattern { length: number; peq: Map<number, number>; high: number }

export function pattern(p: string): Pattern {
  if (p.length > MAX_PATTERN) throw new RangeError(`pattern longer than ${MAX_PATTERN}`);
  const peq = new Map<number, number>();
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  return { length: p.length, peq, high: p.length ? 1 << (p.length - 1) : 0 };
}

/**
 * Myers' column update over text[from, to), returning the last column's score. `anyStart`: the match
 * may begin anywhere (a search: `at(end, score)` is told each end's best score); otherwise it begins
 * at `from` (the whole-string distance).
 */
export function scan(p: Pattern, text: string, from: number, to: number, anyStart: boolean, at?: (end: number, score: number) => void): number {
  const m = p.length;
  if (m === 0) return anyStart ? 0 : to - from;
  const carry = anyStart ? 0 : 1;
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  for (let j = from; j < to; j++) {
    const eq = p.peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & p.high) !== 0) score++;
    else if ((mh & p.high) !== 0) score--;
    ph = (ph << 1) | carry;
    mh = mh << 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    at?.(j + 1, score);
  }
  return score;
}

/** The edit distance between the pattern and text[from, to). */
export function distance(p: Pattern, text: string, from: number, to: number): number {
  return scan(p, text, from, to, false);
}
