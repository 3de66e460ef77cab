/**
 * Highlights drawn in chunks: a document's items are cut into runs of about `CHUNK_ITEMS` in document
 * order, each drawn with decoration types of its own. VS Code's `setDecorations` replaces every range
 * of a type, and it already moves the ranges it shows through an edit; so after an edit, or a review
 * decision, only the chunks whose items changed are set again (a 1 MB plan's 5,000 ranges were all
 * made and sent to the window at every edit). Pure: offsets in, a plan out (no `vscode`), so it is
 * tested in plain Node.
 */
import type { Label, Status } from '../../annotations/model';
import type { TextChange } from '../model/editedParagraphs';

/** An item as highlights draw it (a reviewed entity, or an engine entity of a document with no annotations). */
export interface DrawnItem { label: Exclude<Label, 'goal'>; span: readonly [number, number]; state: Status | 'unreviewed' }

/** Items per chunk when a document's chunks are cut. */
export const CHUNK_ITEMS = 500;

/**
 * What an editor shows, by chunk: the items in document order, and chunk j holds items
 * [ends[j - 1] (or 0), ends[j]), those starting in [starts[j], starts[j + 1]) (the last chunk has no end).
 */
export interface Chunks { starts: readonly number[]; ends: readonly number[]; items: readonly DrawnItem[] }

/** What a draw sets: the chunks of the new items, and which of them must be set again (all of them, and any beyond, when `cut`). */
export interface ChunkPlan { chunks: Chunks; redraw: number[]; cut: boolean }

/** The items of chunk j. */
export function chunkItems(chunks: Chunks, j: number): readonly DrawnItem[] {
  return chunks.items.slice(j === 0 ? 0 : chunks.ends[j - 1], chunks.ends[j]);
}

/** A document's items cut into chunks of `size` items (at least one chunk, from offset 0). */
export function cutChunks(items: readonly DrawnItem[], size = CHUNK_ITEMS): Chunks {
  const starts = [0], ends: number[] = [];
  let from = 0;
  for (let i = 1; i < items.length; i++) {
    // A chunk ends between two items that start at different offsets (so each offset belongs to one chunk).
    if (i - from >= size && items[i].span[0] > items[i - 1].span[0]) {
      starts.push(items[i].span[0]);
      ends.push(i);
      from = i;
    }
  }
  ends.push(items.length);
  return { starts, ends, items };
}

/**
 * The chunks to set for `items` after `previous` was drawn and `changes` were made to the document
 * (oldest first; undefined when they were not followed: then every chunk is cut again). A chunk is set
 * again when its items are not the previous ones carried through the changes, or a change touched it
 * (VS Code may have grown or cut the ranges at an edit's edges); chunks are cut again when one has
 * grown past twice the size. Linear in the items, with no copy of them.
 */
export function planChunks(previous: Chunks | undefined, changes: readonly TextChange[] | undefined, items: readonly DrawnItem[], size = CHUNK_ITEMS): ChunkPlan {
  if (!previous || !changes) return recut(items, size);
  const starts = previous.starts.map((s, j) => (j === 0 ? 0 : carryPoint(s, changes)));
  const ends: number[] = [];
  const redraw: number[] = [];
  let from = 0, before = 0;
  for (let j = 0; j < starts.length; j++) {
    let to = from;
    if (j + 1 === starts.length) to = items.length;
    else while (to < items.length && items[to].span[0] < starts[j + 1]) to++;
    if (to - from > 2 * size) return recut(items, size);
    const previousEnd = previous.ends[j];
    if (!sameCarried(previous.items, before, previousEnd, items, from, to, changes)) redraw.push(j);
    ends.push(to);
    from = to;
    before = previousEnd;
  }
  return { chunks: { starts, ends, items }, redraw, cut: false };
}

function recut(items: readonly DrawnItem[], size: number): ChunkPlan {
  const chunks = cutChunks(items, size);
  return { chunks, redraw: chunks.ends.map((_, j) => j), cut: true };
}

/** Whether now[from, to) are old[oldFrom, oldTo) carried through the changes, none of them touched by one. */
function sameCarried(old: readonly DrawnItem[], oldFrom: number, oldTo: number, now: readonly DrawnItem[], from: number, to: number, changes: readonly TextChange[]): boolean {
  if (oldTo - oldFrom !== to - from) return false;
  for (let i = from, k = oldFrom; i < to; i++, k++) {
    const a = old[k], b = now[i];
    if (a.label !== b.label || a.state !== b.state) return false;
    let s = a.span[0], e = a.span[1];
    // An index loop: a `for…of` here made an iterator per item until V8 optimised this (megabytes per edit).
    for (let j = 0; j < changes.length; j++) {
      const c = changes[j];
      if (e < c.offset) continue; // before the change, not touching it
      if (s <= c.offset + c.removed) return false; // touched: VS Code may have grown or cut its range
      s += c.inserted - c.removed; e += c.inserted - c.removed;
    }
    if (s !== b.span[0] || e !== b.span[1]) return false;
  }
  return true;
}

/** A chunk's start carried through the changes: shifted when after a change, the change's start when inside one. */
export function carryPoint(at: number, changes: readonly TextChange[]): number {
  for (const c of changes) {
    if (at <= c.offset) continue;
    at = at >= c.offset + c.removed ? at + c.inserted - c.removed : c.offset;
  }
  return at;
}
