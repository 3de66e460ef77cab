/** Character classes for Vietnamese text. JavaScript's `\b` and `\w` are ASCII-only: never use them here. */
import { firstCharsOf } from './regexFirstChars';
import { prefixGuard } from './regexPrefixes';

/** Lookbehind / lookahead fragments for whole-word matching in `u`-flag regular expressions. */
export const WB_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
export const WB_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

const LETTER = /[\p{L}\p{M}]/u;

/** Letter or combining mark, by code unit: ASCII and the Vietnamese blocks without a regex, the rest with one. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1ea0 && c <= 0x1ef9) return true; // Vietnamese letters with tone marks
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  return LETTER.test(String.fromCharCode(c));
}
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isLetterCode(ch.charCodeAt(0));
}
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
/** Letter, mark or ASCII digit, by code unit: what a word is made of. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isWordCode(ch.charCodeAt(0));
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Whether the code point that ends at `i` is a letter or a number: what `(?<![\p{L}\p{N}])` tests at `i`. */
export function letterOrNumberBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return LETTER_OR_NUMBER.test(s.slice(i - 2, i)) || LETTER_OR_NUMBER.test(s[i - 1]);
  return LETTER_OR_NUMBER.test(s[i - 1]);
}

/**
 * The next match of a global pattern not preceded by a letter or a number: the same matches as the
 * pattern behind `(?<![\p{L}\p{N}])`, without the lookbehind that stops V8 from skipping ahead
 * (a whole-text scan runs about ten times slower with it).
 */
export function execNotAfterLetterOrNumber(re: RegExp, s: string): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (!letterOrNumberBefore(s, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Whether the code point that ends at `i` is a letter: what `(?<![\p{L}])` tests at `i`. */
export function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return LETTER_ONLY.test(s.slice(i - 2, i)) || LETTER_ONLY.test(s[i - 1]);
  return LETTER_ONLY.test(s[i - 1]);
}
const LETTER_ONLY = /^\p{L}$/u;

/**
 * A pattern that may not start right after a letter (or a letter or number), for `test` and `exec`
 * like a RegExp: `notAfterLetter('(?:mục tiêu|chỉ tiêu)(?![\\p{L}])', 'u')` matches what
 * `/(?<![\p{L}])(?:mục tiêu|chỉ tiêu)(?![\p{L}])/u` matches, several times faster, because the
 * boundary is checked by hand (see {@link execNotAfterLetterOrNumber}).
 */
export class NotAfter {
  private readonly re: RegExp;
  constructor(source: string, flags: string, private readonly blocked: (s: string, i: number) => boolean) {
    this.re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  }
  exec(s: string): RegExpExecArray | null {
    this.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.re.exec(s)) !== null) {
      if (!this.blocked(s, m.index)) return m;
      this.re.lastIndex = m.index + 1;
    }
    return null;
  }
  test(s: string): boolean { return this.exec(s) !== null; }
}
export const notAfterLetter = (source: string, flags = 'u') => new NotAfter(source, flags, letterBefore);
export const notAfterLetterOrNumber = (source: string, flags = 'u') => new NotAfter(source, flags, letterOrNumberBefore);

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A syllable separator inside a multi-syllable word: a space, a line break (hard-wrapped texts), or
 * both. Bounded length, so it cannot backtrack.
 */
export const SEP = '(?: \\n? ?|\\n ?)';

/** Builds an alternation from literals, longest first, every term escaped, each space matching {@link SEP}. */
export function alternation(terms: Iterable<string>): string {
  const uniq = [...new Set(terms)].filter((t) => t.length > 0);
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return uniq.map((t) => escapeRegExp(t).replace(/ /g, SEP)).join('|');
}

const LONG_BLANK = ' '.repeat(1024);
const compiledPatterns = new WeakSet<RegExp>();

/**
 * Has V8 compile a large pattern to machine code before its first real run. V8 compiles a pattern
 * first run on a text under 1,000 characters to bytecode, and to machine code only later; first run
 * on a longer text, to machine code at once. For the combined time rules the bytecode took about
 * 200 ms and the machine code about 30, so a fresh engine's first short text (a selection, a
 * document's head, a one-line file in the CLI) waited for the bytecode. Runs the pattern once on a
 * long blank text; call it before a recognizer's scan (a set lookup after the first time).
 */
export function compileForLongTexts(re: RegExp): void {
  if (compiledPatterns.has(re)) return;
  compiledPatterns.add(re);
  re.lastIndex = 0;
  re.exec(LONG_BLANK);
  re.lastIndex = 0;
}

/**
 * The next match of a global pattern that starts at a word boundary. The boundary is checked here,
 * not with a leading lookbehind in the pattern: V8 cannot skip ahead over text for a pattern that
 * starts with a lookbehind, and scans about ten times slower.
 */
export function execAtWordStart(re: RegExp, s: string): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m.index === 0 || !isWordCode(s.charCodeAt(m.index - 1))) return m; // by code: `s[i]` of a non-Latin-1 character allocates a string
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * Word characters (as {@link isWordChar} has them) in the BMP blocks Vietnamese text is written in.
 * A subset: a position after one of them is no word start; one after another character is still
 * checked by {@link execAtWordStart}.
 */
const AFTER_COMMON_WORD_CHAR = '(?<![0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1ea0-\\u1ef9])';

/**
 * A `u`-flag pattern for {@link execAtWordStart} put behind a lookahead for the characters its matches
 * can start with ({@link firstCharsOf}) and a lookbehind for the commonest word characters, with the
 * same groups: `(?=[…])(?<![…])(?:source)`. Both only rule out positions where the pattern cannot
 * match or that execAtWordStart skips, so its matches stay the same; V8 then drops most positions
 * before it tries a long list of unlike alternatives one by one (the time rules: about twice as
 * fast). Not for plain word lists, which V8 already skips through faster without it. Returns the
 * source unchanged when its first characters cannot be told.
 */
export function atLikelyWordStart(source: string): string {
  const first = firstCharsOf(source, true);
  if (first === null) return source;
  const hex = (x: number) => '\\u' + x.toString(16).padStart(4, '0');
  let cls = '';
  for (let c = 0; c < 0x10000; c++) {
    if (first[c] === 0) continue;
    if (c >= 0xd800 && c <= 0xdfff) return source; // a first character outside the BMP
    let d = c;
    while (d + 1 < 0xd800 && first[d + 1] === 1) d++;
    cls += d > c ? `${hex(c)}-${hex(d)}` : hex(c);
    c = d;
  }
  return `(?=[${cls}])${AFTER_COMMON_WORD_CHAR}(?:${source})`;
}

/**
 * {@link atLikelyWordStart} with a sharper hint: the lookbehind first (it rules out most positions,
 * those inside words), then a lookahead for the first three code units a match can start with
 * ({@link prefixGuard}: `từ `, `thá`, `năm`, a digit), so V8 tries the alternatives at few word
 * starts. Same groups and matches as the source alone at word starts. For `u`-flag patterns without
 * the `i` flag; falls back to atLikelyWordStart when the first units cannot be told.
 */
export function atLikelyWordStartPrefixed(source: string): string {
  const guard = prefixGuard([source], true, 3, 64);
  if (guard === null) return atLikelyWordStart(source);
  return `${AFTER_COMMON_WORD_CHAR}(?=${guard})(?:${source})`;
}
