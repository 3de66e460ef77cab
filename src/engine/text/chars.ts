/** Character classes for Vietnamese text. JavaScript's `\b` and `\w` are ASCII-only: never use them here. */

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
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || isLetterCode(c);
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

/**
 * The next match of a global pattern that starts at a word boundary. The boundary is checked here,
 * not with a leading lookbehind in the pattern: V8 cannot skip ahead over text for a pattern that
 * starts with a lookbehind, and scans about ten times slower.
 */
export function execAtWordStart(re: RegExp, s: string): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m.index === 0 || !isWordChar(s[m.index - 1])) return m;
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

// ---------------------------------------------------------------- the first characters of a pattern

const UNITS_MATCHING = new Map<string, Uint8Array>();
let everyUnit: string | undefined;
/** The code units one class or escape (`[/.-]`, `\\d`) matches on its own (cached). */
function unitsMatching(atom: string, unicode: boolean): Uint8Array {
  const key = (unicode ? 'u' : '') + atom;
  let units = UNITS_MATCHING.get(key);
  if (units) return units;
  units = new Uint8Array(0x10000);
  if (everyUnit === undefined) {
    const all: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all.push(c);
    everyUnit = String.fromCharCode(...all.slice(0, 30000)) + String.fromCharCode(...all.slice(30000));
  }
  // One scan over every code unit but the surrogates (a lone surrogate is no character).
  const re = new RegExp(atom, unicode ? 'gu' : 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(everyUnit)) !== null) units[m[0].charCodeAt(0)] = 1;
  if (!unicode) {
    const one = new RegExp(`^(?:${atom})$`);
    for (let c = 0xd800; c <= 0xdfff; c++) if (one.test(String.fromCharCode(c))) units[c] = 1;
  }
  UNITS_MATCHING.set(key, units);
  return units;
}

/**
 * The UTF-16 code units a match of `source` can start with, as a 0/1 table over 0–0xFFFF, or null
 * when that cannot be told (a pattern that can match the empty string, `.`, a negated class, a
 * back-reference first, …). Over-approximates: lookarounds are ignored, so only characters that
 * cannot start a match are left out. When a first character may lie outside the BMP, every high
 * surrogate is let through.
 */
export function firstCharsOf(source: string, unicode: boolean): Uint8Array | null {
  const set = new Uint8Array(0x10000);
  let i = 0;
  let any = false; // a first character that cannot be listed
  const addAstral = () => set.fill(1, 0xd800, 0xdc00);
  const addTested = (atom: string) => {
    const units = unitsMatching(atom, unicode);
    for (let c = 0; c < 0x10000; c++) if (units[c] === 1) set[c] = 1;
    if (unicode && /\\[pPSDWu]|[\uD800-\uDFFF]/.test(atom)) addAstral();
  };

  // Each parse function consumes its construct; `on` says whether its first characters count.
  // Each returns whether the construct can match the empty string.
  function alternatives(on: boolean): boolean {
    let nullable = sequence(on);
    while (source[i] === '|') { i++; if (sequence(on)) nullable = true; }
    return nullable;
  }
  function sequence(on: boolean): boolean {
    let nullable = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      if (!item(on && nullable)) nullable = false;
    }
    return nullable;
  }
  function item(on: boolean): boolean {
    let nullable = atom(on);
    const q = source[i];
    const bounds = q === '{' ? /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i)) : null;
    if (q === '?' || q === '*' || q === '+' || bounds) {
      if (q === '?' || q === '*' || (bounds && +bounds[1] === 0)) nullable = true;
      i += bounds ? bounds[0].length : 1;
      if (source[i] === '?') i++; // lazy
    }
    return nullable;
  }
  function atom(on: boolean): boolean {
    const c = source[i];
    if (c === '(') {
      let look = false;
      if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) { i += 3; look = true; }
      else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) { i += 4; look = true; }
      else if (source.startsWith('(?<', i)) i = source.indexOf('>', i) + 1;
      else i += 1;
      const nullable = alternatives(on && !look);
      if (source[i] !== ')') throw new Error('unbalanced');
      i++;
      return look ? true : nullable;
    }
    if (c === '[') {
      const start = i;
      if (source[i + 1] === '^') any = any || on;
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i++;
      if (on && source[start + 1] !== '^') addTested(source.slice(start, i));
      return false;
    }
    if (c === '\\') {
      const e = source[i + 1];
      if (e === 'b' || e === 'B') { i += 2; return true; }
      if (/[1-9]/.test(e) || e === 'k') { // a back-reference may be empty
        i += 2;
        while (/[0-9]/.test(source[i] ?? '')) i++;
        if (e === 'k') i = source.indexOf('>', i) + 1;
        any = any || on;
        return true;
      }
      let len = 2;
      if (e === 'p' || e === 'P' || (e === 'u' && source[i + 2] === '{')) len = source.indexOf('}', i) + 1 - i;
      else if (e === 'u') len = 6;
      else if (e === 'x') len = 4;
      else if (e === 'c') len = 3;
      if (on) {
        if (e === 'd') set.fill(1, 48, 58);
        else if (len === 2 && /[^\p{L}\p{N}]/u.test(e)) set[e.charCodeAt(0)] = 1; // an escaped sign: `\(`, `\/`
        else addTested(source.slice(i, i + len));
      }
      i += len;
      return false;
    }
    if (c === '^' || c === '$') { i++; return true; }
    if (c === '.') { any = any || on; i++; return false; }
    const cp = source.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    if (on) { if (cp > 0xffff) addAstral(); else set[cp] = 1; }
    return false;
  }

  try {
    const nullable = alternatives(true);
    if (i !== source.length || nullable || any) return null;
  } catch {
    return null;
  }
  return set;
}
