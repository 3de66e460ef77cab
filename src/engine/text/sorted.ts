/** Binary searches over items sorted by `start`: keeps per-item lookups logarithmic, the engine linear. */
export interface Started { start: number }

/** Index of the first item with start >= offset (items.length if none). */
export function firstAtOrAfter(items: readonly Started[], offset: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid].start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Items with start in [from, to), in order. */
export function* startingIn<T extends Started>(items: readonly T[], from: number, to: number): Generator<T> {
  for (let i = firstAtOrAfter(items, from); i < items.length && items[i].start < to; i++) yield items[i];
}

/** Index of the span containing `offset` in sorted, disjoint spans, or -1. */
export function spanIndexAt(spans: ReadonlyArray<readonly [number, number]>, offset: number): number {
  let lo = 0, hi = spans.length - 1, ans = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (spans[mid][0] <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
  return ans >= 0 && offset <= spans[ans][1] ? ans : -1;
}
