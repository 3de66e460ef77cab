/**
 * A file the extension keeps its own data in, on the extension host's disk (the Node build): read
 * and written with Node's asynchronous file API, so that neither holds the extension host up (through
 * `workspace.fs`, writing the index's 25 MB cache blocked it for 290 ms). Written to a temporary file
 * part by part, then renamed over the old one: a reader never sees half a file.
 */
import { mkdir, open, readFile, rename, rm } from 'fs/promises';
import { dirname } from 'path';

export interface CacheFile {
  /** Where it is (for the log and the tests). */
  readonly path: string;
  /** Its bytes, or undefined when there is none yet. */
  read(): Promise<Uint8Array | undefined>;
  /** Replaces it with these parts, one after another. */
  write(parts: readonly Uint8Array[]): Promise<void>;
}

export function nodeCacheFile(path: string): CacheFile {
  return {
    path,
    async read() {
      try { return await readFile(path); } catch (e) { if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined; throw e; }
    },
    async write(parts) {
      await mkdir(dirname(path), { recursive: true });
      // Its own temporary file: two windows on one workspace may write at once (the last rename wins, whole).
      const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      const handle = await open(temp, 'w');
      try {
        try { for (const p of parts) await handle.write(p); } finally { await handle.close(); }
        await rename(temp, path);
      } catch (e) { await rm(temp, { force: true }); throw e; }
    },
  };
}
