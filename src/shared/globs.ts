/**
 * Glob patterns with the meaning of chitieu's `chitieu.workspace.include` / `exclude` settings (VS
 * Code's glob syntax, as `workspace.findFiles` reads it), matched against a path relative to the
 * folder searched, written with `/`:
 *
 *   `*`      any characters within one path segment (`*.txt` is a file in the folder itself)
 *   `?`      one character within a segment
 *   `**`     any number of segments, none included, when it is a whole segment (`**` then `/*.txt`)
 *   `{a,b}`  alternatives (they may hold `/` and nest)
 *   `[a-z]`  one character of a class; `[!a-z]` or `[^a-z]` one not in it
 *
 * Matching is case-sensitive, as VS Code's. Pure (no Node or VS Code imports) so the extension can
 * share it; it uses no regular expressions, and costs at most (pattern length × path length) steps
 * per alternative (no exponential backtracking on `*a*a*a*b`).
 */

/** One piece of a segment pattern. */
type Piece = { kind: 'char'; ch: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };
/** A segment pattern, or `**`. */
type Segment = Piece[] | 'globstar';

/** How many alternatives a pattern may expand to (`{a,b}{c,d}` is 4); more is refused as a mistake. */
export const MAX_ALTERNATIVES = 256;

export class GlobError extends Error {}

/** Splits `{a,b}` groups into the patterns they stand for (nested groups too); `\` escapes the next character. */
export function expandBraces(pattern: string): string[] {
  const open = findBraceOpen(pattern);
  if (open < 0) return [pattern];
  const close = findBraceClose(pattern, open);
  if (close < 0) return [pattern]; // an unclosed `{` is a literal character
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const out: string[] = [];
  for (const option of splitTopLevel(pattern.slice(open + 1, close))) {
    for (const expanded of expandBraces(head + option + tail)) {
      out.push(expanded);
      if (out.length > MAX_ALTERNATIVES) throw new GlobError(`the pattern ${pattern} stands for more than ${MAX_ALTERNATIVES} alternatives`);
    }
  }
  return out;
}

function findBraceOpen(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === '{') return i;
  }
  return -1;
}

function findBraceClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) { parts.push(s.slice(start, i)); start = i + 1; }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Reads one segment's pattern (no `/` in it) into pieces. */
function parseSegment(s: string): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) { pieces.push({ kind: 'char', ch: s[++i] }); continue; }
    if (c === '*') { if (pieces[pieces.length - 1]?.kind !== 'star') pieces.push({ kind: 'star' }); continue; }
    if (c === '?') { pieces.push({ kind: 'any' }); continue; }
    if (c === '[') {
      const cls = parseClass(s, i);
      if (cls) { pieces.push(cls.piece); i = cls.end; continue; }
    }
    pieces.push({ kind: 'char', ch: c });
  }
  return pieces;
}

/** A `[...]` class starting at `open`, or undefined when it is not closed (then `[` is literal). */
function parseClass(s: string, open: number): { piece: Piece; end: number } | undefined {
  let i = open + 1;
  const negated = s[i] === '!' || s[i] === '^';
  if (negated) i++;
  const ranges: Array<[string, string]> = [];
  let first = true;
  for (; i < s.length; i++) {
    let c = s[i];
    if (c === ']' && !first) return { piece: { kind: 'class', negated, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < s.length) c = s[++i];
    if (s[i + 1] === '-' && i + 2 < s.length && s[i + 2] !== ']') {
      let hi = s[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < s.length) hi = s[++i];
      ranges.push([c, hi]);
    } else ranges.push([c, c]);
  }
  return undefined;
}

function pieceMatches(p: Piece, ch: string): boolean {
  if (p.kind === 'any') return true;
  if (p.kind === 'char') return p.ch === ch;
  if (p.kind === 'class') return p.ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== p.negated;
  return false;
}

/**
 * Whether one segment pattern matches a whole segment: the classic two-pointer wildcard match that
 * only ever returns to the last `*` (at most pattern × text steps).
 */
function segmentMatches(pieces: Piece[], text: string): boolean {
  let p = 0, t = 0, starP = -1, starT = 0;
  while (t < text.length) {
    if (p < pieces.length && pieces[p].kind === 'star') { starP = p++; starT = t; continue; }
    if (p < pieces.length && pieceMatches(pieces[p], text[t])) { p++; t++; continue; }
    if (starP < 0) return false;
    p = starP + 1;
    t = ++starT;
  }
  while (p < pieces.length && pieces[p].kind === 'star') p++;
  return p === pieces.length;
}

/** Whether the segment patterns match the path's segments: `**` takes any number of them (memoised: patterns × segments steps). */
function segmentsMatch(pattern: Segment[], path: string[]): boolean {
  const failed = new Set<number>();
  const go = (pi: number, si: number): boolean => {
    const key = pi * (path.length + 1) + si;
    if (failed.has(key)) return false;
    let ok: boolean;
    if (pi === pattern.length) ok = si === path.length;
    else {
      const seg = pattern[pi];
      if (seg === 'globstar') {
        ok = false;
        for (let k = si; k <= path.length && !ok; k++) ok = go(pi + 1, k);
      } else ok = si < path.length && segmentMatches(seg, path[si]) && go(pi + 1, si + 1);
    }
    if (!ok) failed.add(key);
    return ok;
  };
  return go(0, 0);
}

function compileOne(pattern: string): Segment[] {
  const trimmed = pattern.replace(/^\.\//, '');
  return trimmed.split('/').filter((s) => s !== '').map((s) => (s === '**' ? 'globstar' : parseSegment(s)));
}

/** A test for relative paths (`a/b.txt`) that is true when any of the patterns matches. */
export function compileGlobs(patterns: readonly string[]): (relativePath: string) => boolean {
  const compiled = patterns.flatMap(expandBraces).map(compileOne);
  return (relativePath: string) => {
    const segments = relativePath.split('/').filter((s) => s !== '' && s !== '.');
    return compiled.some((c) => segmentsMatch(c, segments));
  };
}

/** Whether `relativePath` matches `pattern` (see the module's comment for the syntax). */
export function matchesGlob(relativePath: string, pattern: string): boolean {
  return compileGlobs([pattern])(relativePath);
}
