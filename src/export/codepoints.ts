/**
 * Offsets in Unicode code points: what Python's `str` indexes, and what doccano's backend and brat's
 * server (both Python) count. The engine and the annotations count UTF-16 code units (JavaScript
 * string indices, `TextDocument.offsetAt`); the two differ after every character outside the BMP
 * (emoji 📈, rare Hán characters such as 𠀋 𡨸), which JavaScript stores as a surrogate pair.
 *
 * Pure TypeScript: no `vscode`, no Node built-ins (the extension also runs the exporters in a browser).
 */

export interface CodePointOptions {
  /**
   * Count offsets in the text as written with LF line ends (`toLf`): a CR followed by LF counts as
   * nothing (the LF counts one), a lone CR counts one (it becomes a LF). Default false: every code
   * point of the text as given counts.
   */
  lf?: boolean;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Converts UTF-16 offsets into `text` to code-point offsets, all in one linear pass over the text
 * (the offsets are sorted once, O(k log k + n)). The result is in the order of `offsets`.
 *
 * - An offset in the middle of a surrogate pair (between its high and low halves: no span of the
 *   engine or of an annotation ends there) maps to the start of the character it splits (rounds
 *   down), so that a span never grows past what it covered.
 * - A lone surrogate (ill-formed UTF-16) counts as one code point, as Python counts the `\udXXX`
 *   escape JSON gives it.
 * - With `lf`, an offset between the CR and the LF of a CRLF maps to the position of the line break.
 *
 * Throws a RangeError for an offset that is not an integer in [0, text.length].
 */
export function toCodePointOffsets(text: string, offsets: readonly number[], options: CodePointOptions = {}): number[] {
  const n = offsets.length;
  const result = new Array<number>(n);
  if (n === 0) return result;
  for (const o of offsets) {
    if (!Number.isInteger(o) || o < 0 || o > text.length) throw new RangeError(`offset ${o} is outside the text (0..${text.length})`);
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => offsets[a] - offsets[b]);
  const lf = options.lf === true;
  let k = 0;
  let cp = 0;
  let i = 0;
  while (k < n) {
    // Every offset at or before i that is still pending maps here (offsets skipped inside a pair or a CRLF included).
    while (k < n && offsets[order[k]] <= i) result[order[k++]] = cp;
    if (k === n || i >= text.length) break;
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      // An offset at i + 1 is inside the pair: it maps to cp (the start of the character), as above.
      while (k < n && offsets[order[k]] === i + 1) result[order[k++]] = cp;
      i += 2;
      cp += 1;
    } else if (lf && c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      // The CR of a CRLF is dropped: an offset on the LF maps to the line break's position.
      while (k < n && offsets[order[k]] === i + 1) result[order[k++]] = cp;
      i += 2;
      cp += 1;
    } else {
      i += 1;
      cp += 1;
    }
  }
  while (k < n) result[order[k++]] = cp;
  return result;
}

/** One offset (a pass over the text up to it: use `toCodePointOffsets` for many). */
export function toCodePointOffset(text: string, offset: number, options?: CodePointOptions): number {
  return toCodePointOffsets(text, [offset], options)[0];
}

/** How many code points the text holds (Python's `len(str)`). */
export function codePointLength(text: string, options?: CodePointOptions): number {
  return toCodePointOffsets(text, [text.length], options)[0];
}

/** The text with CRLF and lone CR line ends written as LF (what Python's universal newlines read). */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
