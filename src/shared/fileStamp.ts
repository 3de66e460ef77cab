/**
 * A file's stamp: what tells that a file on disk has not changed since it was read, as git's index
 * tells it: its size, modification and status-change times (ms) and inode. Writing a file changes its
 * status-change time, which no tool sets back (a copy that keeps the modification time still gets a
 * new one). Used by the workspace index's cache (the extension) and `chitieu extract --cache`. No
 * `vscode` and no Node built-in here: it reads the status it is given.
 */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/**
 * How long ago a file must have last changed to get a stamp, in ms. File times are coarse (a few ms on
 * Linux, 2 s on FAT drives): a write right after a read could leave the same stamp on other content
 * (git's "racy" files). Such a file gets none, and is read again next time.
 */
export const RACY_MS = 3000;

/** A file's stamp from its status (as `fs.stat` gives it), none when it changed after `stampedBefore`. */
export function stampOfStatus(st: { size: number; mtimeMs: number; ctimeMs: number; ino: number }, stampedBefore = Date.now() - RACY_MS): FileStamp | undefined {
  return st.ctimeMs < stampedBefore && st.mtimeMs < stampedBefore ? [st.size, st.mtimeMs, st.ctimeMs, st.ino] : undefined;
}
