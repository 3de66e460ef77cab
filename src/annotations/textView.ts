/**
 * A document's text seen through the differences that do not change what it says: line ends (CRLF and
 * CR read as LF), runs of spaces and tabs (read as one space) and Unicode composition (NFC: a letter
 * with combining marks read as the composed letter, so NFD `ệ` equals NFC `ệ`). Used to find an
 * annotation again after a file was re-saved with other line ends, re-normalised or re-spaced; every
 * character of the view maps back to the original text. Pure TypeScript.
 */

export interface TextView {
  /** The normalised text. */
  text: string;
  /** For each character of `text`: where the original characters it comes from start and end. */
  from: Int32Array;
  to: Int32Array;
}

const isMark = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;

/** The normalised form of a string (as `view(s).text`, without the maps). */
export function normalised(s: string): string {
  return view(s).text;
}

/** The view of a text, in one pass (normalize() is called only on letters followed by combining marks). */
export function view(text: string): TextView {
  const n = text.length;
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      const end = text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      out.push('\n'); from.push(i); to.push(end); i = end; continue;
    }
    if (isBlank(c)) {
      let j = i + 1;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      out.push(' '); from.push(i); to.push(j); i = j; continue;
    }
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    if (j < n && isMark(text.charCodeAt(j))) {
      while (j < n && isMark(text.charCodeAt(j))) j++;
      const seg = text.slice(i, j).normalize('NFC');
      for (let k = 0; k < seg.length; k++) { out.push(seg[k]); from.push(i); to.push(j); }
      i = j; continue;
    }
    for (let k = i; k < j; k++) { out.push(text[k]); from.push(k); to.push(k + 1); }
    i = j;
  }
  return { text: out.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}
