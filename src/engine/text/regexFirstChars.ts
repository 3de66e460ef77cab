/**
 * The characters a regular expression's matches can start with, read from its source: for a hint
 * put in front of a long pattern (text/chars atLikelyWordStart) so V8 skips positions where it
 * cannot match.
 */

const UNITS_MATCHING = new Map<string, Uint8Array>();
let everyUnit: string | undefined;
/** Every code unit of the BMP but the surrogates, in order, as one string (built once). */
function everyUnitButSurrogates(): string {
  if (everyUnit === undefined) {
    const all: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all.push(c);
    everyUnit = String.fromCharCode(...all.slice(0, 30000)) + String.fromCharCode(...all.slice(30000));
  }
  return everyUnit;
}

/**
 * The first `max` + 1 code units, in order, that a `u`-flag class or escape without surrogates or
 * property escapes matches: enough to tell whether it matches more than `max` (regexPrefixes), by a
 * scan that stops there and keeps no table.
 */
export function someUnitsMatching(atom: string, max: number): number[] {
  const re = new RegExp(atom, 'gu');
  const all = everyUnitButSurrogates();
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while (out.length <= max && (m = re.exec(all)) !== null) out.push(m[0].charCodeAt(0));
  return out;
}

/** The code units one class or escape (`[/.-]`, `\\d`) matches on its own (cached). */
export function unitsMatching(atom: string, unicode: boolean): Uint8Array {
  const key = (unicode ? 'u' : '') + atom;
  let units = UNITS_MATCHING.get(key);
  if (units) return units;
  units = new Uint8Array(0x10000);
  // One scan over every code unit but the surrogates (a lone surrogate is no character).
  const re = new RegExp(atom, unicode ? 'gu' : 'g');
  let m: RegExpExecArray | null;
  const all = everyUnitButSurrogates();
  while ((m = re.exec(all)) !== null) units[m[0].charCodeAt(0)] = 1;
  if (!unicode) {
    const one = new RegExp(`^(?:${atom})$`);
    for (let c = 0xd800; c <= 0xdfff; c++) if (one.test(String.fromCharCode(c))) units[c] = 1;
  }
  UNITS_MATCHING.set(key, units);
  return units;
}

/**
 * A group's opening at `i` (`(`, `(?:`, a lookaround, a named group) in a pattern's source: where
 * its contents start, and whether it is a lookaround (which consumes nothing).
 */
export function openGroup(source: string, i: number): { at: number; look: boolean } {
  if (source.startsWith('(?:', i)) return { at: i + 3, look: false };
  if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) return { at: i + 3, look: true };
  if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) return { at: i + 4, look: true };
  if (source.startsWith('(?<', i)) return { at: source.indexOf('>', i) + 1, look: false };
  return { at: i + 1, look: false };
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
      const opened = openGroup(source, i);
      i = opened.at;
      const nullable = alternatives(on && !opened.look);
      if (source[i] !== ')') throw new Error('unbalanced');
      i++;
      return opened.look ? true : nullable;
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
