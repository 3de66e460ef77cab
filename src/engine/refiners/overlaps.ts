/** Overlap removal: of overlapping candidates keep the longest; on a tie, the earlier rule in the list. */
export interface Spanned { start: number; end: number }

/** Clusters up to this size are resolved longest-first (quadratic in the cluster, so bounded). */
const CLUSTER_BY_LENGTH = 64;

export function removeOverlaps<T extends Spanned>(items: readonly T[]): T[] {
  // Sweep clusters of mutually overlapping items (sorted by start); resolve each cluster by length.
  // Clusters are small in real text (a few rules firing at one place), so this is near linear.
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.start - b.item.start || a.i - b.i);
  const out: T[] = [];
  let k = 0;
  while (k < order.length) {
    let clusterEnd = order[k].item.end;
    let e = k + 1;
    while (e < order.length && order[e].item.start < clusterEnd) { clusterEnd = Math.max(clusterEnd, order[e].item.end); e++; }
    const cluster = order.slice(k, e);
    if (cluster.length <= CLUSTER_BY_LENGTH) {
      // Longest first; then each item that overlaps none kept so far.
      cluster.sort((a, b) => (b.item.end - b.item.start) - (a.item.end - a.item.start) || a.i - b.i);
      const kept: T[] = [];
      for (const { item } of cluster) if (kept.every((o) => o.end <= item.start || o.start >= item.end)) kept.push(item);
      out.push(...kept.sort((a, b) => a.start - b.start));
    } else {
      // A huge cluster (adversarial input): left to right, keeping what does not overlap the last kept item.
      let lastEnd = -1;
      for (const { item } of cluster) if (item.start >= lastEnd) { out.push(item); lastEnd = item.end; }
    }
    k = e;
  }
  return out;
}

/** Drops every item of `items` that overlaps one of `winners` (both sorted by start). */
export function dropOverlapping<T extends Spanned>(items: readonly T[], winners: readonly Spanned[]): T[] {
  const out: T[] = [];
  let w = 0;
  for (const item of items) {
    while (w < winners.length && winners[w].end <= item.start) w++;
    let clash = false;
    for (let k = w; k < winners.length && winners[k].start < item.end; k++) {
      if (winners[k].end > item.start) { clash = true; break; }
    }
    if (!clash) out.push(item);
  }
  return out;
}
