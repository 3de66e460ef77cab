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
 * Offsets are only a hint (except right after `shiftAnchors`): a place is accepted when the context
 * around it confirms it, never because the quote happens to sit at the old offsets; places that fit
 * alike leave the annotation `ambiguous` (to be looked at) rather than guessed. Line ends, runs of
 * spaces and Unicode composition do not matter (`textView.ts`), and a quote of 8 characters or more
 * is found with a typo fixed inside it (`editDistance.ts`).
 */
import { CONTEXT_CHARS, type Anchor } from './model';
import { MAX_PATTERN, distance, pattern, scan, type Pattern } from './editDistance';
import { DIGIT_CONFLICT, agreement } from './agreement';
import { normalised, view, type TextView } from './textView';

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

/**
 * From this many occurrences of a quote on, the occurrences whose whole stored context is intact are
 * looked up in an index first: when there are any, only they are candidates (an intact context beats
 * every altered one), the rest is not scored.
 */
export const INDEXED_FROM = 16;

/** Annotations tied on more places than this are not matched to them in order (step 2). */
const MAX_GROUP = 256;

/** How far (in characters, each way) from its expected place a quote is searched approximately. */
export const APPROX_WINDOW = 4_096;

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

export interface ReanchorOptions {
  /**
   * The offsets were carried exactly through every edit since the annotations were last anchored to
   * the text (`shiftAnchors` on the editor's change events): an annotation whose quote is still at its
   * offsets stays there without being scored. Otherwise (a file changed on disk, an export, a load)
   * offsets are only a hint and every annotation is scored.
   */
  trustOffsets?: boolean;
  /**
   * The length of the text the annotations were last anchored to (recorded with them, see
   * textHash.ts): the document's end then counts as a place that moved by (length now − this), like
   * an annotation placed for sure (step 2 of `reanchor`).
   */
  oldLength?: number;
}

export interface Reanchored<T> {
  items: T[];
  /** Found at other offsets than they had. */
  moved: number;
  orphaned: number;
  ambiguous: number;
}

/** Where a unit goes: found (context confirms one place), ambiguous (several places fit alike), or orphaned. */
type Placement =
  | { kind: 'found'; start: number; end: number; score: number; confident: boolean }
  | { kind: 'ambiguous'; start: number; end: number }
  | { kind: 'orphan' };

/** Annotations that share quote and offsets are anchored as one (two labels on the same text stay together). */
interface Unit {
  quote: string;
  start: number;
  prefix: string;
  suffix: string;
  /** The lengths of prefix and suffix to agree on, the document's edges counted (`edgeLengths`). */
  pl: number;
  sl: number;
  /** start, clamped, for ordering and expected positions. */
  oldStart: number;
  place?: Placement;
  /** Exact occurrences that fit alike (ascending), when several do. */
  ties?: number[];
}

/** Every occurrence of a non-empty quote: one indexOf scan, overlapping occurrences included. */
function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** First index i with a[i] >= x (a ascending). */
function lowerBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * How much of the stored prefix and suffix agree with the text around [c, e) (see `agreement.ts`),
 * packed: prefix × 64 + suffix. A side stored shorter than the context (the quote was near the
 * document's start or end) has one more character to agree on: the edge itself (`edgeLengths`),
 * which agrees only when the text's edge is there too. (So a heading added above the document's
 * first words leaves an annotation on them relying on its other side alone.)
 */
function contextScore(text: string, c: number, e: number, u: Unit): number {
  let ps = agreement(u.prefix, text, c, -1), ss = agreement(u.suffix, text, e, 1);
  if (ps === DIGIT_CONFLICT || ss === DIGIT_CONFLICT) return CONTRADICTED;
  if (u.pl > u.prefix.length && ps === u.prefix.length && c - ps === 0) ps++;
  if (u.sl > u.suffix.length && ss === u.suffix.length && e + ss === text.length) ss++;
  return ps * 64 + ss;
}
/** The score of a place whose context has a different number face to face: never confirmed. */
const CONTRADICTED = -1;
const total = (packed: number) => (packed === CONTRADICTED ? -1 : (packed >> 6) + (packed & 63));

/**
 * The lengths of the sides to agree on: a side stored shorter than CONTEXT_CHARS − 1 that reached the
 * document's edge counts the edge as one more character (the prefix when it reaches offset 0; the
 * suffix when it reaches the old length, or, that unknown, whenever it is short).
 */
function edgeLengths(prefix: string, suffix: string, start: number, end: number, oldLength: number | undefined): { pl: number; sl: number } {
  const short = (s: string) => s.length < CONTEXT_CHARS - 1;
  return {
    pl: prefix.length + (short(prefix) && start - prefix.length === 0 ? 1 : 0),
    sl: suffix.length + (short(suffix) && (oldLength === undefined || end + suffix.length === oldLength) ? 1 : 0),
  };
}

/** A side confirms when at least three quarters of it agree, and at least 8 characters (or all of a shorter side, at least 2: the edge alone is not enough). */
const sideConfirms = (sim: number, len: number) => sim >= 2 && sim * 4 >= len * 3 && sim >= Math.min(len, 8);
/** A side does not contradict when at least 3 of its characters agree (or all of a shorter side). */
const sideAgrees = (sim: number, len: number) => sim >= Math.min(len, 3);

/**
 * Whether the context confirms a place: one side confirms it, the other does not contradict it, and
 * four fifths of the whole context agree (`strict`, for approximate quotes: both sides confirm).
 * Strict on purpose: an annotation left orphaned is seen and re-attached by hand; one silently
 * placed on the wrong text corrupts the data set.
 */
function confirms(packed: number, u: Unit, strict: boolean): boolean {
  if (packed === CONTRADICTED) return false;
  const ps = packed >> 6, ss = packed & 63;
  if (strict) return (u.pl === 0 || sideConfirms(ps, u.pl)) && (u.sl === 0 || sideConfirms(ss, u.sl));
  // A missing edge never contradicts (a paragraph added after the last words): only stored characters can.
  const pAgree = sideAgrees(Math.min(ps, u.prefix.length), u.prefix.length), sAgree = sideAgrees(Math.min(ss, u.suffix.length), u.suffix.length);
  return pAgree && sAgree && (sideConfirms(ps, u.pl) || sideConfirms(ss, u.sl)) && (ps + ss) * 5 >= (u.pl + u.sl) * 4;
}

/** Places whose scores differ by less than this fit alike (the context agreement has almost no noise: see agreement.ts). */
const MARGIN = 2;

/**
 * Among candidate places lo..hi-1 (scored by `scoreOf`), the best whose context confirms, and those
 * that confirm and score alike with it (`ties`, the best included); undefined when none confirms.
 */
function decide(u: Unit, scoreOf: (i: number) => number, strict: boolean, lo: number, hi: number): { best: number; ties: number[]; score: number } | undefined {
  let best = -1;
  const scores: number[] = [];
  for (let i = lo; i < hi; i++) {
    const sc = scoreOf(i);
    scores.push(sc);
    if (confirms(sc, u, strict) && total(sc) > (best === -1 ? -1 : total(scores[best - lo]))) best = i;
  }
  if (best === -1) return undefined;
  const top = total(scores[best - lo]);
  const ties: number[] = [];
  // An intact context (every character, the edges included) beats any altered one, however close.
  const full = u.pl + u.sl;
  if (top === full && scores.filter((sc) => total(sc) === full).length === 1) return { best, ties: [best], score: top };
  for (let i = lo; i < hi; i++) {
    const sc = scores[i - lo];
    // Any place that scores alike ties, confirmed or not: the best is accepted only when nothing comes close.
    if (sc !== CONTRADICTED && top - total(sc) < MARGIN) ties.push(i);
  }
  return { best, ties, score: top };
}

/** One quote's occurrences, scanned once, with score caches for contexts that several units share. */
interface QuoteSearch { occ: number[]; scores: Map<string, Int32Array>; index: Map<string, Map<string, number[]>> }

/**
 * Finds every annotation again in the document's current text. Returns the same number of items, in
 * the same order, with the same ids (new objects), each in one of three states:
 *
 * - found: text.slice(start, end) === quote, prefix and suffix refreshed (the quote too, when it was
 *   found through normalisation or approximately), no `orphaned`, no `ambiguous`;
 * - `ambiguous: true`: several places fit alike; offsets at the likeliest of them (for display and
 *   to be looked at), quote, prefix and suffix kept as they were, so the next re-anchoring starts
 *   from the original context; never exported as if sure;
 * - `orphaned: true`: no place fits; offsets clamped, quote, prefix and suffix kept. Found again when
 *   its text comes back.
 *
 * How (no position is trusted, unless `trustOffsets`):
 * 1. Every exact occurrence of the quote is a candidate (each distinct quote is scanned once), the
 *    one at the old offsets included. Its score is how much of the stored prefix and of the stored
 *    suffix agree with the text around it, walking outwards (`agreement.ts`: a typo fixed next to
 *    the quote costs a few characters, not the whole side). A place is accepted only when its context
 *    confirms it (`confirms`); places that score within MARGIN of the best tie, unless the best
 *    alone has its whole context intact.
 * 2. Ties are settled only by evidence: k annotations that tie on the same k places (a repeated
 *    sentence annotated k times) take them in their old order; otherwise one tied place that sits
 *    exactly where the annotations placed for sure before and after it (in old order; the document's
 *    start and, with `oldLength`, its end count as such) both moved by the same amount. Anything
 *    else is ambiguous.
 * 3. No exact occurrence confirmed: the same search on the normalised text (CRLF/CR → LF, runs of
 *    spaces → one, NFC), then, for quotes of 8 to 32 characters, an approximate search (up to one
 *    error per 8 characters: a typo fixed inside the quote) near the expected place, accepted only
 *    when both sides of the context confirm. Still nothing: orphaned.
 * 4. Two annotations that started on different text never end on one span: the weaker becomes
 *    ambiguous (both, when they score alike).
 *
 * An empty quote occurs everywhere: it is never searched and never orphaned; it stays at its start,
 * clamped into the text. Annotations with the same quote and offsets move together.
 *
 * Work: one indexOf scan per distinct quote, plus per annotation an index lookup or at most
 * NEAREST_SCORED context comparisons (of up to 2 × CONTEXT_CHARS characters each); the normalised view (one pass over the text) only when some annotation needs it;
 * the approximate search over at most 2 × APPROX_WINDOW characters per annotation.
 */
export function reanchor<T extends Anchor & { orphaned?: boolean; ambiguous?: boolean }>(text: string, items: readonly T[], options: ReanchorOptions = {}): Reanchored<T> {
  const n = text.length;
  const units: Unit[] = [];
  const unitOf: Unit[] = new Array(items.length);
  const byKey = new Map<string, Unit>();
  items.forEach((item, i) => {
    const key = `${item.start}\u0000${item.end}\u0000${item.quote}`;
    let u = byKey.get(key);
    if (!u) {
      const prefix = item.prefix.slice(-MAX_PATTERN), suffix = item.suffix.slice(0, MAX_PATTERN);
      u = { quote: item.quote, start: item.start, prefix, suffix, ...edgeLengths(prefix, suffix, item.start, item.end, options.oldLength), oldStart: clamp(item.start, n) };
      if (u.quote === '') u.place = { kind: 'found', start: u.oldStart, end: u.oldStart, score: 0, confident: false };
      else if (options.trustOffsets && Number.isInteger(u.start) && u.start >= 0 && item.end === u.start + u.quote.length && item.end <= n && text.startsWith(u.quote, u.start)) {
        u.place = { kind: 'found', start: u.start, end: item.end, score: u.pl + u.sl, confident: true };
      }
      byKey.set(key, u);
      units.push(u);
    }
    unitOf[i] = u;
  });
  const order = units.map((_, i) => i).sort((a, b) => units[a].oldStart - units[b].oldStart || a - b).map((i) => units[i]);

  exactStage(text, order);
  settleTies(order, options.oldLength === undefined ? undefined : n - options.oldLength);
  const pending = order.filter((u) => !u.place);
  if (pending.length) fuzzyStage(text, order, pending);
  separate(order);

  let moved = 0, orphaned = 0, ambiguous = 0;
  const fresh = new Map<Unit, { quote: string; prefix: string; suffix: string }>();
  const out = items.map((item, i) => {
    const u = unitOf[i];
    const p = u.place ?? { kind: 'orphan' as const };
    const copy = { ...item };
    delete copy.orphaned;
    delete copy.ambiguous;
    if (p.kind === 'orphan') {
      orphaned++;
      const start = clamp(item.start, n);
      return { ...copy, start, end: Math.max(start, clamp(item.end, n)), orphaned: true };
    }
    if (p.kind === 'ambiguous') {
      ambiguous++;
      return { ...copy, start: p.start, end: p.end, ambiguous: true };
    }
    let f = fresh.get(u);
    if (!f) { f = { quote: text.slice(p.start, p.end), ...contextOf(text, p.start, p.end) }; fresh.set(u, f); }
    if (p.start !== item.start || p.end !== item.end) moved++;
    return { ...copy, start: p.start, end: p.end, quote: f.quote, prefix: f.prefix, suffix: f.suffix };
  });
  return { items: out, moved, orphaned, ambiguous };
}

/** Step 1: exact occurrences scored by context, in old order (the expected place follows the last unit placed for sure). */
function exactStage(text: string, order: readonly Unit[]): void {
  const searches = new Map<string, QuoteSearch>();
  for (const u of order) if (!u.place && !searches.has(u.quote)) searches.set(u.quote, { occ: occurrences(text, u.quote), scores: new Map(), index: new Map() });
  const shared = new Map<string, number>();
  for (const u of order) if (!u.place) { const k = `${u.quote}\u0000${u.prefix}\u0000${u.suffix}`; shared.set(k, (shared.get(k) ?? 0) + 1); }
  let delta = 0;
  for (const u of order) {
    if (u.place) { if (u.place.kind === 'found' && u.place.confident) delta = u.place.start - u.oldStart; continue; }
    const q = searches.get(u.quote)!;
    const occ = q.occ;
    if (occ.length === 0) continue;
    const len = u.quote.length;
    let lo = 0, hi = occ.length;
    // Many occurrences: those with the whole stored context intact, if any, through an index; else the NEAREST_SCORED nearest.
    let exact = occ.length > INDEXED_FROM && occ.length <= MAX_INDEXED ? exactContext(text, q, u) : undefined;
    if (!exact?.length) {
      exact = undefined;
      if (occ.length > NEAREST_SCORED) {
        const i = lowerBound(occ, u.oldStart + delta);
        lo = Math.max(0, Math.min(i - (NEAREST_SCORED >> 1), occ.length - NEAREST_SCORED));
        hi = lo + NEAREST_SCORED;
      }
    }
    let d: { best: number; ties: number[]; score: number } | undefined;
    if (exact) {
      // Intact contexts (an index lookup): one wins outright; several are tied (kept as the index's list, ascending).
      const expected = u.oldStart + delta;
      d = { best: exact[closestIndex(exact, expected)], ties: exact, score: u.pl + u.sl };
    } else {
      const k = `${u.quote}\u0000${u.prefix}\u0000${u.suffix}`;
      let cache = q.scores.get(k);
      if (!cache && (shared.get(k) ?? 0) > 1) { cache = new Int32Array(occ.length).fill(-1); q.scores.set(k, cache); }
      const r = decide(u, (i) => {
        if (cache && cache[i] >= 0) return cache[i];
        const sc = contextScore(text, occ[i], occ[i] + len, u);
        if (cache) cache[i] = sc;
        return sc;
      }, false, lo, hi);
      if (r) d = { best: occ[r.best], ties: r.ties.map((i) => occ[i]), score: r.score };
    }
    if (!d) continue; // no confirmed occurrence: the fuzzy stage looks further
    if (d.ties.length === 1) {
      u.place = { kind: 'found', start: d.best, end: d.best + len, score: d.score, confident: true };
      delta = d.best - u.oldStart;
    } else {
      u.ties = d.ties;
      u.place = { kind: 'ambiguous', start: d.best, end: d.best + len };
    }
  }
}

/** The occurrences whose whole stored context is exactly the text's, anywhere (for quotes too frequent to score them all), through an index of every occurrence's context per context shape. */
function exactContext(text: string, q: QuoteSearch, u: Unit): number[] {
  const pl = u.prefix.length, sl = u.suffix.length, ql = u.quote.length;
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
  const hits = index.get(u.prefix + u.suffix) ?? [];
  // A side that reached the document's edge is intact only at that edge.
  return u.pl > pl || u.sl > sl ? hits.filter((c) => (u.pl === pl || c - pl === 0) && (u.sl === sl || c + ql + sl === text.length)) : hits;
}

/** Index of the element of `a` (ascending, non-empty) nearest x (ties: the earlier). */
function closestIndex(a: readonly number[], x: number): number {
  const i = lowerBound(a, x);
  if (i === 0) return 0;
  if (i === a.length) return a.length - 1;
  return x - a[i - 1] <= a[i] - x ? i - 1 : i;
}

/**
 * Step 2: ties settled by evidence only (see `reanchor`); the rest stay ambiguous, at the tie nearest
 * the expected place. The document's start counts as a place that did not move, its end as one that
 * moved by `endDelta` (when the old length is known).
 */
function settleTies(order: readonly Unit[], endDelta: number | undefined): void {
  const perQuote = new Map<string, number>();
  for (const u of order) if (u.ties) perQuote.set(u.quote, (perQuote.get(u.quote) ?? 0) + 1);
  const groups = new Map<string, Unit[]>();
  for (const u of order) {
    if (!u.ties || u.ties.length > perQuote.get(u.quote)! || u.ties.length > MAX_GROUP) continue;
    const k = `${u.quote}\u0000${u.ties.join(',')}`;
    const g = groups.get(k);
    if (g) g.push(u); else groups.set(k, [u]);
  }
  for (const g of groups.values()) {
    if (g.length !== g[0].ties!.length) continue;
    g.forEach((u, k) => { const at = u.ties![k]; u.place = { kind: 'found', start: at, end: at + u.quote.length, score: 0, confident: false }; u.ties = undefined; });
  }
  // Deltas of the units placed for sure, in old order.
  const sure = order.filter((u) => u.place?.kind === 'found' && u.place.confident && u.quote !== '');
  const olds = sure.map((u) => u.oldStart);
  const deltaOf = (u: Unit) => (u.place as { start: number }).start - u.oldStart;
  for (const u of order) {
    if (!u.ties) continue;
    const i = lowerBound(olds, u.oldStart);
    const db = i > 0 ? deltaOf(sure[i - 1]) : 0;
    const da = i < sure.length ? deltaOf(sure[i]) : endDelta;
    const ties = u.ties;
    const at = u.oldStart + db;
    if (db === da && ties[lowerBound(ties, at)] === at) {
      u.place = { kind: 'found', start: at, end: at + u.quote.length, score: 0, confident: false };
    } else {
      const guess = ties[closestIndex(ties, at)];
      u.place = { kind: 'ambiguous', start: guess, end: guess + u.quote.length };
    }
    u.ties = undefined;
  }
}

/** Step 3: the normalised text, then an approximate search, for the units no exact occurrence confirmed. */
function fuzzyStage(text: string, order: readonly Unit[], pending: readonly Unit[]): void {
  const v = view(text);
  const sure = order.filter((u) => u.place?.kind === 'found' && u.place.confident);
  const olds = sure.map((u) => u.oldStart);
  const found = new Map<string, number[]>();
  for (const u of pending) {
    const nq = normalised(u.quote);
    if (nq === '') continue;
    const np = normalised(u.prefix), ns = normalised(u.suffix);
    const nu: Unit = { ...u, prefix: np, suffix: ns, pl: np.length + u.pl - u.prefix.length, sl: ns.length + u.sl - u.suffix.length };
    const i = lowerBound(olds, u.oldStart);
    const near = i > 0 ? sure[i - 1] : i < sure.length ? sure[i] : undefined;
    const expected = u.oldStart + (near ? (near.place as { start: number }).start - near.oldStart : 0);
    const vExpected = lowerBound(v.from, expected);
    // Normalised exact occurrences (the NEAREST_SCORED nearest the expected place).
    let occ = found.get(nq);
    if (!occ) { occ = occurrences(v.text, nq); found.set(nq, occ); }
    if (occ.length > NEAREST_SCORED) {
      const k = lowerBound(occ, vExpected);
      const lo = Math.max(0, Math.min(k - (NEAREST_SCORED >> 1), occ.length - NEAREST_SCORED));
      occ = occ.slice(lo, lo + NEAREST_SCORED);
    }
    let place = pick(nu, v, occ, occ.map((c) => c + nq.length), false);
    if (!place && nq.length >= 8 && nq.length <= MAX_PATTERN) {
      const from = Math.max(0, vExpected - APPROX_WINDOW), to = Math.min(v.text.length, vExpected + APPROX_WINDOW);
      const approx = approximate(pattern(nq), digitsOf(nq), v.text, from, to, Math.floor(nq.length / 8));
      place = pick(nu, v, approx.map((a) => a[0]), approx.map((a) => a[1]), true);
    }
    if (place) u.place = place;
  }
}

/** The place among candidates [starts[i], ends[i]) of the view whose context confirms, mapped back to the text. */
function pick(u: Unit, v: TextView, starts: readonly number[], ends: readonly number[], strict: boolean): Placement | undefined {
  // Only places that begin and end on boundaries of the original characters (not inside a composed letter).
  const aligned = starts.map((st, i) => (st === 0 || v.from[st] !== v.from[st - 1]) && (ends[i] === v.text.length || v.to[ends[i]] !== v.to[ends[i] - 1]));
  if (!aligned.some(Boolean)) return undefined;
  const d = decide(u, (i) => (aligned[i] ? contextScore(v.text, starts[i], ends[i], u) : 0), strict, 0, starts.length);
  if (!d) return undefined;
  const start = v.from[starts[d.best]], end = v.to[ends[d.best] - 1];
  return d.ties.length === 1 ? { kind: 'found', start, end, score: d.score, confident: false } : { kind: 'ambiguous', start, end };
}

/**
 * Places in text[from, to) that match the pattern with at most k errors: for each end where the
 * distance is at most k (Myers' search), the start that minimises it; overlapping places keep the
 * best; places whose digits differ from the quote's are left out (a changed number is another
 * value, not a typo). Returns [start, end) pairs, ascending.
 */
function approximate(p: Pattern, digits: string, text: string, from: number, to: number, k: number): Array<[number, number]> {
  const m = p.length;
  const hits: Array<[number, number, number]> = [];
  scan(p, text, from, to, true, (end, score) => {
    if (score > k) return;
    let bestStart = -1, bestD = k + 1;
    for (let len = m - k; len <= m + k; len++) {
      const s = end - len;
      if (s < from || len <= 0) continue;
      const dd = distance(p, text, s, end);
      if (dd < bestD || (dd === bestD && len === m)) { bestD = dd; bestStart = s; }
    }
    if (bestStart >= 0 && digitsOf(text.slice(bestStart, end)) === digits) hits.push([bestStart, end, bestD]);
  });
  hits.sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  const kept: Array<[number, number]> = [];
  for (const [s, e] of hits) if (!kept.some(([a, b]) => s < b && a < e)) kept.push([s, e]);
  return kept.sort((a, b) => a[0] - b[0]);
}

/** The digits of a string, in order (an approximate match never changes a number). */
const digitsOf = (s: string) => s.replace(/\D+/g, '');

/** Step 4: two units that started on different text never end on one span. */
function separate(order: readonly Unit[]): void {
  const at = new Map<string, Unit[]>();
  for (const u of order) {
    if (u.place?.kind !== 'found' || u.quote === '') continue;
    const k = `${u.place.start}:${u.place.end}`;
    const list = at.get(k);
    if (list) list.push(u); else at.set(k, [u]);
  }
  for (const list of at.values()) {
    if (list.length < 2) continue;
    const scoreOf = (u: Unit) => (u.place as { score: number }).score / Math.max(1, u.pl + u.sl);
    const top = Math.max(...list.map(scoreOf));
    const winners = list.filter((u) => scoreOf(u) === top);
    for (const u of list) {
      if (winners.length === 1 && u === winners[0]) continue;
      const p = u.place as { start: number; end: number };
      u.place = { kind: 'ambiguous', start: p.start, end: p.end };
    }
  }
}
