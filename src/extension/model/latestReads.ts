/**
 * Reads of one thing (a file) that may overlap, of which only the latest begun counts: a read that
 * ends after a newer one of the same key began is stale, whichever of the two ends first. A file
 * changed (or created, then written) while it is read gets a second read, and the two can end in
 * either order; the older must not overwrite the newer.
 */
export class LatestReads {
  /** The latest read begun of each key being read (a number counted up). */
  private readonly latest = new Map<string, number>();
  private begun = 0;

  /** Runs `read`: its value, or undefined when a newer read of `key` began while it ran. */
  async run<T>(key: string, read: () => Promise<T>): Promise<{ value: T } | undefined> {
    const mine = ++this.begun;
    this.latest.set(key, mine);
    try {
      const value = await read();
      return this.latest.get(key) === mine ? { value } : undefined;
    } finally {
      if (this.latest.get(key) === mine) this.latest.delete(key);
    }
  }

  /** Keys with a read under way (what it holds: nothing once every read has ended). */
  get size(): number { return this.latest.size; }
}
