/**
 * The CLI's file system work: walking a corpus (unreadable folders reported and skipped, symlinks
 * followed with loop detection, export folders left out), reading texts (`readText`: UTF-8, or
 * UTF-16 with a BOM; the commands read every format through readSourceFile.ts), and writing outputs
 * atomically (a temporary name, renamed when complete; nothing half-written is left behind on
 * failure), exports never over a file they did not write.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { EXPORT_MANIFEST, manifestText, parseManifest, planFolderExport } from '../export/exportFolder';

/** What a folder walk takes (without --include): text, PDF and Word files. */
const WALKED_EXTENSIONS = new Set(['.txt', '.md', '.pdf', '.docx', '.doc']);
const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Which files a walk takes inside folders: globs relative to the folder given (see src/shared/globs.ts). */
export interface WalkFilter {
  /** Files to take (default: the .txt, .md, .pdf, .docx and .doc files, any case of the extension). */
  include?: (relativePath: string) => boolean;
  /** Files and folders to leave out. */
  exclude?: (relativePath: string) => boolean;
}

/**
 * The .txt, .md, .pdf, .docx and .doc files at or under `path`, sorted per folder. Hidden entries,
 * `node_modules` and export folders (holding `.chitieu-export.json`) are skipped; symlinks are
 * followed, a link back to a folder being walked is reported as a loop (ELOOP) and not followed, a
 * file reached twice is read once. Problems (unreadable folders, broken links, loops) go to
 * `problems`; the walk goes on.
 */
export function walk(path: string, problems: string[]): string[] {
  return [...walkFiles(path, problems, {})].map((f) => f.path);
}

/**
 * `walk`, yielding each file and its size as it is found (a corpus's list is never held: the first
 * documents are read while the walk goes on), with `filter` choosing the files inside folders
 * (matched against the path relative to `path`, with `/`); a file named by `path` itself is always
 * taken. A file reached twice (through a link) is known by its inode (a number; with its device when
 * that is not the first file's), not by a stored path.
 */
export function* walkFiles(path: string, problems: string[], filter: WalkFilter): Generator<{ path: string; size: number }> {
  const seenFiles = new Set<number | string>();
  let firstDevice: number | undefined;
  const takes = (rel: string) => (filter.include ? filter.include(rel) : WALKED_EXTENSIONS.has(extname(rel).toLowerCase())) && !filter.exclude?.(rel);
  function* visit(p: string, rel: string, ancestors: Set<string>, explicit: boolean): Generator<{ path: string; size: number }> {
    let st;
    try { st = statSync(p); } catch (e) {
      const c = code(e);
      problems.push(c === 'ENOENT' ? (explicit ? `${p}: no such file or folder` : `${p}: gone, or a broken symbolic link (ENOENT), skipped`)
        : c === 'ELOOP' ? `${p}: symbolic link loop (ELOOP), skipped` : `${p}: cannot read it (${c}), skipped`);
      return;
    }
    if (st.isFile()) {
      firstDevice ??= st.dev;
      const id = st.dev === firstDevice ? st.ino : `${st.dev}:${st.ino}`;
      if ((explicit || takes(rel)) && !seenFiles.has(id)) { seenFiles.add(id); yield { path: p, size: st.size }; }
      return;
    }
    if (!st.isDirectory()) { problems.push(`${p}: not a file or folder`); return; }
    if (!explicit && filter.exclude?.(rel)) return;
    let real = p;
    try { real = realpathSync(p); } catch { /* keep p */ }
    if (ancestors.has(real)) { problems.push(`${p}: symbolic link loop (ELOOP: it leads back to ${real}), not followed`); return; }
    if (!explicit && existsSync(join(p, EXPORT_MANIFEST))) return; // an export's folder, not the corpus
    let entries;
    try { entries = readdirSync(p, { withFileTypes: true }); } catch (e) { problems.push(`${p}: cannot read this folder (${code(e)}), skipped`); return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    const inner = new Set(ancestors).add(real);
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const q = join(p, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() || e.isSymbolicLink() || (e.isFile() && takes(r))) yield* visit(q, r, inner, false);
    }
  }
  yield* visit(path, '', new Set(), true);
}

/** Whether the bytes look like UTF-16 without a BOM (NULs in every other byte of mostly ASCII text). */
function looksUtf16(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 4000) & ~1;
  if (n < 8) return false;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) { if (buf[i] === 0) even++; if (buf[i + 1] === 0) odd++; }
  return Math.max(even, odd) > n / 8 && Math.min(even, odd) < n / 100;
}

/** Reads a file as text (UTF-8, or UTF-16 with a BOM), or says why it cannot. */
export function readText(path: string): { text: string } | { error: string } {
  let buf: Buffer;
  try { buf = readFileSync(path); } catch (e) { return { error: `cannot read it (${code(e)})` }; }
  return decodeText(buf);
}

/** Decodes a file's bytes as text (UTF-8, or UTF-16 with a BOM), or says why it cannot. */
export function decodeText(buf: Uint8Array): { text: string } | { error: string } {
  const utf16 = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  if (utf16) {
    try {
      return { text: new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(buf) };
    } catch {
      return { error: 'UTF-16 text (it starts with a UTF-16 byte order mark) that does not decode; convert it to UTF-8 and try again' };
    }
  }
  if (buf.subarray(0, 8000).includes(0)) {
    return { error: looksUtf16(buf) ? 'looks like UTF-16 text without a byte order mark; convert it to UTF-8 (e.g. `iconv -f UTF-16LE -t UTF-8`) and try again' : 'binary file (it contains NUL bytes), skipped' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { error: 'not UTF-8 text; convert it to UTF-8 (e.g. `iconv -f WINDOWS-1258 -t UTF-8`) and try again' };
  }
}

/** Writes a file under a temporary name, then renames it; on failure the temporary file is removed and the old file stays. */
export function writeAtomically(path: string, content: string | Uint8Array, options: { makeFolder?: boolean } = {}): void {
  if (options.makeFolder) mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* never written */ }
    throw e;
  }
}

/** Every file under `dir`, relative with `/` (the manifest left out); [] when it does not exist. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const go = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) go(join(d, e.name), r);
      else if (r !== EXPORT_MANIFEST) out.push(r);
    }
  };
  go(dir, '');
  return out;
}

export class ExportRefused extends Error {}

/**
 * Writes an export's files into folder `dir`: refused (ExportRefused) when it holds files an earlier
 * export did not write; a new folder is built beside it and renamed into place when complete; an
 * earlier export's folder gets every file under a temporary name first, then all renamed, then its
 * stale files removed and its manifest rewritten. Nothing is left half-written on failure.
 */
export function writeExportFolder(dir: string, files: ReadonlyArray<{ path: string; content: string }>, format: string, now: Date): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new ExportRefused(`${dir} is a file, not a folder`);
  const manifestPath = join(dir, EXPORT_MANIFEST);
  const manifest = parseManifest(existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined);
  const plan = planFolderExport(listFiles(dir), manifest, files.map((f) => f.path));
  if (plan.refuse) throw new ExportRefused(`chitieu will not write into ${dir}: ${plan.refuse}`);
  const manifestBody = manifestText(format, files.map((f) => f.path), now);
  if (!existsSync(dir)) {
    const tmp = join(dirname(dir), `.${basename(dir)}.${process.pid}.tmp`);
    try {
      for (const f of files) { mkdirSync(dirname(join(tmp, f.path)), { recursive: true }); writeFileSync(join(tmp, f.path), f.content); }
      writeFileSync(join(tmp, EXPORT_MANIFEST), manifestBody);
      mkdirSync(dirname(dir), { recursive: true });
      renameSync(tmp, dir);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    return;
  }
  const tmps: string[] = [];
  try {
    for (const f of files) {
      const target = join(dir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      tmps.push(tmp);
      writeFileSync(tmp, f.content);
    }
  } catch (e) {
    for (const t of tmps) rmSync(t, { force: true });
    throw e;
  }
  files.forEach((f, i) => renameSync(tmps[i], join(dir, f.path)));
  for (const stale of plan.remove) rmSync(join(dir, ...stale.split('/')), { force: true });
  writeAtomically(manifestPath, manifestBody);
}
