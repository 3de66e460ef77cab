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

const SEPARATOR_BETWEEN_DIGITS = /\d[.,]\d/g;
const isSeparatorCode = (c: number) => c === 46 || c === 44;

/** Start of the digit chain (`1.234,5`) that has a digit at `i`: back over digits and single separators between digits. */
function digitChainStart(s: string, i: number): number {
  for (;;) {
    while (i > 0 && isDigitCode(s.charCodeAt(i - 1))) i--;
    if (i >= 2 && isSeparatorCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i - 2))) i--;
    else return i;
  }
}

/** End of the digit chain that has a digit at `i`: on over digits and single separators followed by a digit. */
function digitChainEnd(s: string, i: number): number {
  for (;;) {
    while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
    if (i + 1 < s.length && isSeparatorCode(s.charCodeAt(i)) && isDigitCode(s.charCodeAt(i + 1))) i++;
    else return i;
  }
}

/**
 * Decides the convention of a whole document from its unambiguous numbers: a `,` followed by one or
 * two digits (or a `.`-grouped number with several groups) is Vietnamese; a `.` followed by one or two
 * digits, or several `,` groups of three, is English. Section numbers (`2.1.`) are not evidence. The
 * texts are Vietnamese: English needs at least three clear cases and twice the Vietnamese ones.
 */
export function detectConvention(text: string): NumberConvention {
  let vi = 0;
  let en = 0;
  let seen = 0;
  // The digit tokens with a separator, as `\d+(?:[.,]\d+)*` would match them one after another (the
  // others are no evidence): found by a separator between digits, then read out to both sides (a
  // token is a maximal chain of digit runs joined by single separators). The pattern matches few
  // places, and cannot backtrack (a pattern that requires a separator after `\d+` would, quadratically, on a long run of digits).
  SEPARATOR_BETWEEN_DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (seen < 2000 && (m = SEPARATOR_BETWEEN_DIGITS.exec(text)) !== null) {
    const start = digitChainStart(text, m.index);
    const end = digitChainEnd(text, m.index + 2);
    SEPARATOR_BETWEEN_DIGITS.lastIndex = end;
    const t = text.slice(start, end);
    seen++;
    const next = text[end];
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

/**
 * A number exactly as written: `digits × 10^exp` (`8,3` → digits `83`, exp −1). Values are computed
 * from it (and scaled by powers of ten) without binary rounding on the way: `8,3 tỷ` is 8300000000,
 * not 8300000000.000001.
 */
export interface Decimal {
  /** Digits without sign, separators or leading zeros (`0` for zero). */
  digits: string;
  exp: number;
  negative?: boolean;
}

/** Leading zeros removed (one digit kept); most digit strings do not start with `0` and are returned as they are. */
const stripZeros = (digits: string) => digits.charCodeAt(0) === ZERO ? digits.replace(/^0+(?=\d)/, '') : digits;
const ZERO = 0x30, NINE = 0x39, DOT = 0x2e, COMMA = 0x2c;
const isDigitCode = (c: number) => c >= ZERO && c <= NINE;

/** The decimal written by `intDigits` `.` `fracDigits` (digits only). */
export function decimalOf(intDigits: string, fracDigits = '', negative = false): Decimal {
  const d: Decimal = { digits: stripZeros(intDigits + fracDigits) || '0', exp: fracDigits.length === 0 ? 0 : -fracDigits.length };
  if (negative) d.negative = true;
  return d;
}

/**
 * A decimal with its keys in the one order every decimal has (`digits`, `exp`, then `negative` when
 * set). Built field by field: an object spread of a decimal is several times slower.
 */
export function makeDecimal(digits: string, exp: number, negative: boolean | undefined): Decimal {
  const d: Decimal = { digits, exp };
  if (negative) d.negative = true;
  return d;
}

/** `d × 10^k`: exact, whatever `k`. */
export function shiftDecimal(d: Decimal, k: number): Decimal {
  return makeDecimal(d.digits, d.exp + k, d.negative);
}

/** The decimal of an integer-valued or short number (`0.5`); for values that came from arithmetic on integers. */
export function decimalFromNumber(n: number): Decimal {
  const s = String(Math.abs(n));
  if (/e/i.test(s)) {
    const [m, e] = s.split(/e/i);
    const [i, f = ''] = m.split('.');
    return makeDecimal(decimalOf(i, f).digits, Number(e) - f.length, n < 0);
  }
  const [i, f = ''] = s.split('.');
  return decimalOf(i, f, n < 0);
}

/** `a + b`, exact. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  const big = (d: Decimal) => BigInt(d.digits + '0'.repeat(d.exp - exp)) * (d.negative ? -1n : 1n);
  const sum = big(a) + big(b);
  const neg = sum < 0n;
  return makeDecimal(decimalOf((neg ? -sum : sum).toString()).digits, exp, neg);
}

/** The nearest double to the decimal (string → number conversion is correctly rounded). */
export function decimalToNumber(d: Decimal): number {
  // Fast path: up to 15 digits are an exact double, and so is 10^k for k ≤ 22; one multiplication or
  // division of two exact doubles is correctly rounded, as the string conversion below is.
  const n = d.digits.length;
  if (n >= 1 && n <= 15 && d.exp >= -22 && d.exp <= 22 && allDigits(d.digits)) {
    const m = Number(d.digits);
    const v = d.exp >= 0 ? m * POW10[d.exp] : m / POW10[-d.exp];
    return d.negative && v !== 0 ? -v : v;
  }
  const v = Number(`${d.negative ? '-' : ''}${d.digits}e${d.exp}`);
  return Object.is(v, -0) ? 0 : v;
}

/** Parses a digit token. Returns null for shapes that are not one number (`1.2.3` with short groups). */
export function parseDigitToken(token: string, convention: NumberConvention = 'vi'): number | null {
  const d = parseDigitDecimal(token, convention);
  return d === null ? null : decimalToNumber(d);
}

const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** Parses a digit token into the decimal it writes. Returns null for shapes that are not one number. */
export function parseDigitDecimal(token: string, convention: NumberConvention = 'vi'): Decimal | null {
  const fast = parseOneSeparatorKind(token, convention);
  return fast !== undefined ? fast : parseDigitDecimalGeneral(token, convention);
}

/**
 * parseDigitDecimal for the common tokens, read by char codes without splitting: digits with no
 * separator or with one kind of separator (`.` or `,`, any number of them). Undefined for any other
 * token (both separators, spaces, other characters), which the general reading below handles.
 */
function parseOneSeparatorKind(token: string, convention: NumberConvention): Decimal | null | undefined {
  const n = token.length;
  let sep = 0, count = 0, first = -1;
  let groupsOfThree = true; // every part after the first has three digits
  let partStart = 0;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    if (isDigitCode(c)) continue;
    if (c !== DOT && c !== COMMA) return undefined;
    if (sep === 0) sep = c; else if (c !== sep) return undefined;
    if (count === 0) first = i; else if (i - partStart !== 3) groupsOfThree = false;
    count++;
    partStart = i + 1;
  }
  if (n === 0) return undefined;
  if (count === 0) return decimalOf(token);
  if (n - partStart !== 3) groupsOfThree = false; // the last part
  groupsOfThree = groupsOfThree && first <= 3;
  if (count > 1) {
    if (!groupsOfThree) return null;
    let int = ''; // grouping only: the digits without their separators
    let from = 0;
    for (let i = first; i >= 0; i = token.indexOf(sep === DOT ? '.' : ',', from)) { int += token.slice(from, i); from = i + 1; }
    return decimalOf(int + token.slice(from));
  }
  // One separator: a decimal mark, unless it separates a group of three after at most three digits
  // and the document's convention makes it the grouping mark.
  const isGroupMark = groupsOfThree && sep === (convention === 'vi' ? DOT : COMMA);
  if (isGroupMark) return decimalOf(token.slice(0, first) + token.slice(first + 1));
  if (first === 0 || first === n - 1) return null; // `.5`, `5.`: no digits on one side
  return decimalOf(token.slice(0, first), token.slice(first + 1));
}

function parseDigitDecimalGeneral(token: string, convention: NumberConvention): Decimal | null {
  if (token.includes(' ')) {
    // `75 000`, `1 000,5`: spaces group thousands; the rest of the token follows the usual rules.
    const [int, ...rest] = token.split(/(?=[.,])/);
    if (!/^\d{1,3}(?: \d{3})+$/.test(int)) return null;
    return parseDigitDecimal(int.replace(/ /g, '') + rest.join(''), rest.join('').includes('.') && !rest.join('').includes(',') ? 'en' : 'vi');
  }
  const hasDot = token.includes('.');
  const hasComma = token.includes(',');
  if (!hasDot && !hasComma) return /^\d+$/.test(token) ? decimalOf(token) : null;
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
  const int = intDigits.join('');
  if (!/^\d+$/.test(int) || (fracPart !== undefined && !/^\d+$/.test(fracPart))) return null;
  return decimalOf(int, fracPart ?? '');
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
    if (s === 'mươi' || s === 'chục') { // `hai mươi` = `hai chục` = 20
      if (ones < 1 || tens >= 0) break;
      tens = ones; ones = -1; i++; continue;
    }
    if (s === 'trăm') {
      // `không trăm` (zero hundreds) only inside a compound: `ba mươi hai nghìn không trăm linh năm`.
      if ((ones < 1 && !(ones === 0 && syllables[i - 1] === 'không')) || hundreds >= 0 || tens >= 0) break;
      hundreds = ones; ones = -1; i++; continue;
    }
    if (s === 'linh' || s === 'lẻ') {
      // `một trăm linh năm` = 105; a `linh` with no digit after it is not part of the number.
      if (hundreds < 0 || tens >= 0 || ones >= 0 || i + 1 >= n || UNITS[syllables[i + 1]] === undefined) break;
      tens = 0; afterLinh = true; i++; continue;
    }
    const u = UNITS[s];
    if (u === undefined) break;
    if (!seenAny && (s === 'mốt' || s === 'lăm' || s === 'nhăm' || s === 'tư')) return null;
    if (!seenAny && s === 'không' && syllables[i + 1] !== 'trăm') return null;
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
