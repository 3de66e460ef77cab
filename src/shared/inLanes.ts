/**
 * Work on many items, a few at a time: each of `lanes` runs the next item not yet taken until none is
 * left, so at most `lanes` are under way at once (files read while the engine's workers analyse
 * others), and the results keep the items' order.
 */
export async function mapInLanes<T, R>(items: readonly T[], lanes: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
  return out;
}
