/**
 * Runs numbered jobs with at most `window` of them in flight and hands their results on in number
 * order: a result that is ready early waits (at most `window` of them are held), and no new job
 * starts while the consumer (a write waiting for the reader) is behind.
 */
export async function runOrdered<R>(count: number, window: number, start: (i: number) => Promise<R>, consume: (i: number, r: R) => Promise<void> | void): Promise<void> {
  const inFlight = new Map<number, Promise<R>>();
  let next = 0;
  for (let i = 0; i < count; i++) {
    while (next < count && next < i + window) { inFlight.set(next, start(next)); next++; }
    const result = await inFlight.get(i)!;
    inFlight.delete(i);
    await consume(i, result);
  }
}
