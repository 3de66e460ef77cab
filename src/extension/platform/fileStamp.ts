/**
 * A file's stamp: what tells that a file on disk has not changed since it was read, as git's index
 * tells it: its size, modification and status-change times (ms) and inode. Writing a file changes its
 * status-change time, which no tool sets back (a copy that keeps the modification time still gets a
 * new one). No `vscode` here: the engine's worker reads files with it.
 */
import type { FileBytes } from './fileBytes';

export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/** A file's bytes with its stamp, or its size when it is larger than the limit, or `unchanged` when it still has the stamp it was asked about (not read). */
export type StampedFileBytes = (FileBytes & { stamp?: FileStamp }) | { unchanged: true };
