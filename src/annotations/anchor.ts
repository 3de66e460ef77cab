/**
 * Anchoring annotations to a document that changes under them. Pure TypeScript (no `vscode`, no
 * Node built-ins): the extension, the CLI and the bench share it.
 *
 * An annotation is anchored by its quote (the exact text it labels), up to CONTEXT_CHARS characters
 * of context on each side, and its UTF-16 offsets (see `model.ts`). Two operations keep it in place:
 *
 * - `shiftAnchors` follows edits made in the editor, exactly, like VS Code's decorations.
 * - `reanchor` finds every annotation again in the document's current text, whatever happened to it
 *   (edits in the editor, on disk, by another tool, or none). It never drops an annotation: one whose
 *   quote no longer occurs is kept as `orphaned` and found again if the quote comes back.
 *
 * Matching is exact, in UTF-16 code units: no fuzzy matching, no Unicode normalisation. A quote
 * written NFD does not match the same words written NFC (re-normalising a file orphans the
 * annotations whose quotes change), and a quote that spans a line break does not match once the
 * file's LF became CRLF.
 */
import { CONTEXT_CHARS, type Anchor } from './model';

/**
 * Above this many occurrences of one quote, the exact-context search over all of them (an index of
 * every occurrence's context) is skipped: annotations with that quote are searched only among the
 * NEAREST_SCORED occurrences nearest their expected position. Only very short quotes in very large
 * texts get there (a 1 MB text holds 100,000 occurrences of a 10-character string at most).
 */
export const MAX_INDEXED = 100_000;

/**
 * How many occurrences are scored by partial context (how much of the prefix and suffix agree) for
 * one annotation: all of them up to this many, otherwise the NEAREST_SCORED nearest its expected
 * position. An annotation whose quote occurs more often than this, whose context was edited, and
 * that moved farther than that many occurrences away lands on the best-scoring nearby occurrence.
 * An annotation whose full context is intact is found anywhere (see MAX_INDEXED).
 */
export const NEAREST_SCORED = 1_000;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset made an integer in [0, length] (NaN → 0). */
function clamp(n: number, length: number): number {
  if (!Number.isFinite(n)) return n > 0 ? length : 0;
  const i = Math.trunc(n);
  return i < 0 ? 0 : i > length ? length : i;
}

/** Up to CONTEXT_CHARS characters before `start` and after `end`, never cutting a surrogate pair in half. */
function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && from < start && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && to > end && isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * An anchor for text[start, end): the quote and up to CONTEXT_CHARS characters of prefix and suffix
 * (one fewer where the limit would cut an emoji's surrogate pair). Offsets are clamped into the text
 * (and `end` to at least `start`), so the anchor always describes text that is there.
 */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  const s = clamp(start, text.length);
  const e = Math.max(s, clamp(end, text.length));
  return { start: s, end: e, quote: text.slice(s, e), ...contextOf(text, s, e) };
}

/**
 * One edit, with offsets into the text BEFORE the edit. The changes of one event do not overlap
 * (VS Code's TextDocumentContentChangeEvent: rangeOffset, rangeLength, text).
 */
export interface TextChange { offset: number; deleteCount: number; insert: string }

/**
 * Moves anchors through the changes of one edit event exactly, like editor decorations: a change
 * wholly before an anchor shifts it (a deletion that ends at `start` included); one wholly after
 * leaves it (a deletion that starts at `end` included); an insertion exactly at `start` shifts it
 * (text typed before it), one exactly at `end` leaves it (an empty anchor is shifted: its start
 * comes first). An anchor that a change overlaps keeps a best-effort position (a start inside the
 * replaced range goes to the replacement's start, an end inside it to the replacement's end, an
 * empty anchor stays empty): its quote is no longer checked, `reanchor` must verify it.
 * Quote, prefix and suffix are left as they are. Returns new objects, in the same order.
 *
 * The changes are applied in descending offset order (at equal offsets, the one that ends later
 * first: a deletion before an insertion at its start), so each offset stays valid. Cost: anchors × changes.
 */
export function shiftAnchors<T extends Anchor>(items: readonly T[], changes: readonly TextChange[]): T[] {
  const sorted = [...changes].sort((a, b) => b.offset - a.offset || (b.offset + b.deleteCount) - (a.offset + a.deleteCount));
  return items.map((item) => {
    let s = item.start, e = item.end;
    for (const { offset: o, deleteCount: d, insert } of sorted) {
      const delta = insert.length - d;
      if (o + d <= s) { s += delta; e += delta; } // wholly before (or an insertion at start)
      else if (o >= e) continue; // wholly after (or an insertion at end)
      else {
        const empty = s === e;
        s = s < o ? s : o;
        e = empty ? s : Math.max(s, e >= o + d ? e + delta : o + insert.length);
      }
    }
    return { ...item, start: s, end: e };
  });
}

// ------------------------------------------------------------------ reanchor

/** Annotations that share quote and offsets are anchored as one (two labels on the same text stay together). */
interface Unit {
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  /** start, clamped, for ordering and expected positions. */
  oldStart: number;
  /** Where it is now; -1 while not found, and for orphans. */
  at: number;
  /** Found at its own offsets (the fast path). */
  fixed: boolean;
}

/** Everything known about one quote that has units to search for. */
interface QuoteSearch {
  /** Every occurrence, ascending (overlapping ones included). */
  occ: number[];
  /** Occurrences already taken by a unit with this quote. */
  claimed: Set<number>;
  /** Where the last unit (in old-offset order) with this quote went; -1 before the first. */
  prev: number;
  /** Exact-context indexes, by `${prefix.length},${suffix.length}`: context → occurrences, ascending. */
  index: Map<string, Map<string, number[]>>;
  /** Context scores of the occurrences (by index in `occ`, -1 not yet computed), kept for contexts that several units share. */
  scores: Map<string, Int32Array>;
}

/** Every occurrence of a non-empty quote: one indexOf scan, overlapping occurrences included. */
function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** How many characters of the prefix (backwards from c) and of the suffix (forwards from c + qLen) agree with the text. */
function contextScore(text: string, c: number, qLen: number, prefix: string, suffix: string): number {
  let p = 0;
  const pl = prefix.length;
  while (p < pl && c - 1 - p >= 0 && text.charCodeAt(c - 1 - p) === prefix.charCodeAt(pl - 1 - p)) p++;
  let s = 0;
  const e = c + qLen, sl = suffix.length, n = text.length;
  while (s < sl && e + s < n && text.charCodeAt(e + s) === suffix.charCodeAt(s)) s++;
  return p + s;
}

/** First index i with a[i] >= x (a ascending). */
function lowerBound(a: readonly number[], x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The occurrences whose whole context (the unit's prefix and suffix) is exactly the unit's, anywhere in the text. */
function exactContext(text: string, q: QuoteSearch, unit: Unit): number[] {
  const pl = unit.prefix.length, sl = unit.suffix.length, ql = unit.quote.length;
  const shape = `${pl},${sl}`;
  let index = q.index.get(shape);
  if (!index) {
    index = new Map();
    for (const c of q.occ) {
      if (c - pl < 0 || c + ql + sl > text.length) continue;
      const key = text.slice(c - pl, c) + text.slice(c + ql, c + ql + sl);
      const list = index.get(key);
      if (list) list.push(c); else index.set(key, [c]);
    }
    q.index.set(shape, index);
  }
  return index.get(unit.prefix + unit.suffix) ?? [];
}

/**
 * The best-scoring occurrences (by partial context) among all, or among the NEAREST_SCORED nearest
 * `expected`. `cache` holds the scores already computed for this context (shared by several units).
 */
function bestByContext(text: string, occ: readonly number[], unit: Unit, expected: number, cache: Int32Array | undefined): number[] {
  let lo = 0, hi = occ.length;
  if (hi > NEAREST_SCORED) {
    const i = lowerBound(occ, expected);
    lo = Math.max(0, Math.min(i - (NEAREST_SCORED >> 1), occ.length - NEAREST_SCORED));
    hi = lo + NEAREST_SCORED;
  }
  let best = -1;
  let out: number[] = [];
  for (let i = lo; i < hi; i++) {
    let sc = cache ? cache[i] : -1;
    if (sc < 0) {
      sc = contextScore(text, occ[i], unit.quote.length, unit.prefix, unit.suffix);
      if (cache) cache[i] = sc;
    }
    if (sc > best) { best = sc; out = [occ[i]]; } else if (sc === best) out.push(occ[i]);
  }
  return out;
}

/**
 * The candidate in best[lo, hi) closest to `expected` (ties: the earlier one), skipping claimed
 * ones when `claimed` is given; -1 when there is none.
 */
function closest(best: readonly number[], lo: number, hi: number, expected: number, claimed: Set<number> | undefined): number {
  let r = Math.min(Math.max(lowerBound(best, expected, lo, hi), lo), hi);
  let l = r - 1;
  for (;;) {
    if (claimed) {
      while (l >= lo && claimed.has(best[l])) l--;
      while (r < hi && claimed.has(best[r])) r++;
    }
    if (l < lo && r >= hi) return -1;
    if (l < lo) return best[r];
    if (r >= hi) return best[l];
    return expected - best[l] <= best[r] - expected ? best[l] : best[r];
  }
}

/**
 * Picks among equally good candidates (ascending): first an unclaimed one that keeps the order of
 * the annotations with this quote (after the previous one's new place, before the next one found at
 * its own offsets) and leaves `room` candidates for the following annotations with the same context;
 * then without the room; then any unclaimed one; then any. Within each, the closest to `expected`.
 */
function choose(best: readonly number[], q: QuoteSearch, expected: number, nextFixed: number, room: number): number {
  const lo = lowerBound(best, q.prev + 1);
  const hi = lowerBound(best, nextFixed);
  if (hi > lo) {
    const roomy = hi - room;
    if (roomy > lo) {
      const c = closest(best, lo, roomy, expected, q.claimed);
      if (c !== -1) return c;
    }
    const c = closest(best, lo, hi, expected, q.claimed);
    if (c !== -1) return c;
  }
  const c = closest(best, 0, best.length, expected, q.claimed);
  return c !== -1 ? c : closest(best, 0, best.length, expected, undefined);
}

/**
 * Finds every annotation again in the document's current text. Returns the same number of items,
 * in the same order, with the same ids (new objects); each either has text.slice(start, end) ===
 * quote (no `orphaned`, prefix and suffix refreshed from the text) or is `orphaned: true` with quote,
 * prefix and suffix unchanged and offsets clamped into the text. `moved` counts the found items
 * whose offsets changed, `orphaned` the orphans.
 *
 * 1. Fast path: the quote is still at its offsets → it stays there (even if its context changed or
 *    another occurrence has a better context).
 * 2. Otherwise every exact occurrence of the quote is a candidate (each distinct quote is scanned
 *    once). A candidate's score is how many characters of the prefix (backwards from it) and of the
 *    suffix (forwards) agree with the text. The best score wins: an intact context is found anywhere
 *    (through an index of every occurrence's context, up to MAX_INDEXED occurrences); otherwise all
 *    occurrences are scored, or the NEAREST_SCORED nearest the expected position.
 * 3. Among equally good candidates: unclaimed by another annotation with the same quote, keeping
 *    their order (three annotated occurrences of "2025" that move together stay on three distinct
 *    occurrences, in order), then closest to the expected position: the old offset plus the shift of
 *    the nearest annotation before it (in old-offset order) already placed.
 * 4. No occurrence: orphaned. It is found again when the quote comes back.
 *
 * An empty quote occurs everywhere: it is never searched and never orphaned; it stays at its start,
 * clamped into the text. Annotations with the same quote and offsets move together.
 *
 * Work: one indexOf scan per distinct quote searched for, plus per searched annotation either an
 * index lookup or at most NEAREST_SCORED context comparisons of up to 2 × CONTEXT_CHARS characters.
 */
export function reanchor<T extends Anchor & { orphaned?: boolean }>(text: string, items: readonly T[]): { items: T[]; moved: number; orphaned: number } {
  const n = text.length;
  const units: Unit[] = [];
  const unitOf: Unit[] = new Array(items.length);
  const byKey = new Map<string, Unit>();
  items.forEach((item, i) => {
    const key = `${item.start}\u0000${item.end}\u0000${item.quote}`;
    let u = byKey.get(key);
    if (!u) {
      u = { quote: item.quote, start: item.start, end: item.end, prefix: item.prefix, suffix: item.suffix, oldStart: clamp(item.start, n), at: -1, fixed: false };
      if (u.quote === '') { u.at = u.oldStart; u.fixed = true; }
      else if (Number.isInteger(u.start) && u.start >= 0 && u.end === u.start + u.quote.length && u.end <= n && text.startsWith(u.quote, u.start)) {
        u.at = u.start; u.fixed = true;
      }
      byKey.set(key, u);
      units.push(u);
    }
    unitOf[i] = u;
  });

  // Units in old-offset order (stable: document order of first appearance among equals).
  const order = units.map((_, i) => i).sort((a, b) => units[a].oldStart - units[b].oldStart || a - b).map((i) => units[i]);

  // One search state per quote that has units to search for; per searched unit, the next unit with
  // its quote found at its own offsets (an upper bound that keeps the order) and how many later
  // searched units share its quote and context (room to leave for them).
  const searches = new Map<string, QuoteSearch>();
  for (const u of order) {
    if (!u.fixed && !searches.has(u.quote)) searches.set(u.quote, { occ: [], claimed: new Set(), prev: -1, index: new Map(), scores: new Map() });
  }
  const nextFixed = new Map<Unit, number>();
  const room = new Map<Unit, number>();
  {
    const fixedAfter = new Map<string, number>();
    const sameAfter = new Map<string, number>();
    for (let k = order.length - 1; k >= 0; k--) {
      const u = order[k];
      const q = searches.get(u.quote);
      if (!q) continue;
      if (u.fixed) { fixedAfter.set(u.quote, u.at); q.claimed.add(u.at); continue; }
      nextFixed.set(u, fixedAfter.get(u.quote) ?? Infinity);
      const ctx = `${u.quote.length}\u0000${u.quote}\u0000${u.prefix}\u0000${u.suffix}`;
      const same = sameAfter.get(ctx) ?? 0;
      room.set(u, same);
      sameAfter.set(ctx, same + 1);
    }
  }
  for (const [quote, q] of searches) q.occ = occurrences(text, quote);

  let delta = 0;
  for (const u of order) {
    const q = searches.get(u.quote);
    if (u.fixed) {
      if (u.quote !== '') delta = 0;
      if (q) q.prev = u.at;
      continue;
    }
    if (!q || q.occ.length === 0) continue; // orphaned
    const expected = u.oldStart + delta;
    let best: number[] = [];
    if (q.occ.length > NEAREST_SCORED && q.occ.length <= MAX_INDEXED) best = exactContext(text, q, u);
    if (best.length === 0) {
      // Units that share a context share their scores (many annotations on one repeated sentence).
      const key = `${u.prefix.length}:${u.prefix}${u.suffix}`;
      let cache = q.scores.get(key);
      if (!cache && (room.get(u) ?? 0) > 0) { cache = new Int32Array(q.occ.length).fill(-1); q.scores.set(key, cache); }
      best = bestByContext(text, q.occ, u, expected, cache);
    }
    const at = choose(best, q, expected, nextFixed.get(u) ?? Infinity, room.get(u) ?? 0);
    u.at = at;
    q.claimed.add(at);
    q.prev = at;
    delta = at - u.oldStart;
  }

  let moved = 0, orphaned = 0;
  const context = new Map<Unit, { prefix: string; suffix: string }>();
  const out = items.map((item, i) => {
    const u = unitOf[i];
    if (u.at === -1) {
      orphaned++;
      const start = clamp(item.start, n);
      return { ...item, start, end: Math.max(start, clamp(item.end, n)), orphaned: true };
    }
    let ctx = context.get(u);
    if (!ctx) { ctx = contextOf(text, u.at, u.at + u.quote.length); context.set(u, ctx); }
    const start = u.at, end = u.at + u.quote.length;
    if (start !== item.start || end !== item.end) moved++;
    const copy = { ...item, start, end, prefix: ctx.prefix, suffix: ctx.suffix };
    delete copy.orphaned;
    return copy;
  });
  return { items: out, moved, orphaned };
}
