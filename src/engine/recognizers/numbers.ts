/**
 * Numbers as written in Vietnamese text: digit groups (`75.000`, `1,8`, `1.234,5`, English-style
 * `100,000,000`) and number words (`hai mươi lăm`, `một trăm linh năm`, `1 tỷ rưỡi`).
 */

/** Which separator convention a document follows for ambiguous shapes such as `1,234`. */
export type NumberConvention = 'vi' | 'en';

/**
 * A digit token: digits separated by single `.` or `,`, or groups of three separated by spaces
 * (`75 000`, often a no-break space). Linear: each repetition consumes a separator and digits.
 */
export const DIGIT_TOKEN = /\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,]\d+)*/g;

/**
 * Decides the convention of a whole document from its unambiguous numbers: a `,` followed by one or
 * two digits (or a `.`-grouped number with several groups) is Vietnamese; a `.` followed by one or two
 * digits, or several `,` groups of three, is English. Section numbers (`2.1.`) are not evidence. The
 * texts are Vietnamese: English needs at least three clear cases and twice the Vietnamese ones.
 */
export function detectConvention(text: string): NumberConvention {
  let vi = 0;
  let en = 0;
  // `\d+(?:[.,]\d+)*` always consumes a whole digit run, so it cannot backtrack over it (a pattern that
  // requires a separator after `\d+` would, quadratically, on a long run of digits).
  const re = /\d+(?:[.,]\d+)*/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) !== null && seen < 2000) {
    const t = m[0];
    if (!t.includes('.') && !t.includes(',')) continue;
    seen++;
    const next = text[m.index + t.length];
    if (next === '.' || next === ')') continue; // section numbers: `2.1.`, `1.2)`
    const hasDot = t.includes('.');
    const hasComma = t.includes(',');
    if (hasDot && hasComma) {
      if (t.lastIndexOf(',') > t.lastIndexOf('.')) vi++; else en++;
      continue;
    }
    const parts = t.split(/[.,]/);
    const tail = parts[parts.length - 1].length;
    if (hasComma) {
      if (tail !== 3) vi++;
      else if (parts.length > 2) en++;
    } else {
      if (tail !== 3) en++;
      else if (parts.length > 2) vi++;
    }
  }
  return en >= 3 && en > 2 * vi ? 'en' : 'vi';
}

/** Parses a digit token. Returns null for shapes that are not one number (`1.2.3` with short groups). */
export function parseDigitToken(token: string, convention: NumberConvention = 'vi'): number | null {
  if (token.includes(' ')) {
    // `75 000`, `1 000,5`: spaces group thousands; the rest of the token follows the usual rules.
    const [int, ...rest] = token.split(/(?=[.,])/);
    if (!/^\d{1,3}(?: \d{3})+$/.test(int)) return null;
    return parseDigitToken(int.replace(/ /g, '') + rest.join(''), rest.join('').includes('.') && !rest.join('').includes(',') ? 'en' : 'vi');
  }
  const hasDot = token.includes('.');
  const hasComma = token.includes(',');
  if (!hasDot && !hasComma) return Number(token);
  let decimalMark: '.' | ',' | null;
  if (hasDot && hasComma) {
    decimalMark = token.lastIndexOf(',') > token.lastIndexOf('.') ? ',' : '.';
  } else {
    const sep = hasDot ? '.' : ',';
    const parts = token.split(sep);
    const groupsOfThree = parts.slice(1).every((p) => p.length === 3) && parts[0].length <= 3;
    if (parts.length > 2) {
      if (!groupsOfThree) return null;
      decimalMark = null; // several separators: grouping
    } else if (parts[1].length !== 3 || !groupsOfThree) {
      decimalMark = sep; // `1,8`, `2.5`: a decimal mark
    } else {
      // `1.234` or `1,234`: the document's convention decides.
      const groupSep = convention === 'vi' ? '.' : ',';
      decimalMark = sep === groupSep ? null : sep;
    }
  }
  const groupMark = decimalMark === null ? (hasDot ? '.' : ',') : decimalMark === ',' ? '.' : ',';
  const [intPart, fracPart, extra] = token.split(decimalMark ?? '\u0000');
  if (extra !== undefined) return null;
  const intDigits = intPart.split(groupMark);
  if (intDigits.length > 1 && !intDigits.slice(1).every((g) => g.length === 3)) return null;
  const s = intDigits.join('') + (fracPart !== undefined ? '.' + fracPart : '');
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

// ---------------------------------------------------------------- number words

const UNITS: Record<string, number> = {
  'không': 0, 'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'nhăm': 5,
  'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
};

/** Syllables that may start a number-word sequence. */
export const NUMBER_WORD_STARTS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười'];

export interface WordNumber {
  value: number;
  /** Number of syllables consumed. */
  length: number;
}

/**
 * Parses a sequence of number-word syllables (lower-case), at most 12. Handles mười/mươi, mốt, lăm,
 * tư, linh/lẻ, trăm, and stops before scale words above a hundred (those belong to the amount).
 * Returns null when the syllables do not start a number.
 */
export function parseNumberWords(syllables: readonly string[]): WordNumber | null {
  let value = 0;
  let i = 0;
  let seenAny = false;
  let tens = -1;
  let ones = -1;
  let hundreds = -1;
  let afterLinh = false;
  const n = Math.min(syllables.length, 12);
  const flush = () => Math.max(hundreds, 0) * 100 + Math.max(tens, 0) * 10 + Math.max(ones, 0);
  while (i < n) {
    const s = syllables[i];
    if (s === 'mười') {
      if (tens >= 0 || ones >= 0) break;
      tens = 1; seenAny = true; i++; continue;
    }
    if (s === 'mươi') {
      if (ones < 1 || tens >= 0) break;
      tens = ones; ones = -1; i++; continue;
    }
    if (s === 'trăm') {
      if (ones < 1 || hundreds >= 0 || tens >= 0) break;
      hundreds = ones; ones = -1; i++; continue;
    }
    if (s === 'linh' || s === 'lẻ') {
      // `một trăm linh năm` = 105; a `linh` with no digit after it is not part of the number.
      if (hundreds < 0 || tens >= 0 || ones >= 0 || i + 1 >= n || UNITS[syllables[i + 1]] === undefined) break;
      tens = 0; afterLinh = true; i++; continue;
    }
    const u = UNITS[s];
    if (u === undefined) break;
    if (!seenAny && (s === 'mốt' || s === 'lăm' || s === 'nhăm' || s === 'tư' || s === 'không')) return null;
    if (s === 'mốt' && tens < 2) break;
    if (s === 'tư' && tens < 2 && !afterLinh) break; // `hai mươi tư` = 24, `một trăm linh tư` = 104
    if ((s === 'lăm' || s === 'nhăm') && tens < 1) break;
    if (ones >= 0) break;
    ones = u; seenAny = true; i++;
  }
  if (!seenAny) return null;
  value = flush();
  return { value, length: i };
}
