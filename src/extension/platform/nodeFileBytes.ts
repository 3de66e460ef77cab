/**
 * Reading a file from the disk in the Node build, with a size limit: the workspace index's reads on
 * the extension host (`file:` URIs straight from the disk it runs on, the workspace's disk in a
 * remote window too; other schemes through `workspace.fs`) and the engine worker's (engineWorker.ts).
 * One open, one stat, the reads, one close.
 */
import { closeSync, fstatSync, openSync, readSync } from 'fs';
import { open, stat } from 'fs/promises';
import type { FileBytes } from './fileBytes';
import { sameStamp, type FileStamp, type StampedFileBytes } from './fileStamp';
import { RACY_MS, stampOfStatus } from '../../shared/fileStamp';

/** A file's bytes, or its size when it is larger than `maxBytes` (not read). Rejects when it cannot be read. */
export async function readFileLimited(path: string, maxBytes: number): Promise<FileBytes> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { tooLarge: size };
    // The size read once; a file that grows meanwhile is read to that size (its change is reported and it is read again).
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break; // shrunk meanwhile
      read += bytesRead;
    }
    return { bytes: read === size ? bytes : bytes.subarray(0, read) };
  } finally {
    await handle.close();
  }
}

/**
 * {@link readFileLimited}, synchronously: for the engine's worker, whose thread has nothing else to do
 * meanwhile. Its asynchronous reads went through the process's four-thread pool, which the extension
 * host and every worker share: indexing 10,000 files took 7.4–7.8 s that way, 5.9–6.6 s like this.
 * With the file's stamp; `unchangedIf`: a stamp the file was read with before, and if it still has
 * it, it is not read (`unchanged`). A file changed in the last RACY_MS (before `stampedBefore`) gets
 * no stamp (src/shared/fileStamp.ts): it is read again next time.
 */
export function readFileLimitedSync(path: string, maxBytes: number, unchangedIf?: FileStamp, stampedBefore = Date.now() - RACY_MS): StampedFileBytes {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    const stamp = stampOfStatus(st, stampedBefore);
    if (unchangedIf && stamp && sameStamp(stamp, unchangedIf)) return { unchanged: true };
    const size = st.size;
    if (size > maxBytes) return { tooLarge: size };
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break; // shrunk meanwhile
      read += n;
    }
    const got: StampedFileBytes = { bytes: read === size ? bytes : bytes.subarray(0, read) };
    if (stamp) got.stamp = stamp;
    return got;
  } finally { closeSync(fd); }
}

/** A file's stamp as {@link readFileLimitedSync} gives it, without reading it (a file the extension host reads itself: a PDF, a Word file). */
export async function fileStamp(path: string, stampedBefore = Date.now() - RACY_MS): Promise<FileStamp | undefined> {
  return stampOfStatus(await stat(path), stampedBefore);
}

interface FileUri { readonly scheme: string; readonly fsPath: string }

/** `file:` URIs read from the disk, others by `fallback`. */
export function diskFileBytes<U extends FileUri>(fallback: (uri: U, maxBytes: number) => Promise<FileBytes>): (uri: U, maxBytes: number) => Promise<FileBytes> {
  return (uri, maxBytes) => (uri.scheme === 'file' ? readFileLimited(uri.fsPath, maxBytes) : fallback(uri, maxBytes));
}
