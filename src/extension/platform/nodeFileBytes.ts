/**
 * The Node build's file reading for the index: `file:` URIs straight from the disk the extension host
 * runs on (the workspace's disk, in a remote window too: VS Code's own file system provider for
 * `file:` in the extension host reads there), other schemes through `workspace.fs` (`fallback`).
 * One open, one stat, the reads, one close.
 */
import { open } from 'fs/promises';
import type { FileBytes } from './fileBytes';

interface FileUri { readonly scheme: string; readonly fsPath: string }

export function diskFileBytes<U extends FileUri>(fallback: (uri: U, maxBytes: number) => Promise<FileBytes>): (uri: U, maxBytes: number) => Promise<FileBytes> {
  return async (uri, maxBytes) => {
    if (uri.scheme !== 'file') return fallback(uri, maxBytes);
    const handle = await open(uri.fsPath, 'r');
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
  };
}
