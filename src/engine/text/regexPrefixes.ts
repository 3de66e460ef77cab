/**
 * The strings a regular expression's matches can begin with, a few code units long, read from its
 * source: for a lookahead put in front of a long pattern (recognizers/times), so V8 tries its many
 * alternatives only where one of them may match (`từ`, `thá`, `năm`), not at every word that starts
 * with a letter one of them starts with (`tăng`, `trên`, `nhiều`).
 *
 * Over-approximates, as {@link firstCharsOf} does: lookarounds are read as empty, and an atom whose
 * characters are too many to list (`.`, `\p{L}`, a negated class, a back-reference) ends the strings
 * there. Every match starts with one of the strings returned.
 */
import { openGroup, someUnitsMatching, unitsMatching } from './regexFirstChars';

/** Strings that still grow with what follows (`live`), and strings that are complete prefixes (`done`). */
interface Prefixes { live: Set<string>; done: Set<string> }

/** A class with more characters than this is kept as one placeholder unit (see {@link placeholder}). */
const MAX_CLASS = 8;

/**
 * Classes too large to list, by the private-use unit that stands for each in the strings: the
 * strings stay few (`\\d\\d/` is three units, not a thousand strings), and the guard writes the class back.
 */
const PLACEHOLDER_BASE = 0xe000;
const CLASS_OF_PLACEHOLDER: string[] = [];
function placeholder(atom: string): string {
  let n = CLASS_OF_PLACEHOLDER.indexOf(atom);
  if (n < 0) { n = CLASS_OF_PLACEHOLDER.length; CLASS_OF_PLACEHOLDER.push(atom); }
  if (n >= 0x1900) throw new Error('too many classes');
  return String.fromCharCode(PLACEHOLDER_BASE + n);
}
/** Up to MAX_CLASS + 1 units an atom matches, in order (a scan that stops there for `u` patterns). */
function unitsOf(atom: string, unicode: boolean): number[] {
  if (unicode) return someUnitsMatching(atom, MAX_CLASS);
  const units = unitsMatching(atom, false);
  const out: number[] = [];
  for (let c = 0; c < 0x10000 && out.length <= MAX_CLASS; c++) if (units[c] === 1) out.push(c);
  return out;
}

/** The strings of each class or escape read so far (its units, or its placeholder). */
const LISTED = new Map<string, string[]>();
const isPlaceholder = (c: string) => c.charCodeAt(0) >= PLACEHOLDER_BASE && c.charCodeAt(0) < PLACEHOLDER_BASE + CLASS_OF_PLACEHOLDER.length;
/** The class a unit of the strings stands for (`[0-9]`, `\\d`), or undefined when it stands for itself. */
export const classOfUnit = (c: string): string | undefined => (isPlaceholder(c) ? CLASS_OF_PLACEHOLDER[c.charCodeAt(0) - PLACEHOLDER_BASE] : undefined);
/** More strings than this: the source is given up (null). */
const MAX_STRINGS = 20000;

/** Shared, never changed: union and concat build new sets and leave their operands as they are. */
const NONE = new Set<string>();
const EMPTY: Prefixes = { live: new Set(['']), done: NONE };
const STOP: Prefixes = { live: NONE, done: new Set(['']) };
const empty = (): Prefixes => EMPTY;
const stop = (): Prefixes => STOP;

function size(p: Prefixes): number { return p.live.size + p.done.size; }

function union(a: Prefixes, b: Prefixes): Prefixes {
  const out = { live: new Set(a.live), done: new Set(a.done) };
  for (const s of b.live) out.live.add(s);
  for (const s of b.done) out.done.add(s);
  return out;
}

/** Whether a string is long enough for the caller (see {@link prefixesOf}): then it grows no more. */
type Complete = (s: string) => boolean;
const NEVER: Complete = () => false;

/**
 * Prefixes of the strings, up to `k` code units, whose matches are a match of `a`, then one of `b`. A
 * string `a` may not grow past `k`, or that is complete, lands in `done`.
 */
function concat(a: Prefixes, b: Prefixes, k: number, complete: Complete): Prefixes {
  if (a === EMPTY) return b; // nothing before: b's strings as they are
  if (b === EMPTY) return a;
  const out: Prefixes = { live: new Set(), done: new Set(a.done) };
  for (const x of a.live) {
    for (const y of b.done) out.done.add((x + y).slice(0, k));
    for (const y of b.live) {
      const s = x + y;
      if (s.length >= k || complete(s)) out.done.add(s.slice(0, k)); else out.live.add(s);
    }
    if (size(out) > MAX_STRINGS) throw new Error('too many prefixes');
  }
  return out;
}

/** `x` repeated from `min` to `max` times (`max` Infinity for `*` and `+`); past `k` repetitions nothing new can start. */
function repeat(x: Prefixes, min: number, max: number, k: number, complete: Complete): Prefixes {
  let out = empty();
  for (let n = 0; n < Math.min(min, k); n++) out = concat(out, x, k, complete);
  const optional = union(x, empty());
  for (let n = min; n < Math.min(max, min + k); n++) out = concat(out, optional, k, complete);
  return out;
}

/**
 * The strings of up to `k` code units that every match of `source` starts with one of (shorter ones
 * when a match can end or stop being listed sooner), or null when they are too many. `complete`: a
 * string it holds for grows no more (text/matchStarts: one whose first syllable has ended), so the
 * strings stay few when `k` is large.
 */
export function prefixesOf(source: string, unicode: boolean, k: number, complete: Complete = NEVER): string[] | null {
  // The placeholders' units; a character outside the BMP, whose two units a trie could split.
  if (/[\ue000-\uf8ff\ud800-\udfff]/.test(source)) return null;
  let i = 0;

  function alternatives(): Prefixes {
    let out = sequence();
    while (source[i] === '|') { i++; out = union(out, sequence()); }
    return out;
  }
  function sequence(): Prefixes {
    let out = empty();
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      if (out.live.size === 0 && source[i] === '(') { skipGroup(); skipQuantifier(); continue; } // nothing left to grow
      out = concat(out, item(), k, complete);
    }
    return out;
  }
  /** Moves past the group that starts at `i` (its strings are not needed). */
  function skipGroup(): void {
    let depth = 0;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') { for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++; }
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) { i++; return; }
    }
    throw new Error('unbalanced');
  }
  function skipQuantifier(): void {
    const bounds = source[i] === '{' ? /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i)) : null;
    if (source[i] === '?' || source[i] === '*' || source[i] === '+' || bounds) {
      i += bounds ? bounds[0].length : 1;
      if (source[i] === '?') i++;
    }
  }
  function item(): Prefixes {
    const x = atom();
    const q = source[i];
    const bounds = q === '{' ? /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i)) : null;
    if (q !== '?' && q !== '*' && q !== '+' && !bounds) return x;
    i += bounds ? bounds[0].length : 1;
    if (source[i] === '?') i++; // lazy: the same strings
    if (q === '?') return union(x, empty());
    if (q === '*') return repeat(x, 0, Infinity, k, complete);
    if (q === '+') return repeat(x, 1, Infinity, k, complete);
    const min = +(bounds as RegExpExecArray)[1];
    const max = bounds?.[2] === undefined ? min : bounds[2] === '' ? Infinity : +bounds[2];
    return repeat(x, min, max, k, complete);
  }
  function atom(): Prefixes {
    const c = source[i];
    if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) { skipGroup(); return empty(); } // a lookaround consumes nothing
    if (c === '(') {
      const opened = openGroup(source, i);
      i = opened.at;
      const inner = alternatives();
      if (source[i] !== ')') throw new Error('unbalanced');
      i++;
      return opened.look ? empty() : inner;
    }
    if (c === '[') {
      const start = i;
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i++;
      return listed(source[start + 1] === '^' ? null : source.slice(start, i));
    }
    if (c === '\\') {
      const e = source[i + 1];
      if (e === 'b' || e === 'B') { i += 2; return empty(); }
      if (/[1-9]/.test(e) || e === 'k') { // a back-reference: its text cannot be listed
        i += 2;
        while (/[0-9]/.test(source[i] ?? '')) i++;
        if (e === 'k') i = source.indexOf('>', i) + 1;
        return stop();
      }
      let len = 2;
      if (e === 'p' || e === 'P' || (e === 'u' && source[i + 2] === '{')) len = source.indexOf('}', i) + 1 - i;
      else if (e === 'u') len = 6;
      else if (e === 'x') len = 4;
      else if (e === 'c') len = 3;
      const esc = source.slice(i, i + len);
      i += len;
      if (len === 2 && /[^\p{L}\p{N}]/u.test(e)) return literal(e); // an escaped sign: `\(`, `\/`
      return listed(esc);
    }
    if (c === '^' || c === '$') { i++; return empty(); }
    if (c === '.') { i++; return stop(); }
    const cp = source.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return literal(ch);
  }
  /** A literal character (two units for one outside the BMP). */
  function literal(ch: string): Prefixes {
    return ch.length < k ? { live: new Set([ch]), done: NONE } : { live: NONE, done: new Set([ch.slice(0, k)]) };
  }
  /**
   * The characters of a class or escape, one string each; a class of more is one placeholder unit
   * standing for all of them (`\\d`), and one that may match outside the BMP or is negated stops the strings.
   */
  function listed(atom: string | null): Prefixes {
    if (atom === null || (unicode && /\\[pPSDWu]|[\uD800-\uDFFF]/.test(atom))) return stop();
    const key = (unicode ? 'u' : '') + atom;
    let chars = LISTED.get(key);
    if (chars === undefined) {
      chars = unitsOf(atom, unicode).map((c) => String.fromCharCode(c));
      if (chars.length > MAX_CLASS) chars = [placeholder(atom)];
      LISTED.set(key, chars);
    }
    return k > 1 ? { live: new Set(chars), done: NONE } : { live: NONE, done: new Set(chars) };
  }

  try {
    const all = alternatives();
    if (i !== source.length) return null;
    return [...new Set([...all.live, ...all.done])];
  } catch {
    return null;
  }
}

/** A code unit as a pattern atom that means itself, in or out of a class. */
const unitAtom = (s: string) => (/[\p{L}\p{N}]/u.test(s) ? s : '\\u' + s.charCodeAt(0).toString(16).padStart(4, '0'));

interface Trie { end: boolean; next: Map<string, Trie> }

function emitTrie(node: Trie): string {
  if (node.end) return ''; // a shorter string already suffices
  const leaves: string[] = [];
  const branches: string[] = [];
  for (const [c, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (isPlaceholder(c)) branches.push(`(?:${CLASS_OF_PLACEHOLDER[c.charCodeAt(0) - PLACEHOLDER_BASE]})${emitTrie(child)}`);
    else if (child.end) leaves.push(unitAtom(c));
    else branches.push(unitAtom(c) + emitTrie(child));
  }
  if (leaves.length > 0) branches.push(leaves.length === 1 ? leaves[0] : `[${leaves.join('')}]`);
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

/**
 * A pattern for a lookahead that holds wherever a match of one of `sources` may start: the
 * {@link prefixesOf} of each, `k` code units long, as a trie; the strings of a first unit with more
 * than `perFirst` of them (digits: `12/`, `3 t`, …) are cut to that unit alone. Null when some
 * source's strings cannot be told or one can start a match with nothing.
 */
export function prefixGuard(sources: readonly string[], unicode: boolean, k: number, perFirst: number): string | null {
  const all: string[] = [];
  for (const source of sources) {
    const p = prefixesOf(source, unicode, k);
    if (p === null || p.includes('')) return null;
    all.push(...p);
  }
  const byFirst = new Map<string, string[]>();
  for (const s of all) {
    const list = byFirst.get(s[0]) ?? [];
    list.push(s);
    byFirst.set(s[0], list);
  }
  const root: Trie = { end: false, next: new Map() };
  for (const [first, list] of byFirst) {
    for (const s of list.length > perFirst ? [first] : list) {
      let node = root;
      for (const c of s) {
        let child = node.next.get(c);
        if (!child) { child = { end: false, next: new Map() }; node.next.set(c, child); }
        node = child;
      }
      node.end = true;
    }
  }
  return emitTrie(root);
}
