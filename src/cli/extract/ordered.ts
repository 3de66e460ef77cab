/**
 * Runs jobs with at most `window` of them in flight and hands their results on in the order of the
 * items: a result that is ready early waits (at most `window` of them are held), no new job starts
 * while the consumer (a write waiting for the reader) is behind, and the items are drawn from their
 * iterator only as jobs start (a corpus is never listed whole).
 */
export async function runOrdered<T, R>(items: Iterable<T>, window: number, start: (item: T) => Promise<R>, consume: (item: T, r: R) => Promise<void> | void): Promise<void> {
  const it = items[Symbol.iterator]();
  const inFlight: Array<{ item: T; result: Promise<R> }> = [];
  let done = false;
  const fill = () => {
    while (!done && inFlight.length < window) {
      const next = it.next();
      if (next.done) { done = true; break; }
      inFlight.push({ item: next.value, result: start(next.value) });
    }
  };
  for (fill(); inFlight.length; fill()) {
    const { item, result } = inFlight.shift()!;
    await consume(item, await result);
  }
}
