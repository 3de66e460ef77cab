/**
 * How much of an anchor's stored context agrees with the text next to a candidate place, walking
 * outwards from the quote (backwards for the prefix, forwards for the suffix). Equal characters
 * count; at a difference the walk resynchronises past a small edit (one to three characters
 * substituted, inserted or deleted) when the next RESYNC characters agree again, and stops otherwise.
 * So a typo fixed or a word inserted next to a quote costs a few characters, not the whole side,
 * and unrelated text agrees by chance on almost nothing (a resynchronisation needs RESYNC equal
 * characters in a row). Digits are never skipped over, and two different digits face to face
 * contradict the place (`năm 2024` is not `năm 2025`). Pure TypeScript; at most a few comparisons per stored character.
 */

const RESYNC = 3;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const MAX_SKIP = 3;

/** The k-th stored character walking outwards (-1 past its end). */
function storedAt(stored: string, k: number, dir: 1 | -1): number {
  const m = stored.length;
  return k < m ? stored.charCodeAt(dir === 1 ? k : m - 1 - k) : -1;
}

/** The k-th text character walking outwards from `at` (-2 past the text's edge). */
function textAt(text: string, at: number, k: number, dir: 1 | -1): number {
  const p = dir === 1 ? at + k : at - 1 - k;
  return p >= 0 && p < text.length ? text.charCodeAt(p) : -2;
}

/** Whether `len` stored characters from i agree with the text from j (the stored side may end first). */
function runAgrees(stored: string, text: string, at: number, dir: 1 | -1, i: number, j: number, len: number): boolean {
  for (let k = 0; k < len; k++) {
    if (i + k >= stored.length) return true;
    if (storedAt(stored, i + k, dir) !== textAt(text, at, j + k, dir)) return false;
  }
  return true;
}

/** What `agreement` returns when a digit differs: the place is another occurrence (or its number was changed). */
export const DIGIT_CONFLICT = -1;

/**
 * Characters of `stored` that agree with the text next to `at`, or DIGIT_CONFLICT: the suffix case
 * (`dir` 1) compares stored[0..] with text[at..]; the prefix case (`dir` -1) compares stored from its
 * end with text backwards from at - 1.
 */
export function agreement(stored: string, text: string, at: number, dir: 1 | -1): number {
  const m = stored.length;
  let i = 0, j = 0, agreed = 0, skips = 0;
  const budget = Math.max(1, m >> 2);
  while (i < m) {
    const sc = storedAt(stored, i, dir), tc = textAt(text, at, j, dir);
    if (sc === tc) { agreed++; i++; j++; continue; }
    // A digit differs: numbers tell occurrences apart (`năm 2024` is not `năm 2025`, `Mục 3` not `Mục 4`).
    if (isDigit(sc) && isDigit(tc)) return DIGIT_CONFLICT;
    // The text ended, the budget is spent, or a digit is on one side only: never skipped over.
    if (tc === -2 || skips >= budget || isDigit(sc) || isDigit(tc)) break;
    let moved = false;
    // Skipped characters are never digits (a changed number is another value, not an edit).
    let storedDigit = false, textDigit = false;
    for (let d = 1; d <= MAX_SKIP && !moved; d++) {
      storedDigit ||= isDigit(storedAt(stored, i + d - 1, dir));
      textDigit ||= isDigit(textAt(text, at, j + d - 1, dir));
      if (!storedDigit && !textDigit && runAgrees(stored, text, at, dir, i + d, j + d, RESYNC)) { i += d; j += d; moved = true; } // d characters substituted
      else if (!textDigit && runAgrees(stored, text, at, dir, i, j + d, RESYNC)) { j += d; moved = true; } // d characters inserted in the text
      else if (!storedDigit && runAgrees(stored, text, at, dir, i + d, j, RESYNC)) { i += d; moved = true; } // d characters deleted from the text
    }
    if (!moved) break;
    skips++;
  }
  return agreed;
}
