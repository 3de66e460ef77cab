/**
 * What an edit leaves of a large document's last analysis: the spans of its entities carried through
 * the edits (shifted, or dropped where an edit touched them) and the paragraphs the edits touched,
 * which are all the engine needs to read again before the whole document's analysis comes back.
 * Pure: offsets in, offsets out (no `vscode`), so the mapping is tested in plain Node.
 */

/** One edit, in the coordinates of the text just before it: `removed` characters at `offset` replaced by `inserted` ones. */
export interface TextChange { offset: number; removed: number; inserted: number }

/**
 * The changes of one `onDidChangeTextDocument` event in the order they apply one after another.
 * VS Code gives each change of an event in the coordinates of the text before the whole event; applied
 * from the last offset to the first, each one's coordinates stay valid.
 */
export function sequentialChanges(changes: ReadonlyArray<{ rangeOffset: number; rangeLength: number; text: string }>): TextChange[] {
  return [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)
    .map((c) => ({ offset: c.rangeOffset, removed: c.rangeLength, inserted: c.text.length }));
}

/** A span carried through the changes (oldest first): shifted, or undefined when a change touched it. */
export function carrySpan(span: readonly [number, number], changes: readonly TextChange[]): [number, number] | undefined {
  let [s, e] = span;
  for (const c of changes) {
    if (e <= c.offset) continue; // before the change (text typed right after the span leaves it where it is)
    if (s >= c.offset + c.removed) { // after it: shifted (what the edit joined to it is read again with its paragraph)
      const d = c.inserted - c.removed;
      s += d; e += d;
      continue;
    }
    return undefined;
  }
  return [s, e];
}

/** The part of the current text the changes wrote or joined (their hull), or undefined when there were none. */
export function changedHull(changes: readonly TextChange[]): [number, number] | undefined {
  let lo = Infinity, hi = -Infinity;
  for (const c of changes) {
    const end = c.offset + c.removed, d = c.inserted - c.removed;
    if (lo !== Infinity) {
      lo = lo < c.offset ? lo : lo >= end ? lo + d : c.offset;
      hi = hi <= c.offset ? hi : hi >= end ? hi + d : c.offset + c.inserted;
    }
    lo = Math.min(lo, c.offset);
    hi = Math.max(hi, c.offset + c.inserted);
  }
  return lo === Infinity ? undefined : [lo, hi];
}

/** Entities with their span (what the splice needs of an engine entity). */
type Spanned = { readonly span: readonly [number, number] };

/**
 * The previous analysis's entities carried through the changes, outside the edited paragraphs
 * [start, end), and the fresh reading's entities inside them (`fresh` read from `contextStart` on).
 */
export function spliceEdited<E extends Spanned>(previous: readonly E[], changes: readonly TextChange[], fresh: readonly E[], at: { start: number; end: number; contextStart: number },
  /** A copy of an item with another span (by default property by property; a caller that knows the item's shape copies it faster). */
  moved: (e: E, span: [number, number]) => E = withSpan): { entities: E[]; carried: number; read: number } {
  const { start, end, contextStart } = at;
  const read: E[] = [];
  for (let i = 0; i < fresh.length; i++) {
    const e = fresh[i];
    const s = e.span[0] + contextStart, t = e.span[1] + contextStart;
    if (s >= start && t <= end) read.push(moved(e, [s, t]));
  }
  // Both lists are in document order (the engine's, and shifts keep it): merged, not sorted again.
  // An entity the changes left where it was is kept as it is (only moved ones are copied).
  const entities: E[] = [];
  let carried = 0, r = 0;
  // Index loops: a `for…of` makes an iterator per loop (and a result per step) until V8 optimises the
  // function, which code that runs once per edit rarely is: megabytes per edit of a 1 MB document.
  for (let i = 0; i < previous.length; i++) {
    const e = previous[i];
    // carrySpan, without an array per entity (a 1 MB document carries 10,000 of them at each edit).
    let s = e.span[0], t = e.span[1], touched = false;
    for (let j = 0; j < changes.length; j++) {
      const c = changes[j];
      if (t <= c.offset) continue;
      if (s >= c.offset + c.removed) { s += c.inserted - c.removed; t += c.inserted - c.removed; continue; }
      touched = true;
      break;
    }
    if (touched || (t > start && s < end)) continue;
    while (r < read.length && (read[r].span[0] < s || (read[r].span[0] === s && read[r].span[1] < t))) entities.push(read[r++]);
    entities.push(s === e.span[0] && t === e.span[1] ? e : moved(e, [s, t]));
    carried++;
  }
  while (r < read.length) entities.push(read[r++]);
  return { entities, carried, read: read.length };
}

/**
 * A copy of an entity with another span. Copied property by property: a spread of objects of many
 * shapes (amounts, times, provinces, each with optional fields) is V8's slow generic path.
 */
function withSpan<E extends Spanned>(e: E, span: [number, number]): E {
  const copy: Record<string, unknown> = {};
  for (const k in e) copy[k] = e[k];
  copy.span = span;
  return copy as E;
}

/** How far a window may widen to reach a blank line (a paragraph's edge) before it stops at a line's. */
export const PARAGRAPH_REACH = 4_000;
/** Text read before the edited paragraphs for what governs them (a heading, the lead of a list); its entities are not taken. */
export const CONTEXT_BEFORE = 2_000;

/**
 * The paragraphs around [lo, hi) of `text`: widened to the blank lines around it (to the line's edge
 * when no blank line is within reach), and the start of the context read before it (also a line start).
 * `text` may be a part of the whole, from `base` (a line start) on, holding all this reads (see
 * `paragraphsAroundIn`); offsets in and out are the whole text's, of `total` characters.
 */
export function paragraphsAround(text: string, lo: number, hi: number, base = 0, total = base + text.length): { start: number; end: number; contextStart: number } {
  let start = base + lineStart(text, lo - base);
  const blankBefore = start > 0 ? text.lastIndexOf('\n\n', start - base - 1) : -1;
  if (blankBefore >= 0 && start - (base + blankBefore) <= PARAGRAPH_REACH) start = base + blankBefore + 2;
  let end = base + lineEnd(text, hi - base);
  const blankAfter = text.indexOf('\n\n', end - base);
  if (end < total && blankAfter >= 0 && base + blankAfter - end <= PARAGRAPH_REACH) end = base + blankAfter;
  const contextStart = start === 0 ? 0 : base + lineStart(text, Math.max(0, start - CONTEXT_BEFORE) - base);
  return { start, end, contextStart };
}

/** What reading the edited paragraphs needs of a text: its length, the edges of the line at an offset, and a part of it. */
export interface TextAccess {
  readonly length: number;
  /** The offset the line holding `at` starts at (after the previous line's `\n`). */
  lineStart(at: number): number;
  /** The offset of the `\n` ending the line holding `at` (the text's length on the last line). */
  lineEnd(at: number): number;
  slice(from: number, to: number): string;
}

/** A string as a `TextAccess`. */
export function stringAccess(text: string): TextAccess {
  return { length: text.length, lineStart: (at) => lineStart(text, at), lineEnd: (at) => lineEnd(text, at), slice: (from, to) => text.slice(from, to) };
}

/**
 * `paragraphsAround` read from the part of the text it can reach (whole lines around the edit, with
 * the reach and the context before), and that part: an edit of a large document is read again
 * without copying its whole text out of the editor first. Same answer as on the whole text (tested).
 */
export function paragraphsAroundIn(access: TextAccess, lo: number, hi: number): { start: number; end: number; contextStart: number; from: number; part: string } {
  const from = access.lineStart(Math.max(0, access.lineStart(lo) - PARAGRAPH_REACH - CONTEXT_BEFORE - 2));
  const to = Math.min(access.length, access.lineEnd(hi) + PARAGRAPH_REACH + 2);
  const part = access.slice(from, to);
  return { ...paragraphsAround(part, lo, hi, from, access.length), from, part };
}

function lineStart(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}
