/**
 * `chitieu extract --cache DIR`: what a run made of each file, kept in DIR, so that a run over a
 * corpus of which few files changed reads and analyses only those. One entry per file, named by a
 * digest of its absolute path: a first line of JSON (the chitieu build that wrote it, the file, its
 * stamp (src/shared/fileStamp.ts) and what the output depends on besides the file: the path as shown,
 * the reference date, the document's date, the encoding asked for, the format), then the document as
 * the format writes it. Looked up on the thread that would read the file, one entry at a time: memory
 * does not grow with the corpus. A file changed in the last seconds (no stamp), a file that could not
 * be read and the standard input are not kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Goal } from '../../engine/types';
import { sameStamp, stampOfStatus, type FileStamp } from '../../shared/fileStamp';
import { WORKER_BUNDLE } from './workerScript';

/** Where the entries are, and the build of chitieu that reads and writes them. */
export interface CacheDir { dir: string; build: string }

/** What an entry keeps of a document besides the piece: the goals (the tree format writes them at the end) and what its reading warned of. */
export interface Cached { piece: string; goals?: Goal[]; warnings?: string[] }

interface EntryHead { build: string; file: string; stamp: FileStamp; options: string; goals?: Goal[]; warnings?: string[] }

/**
 * The build of chitieu running: a digest of the worker's bundle (the engine, the readers and the output
 * formats: all that makes a document's piece), or `sources` when it runs from the TypeScript sources (the tests).
 */
export function currentBuild(): string {
  const bundle = join(__dirname, WORKER_BUNDLE);
  return existsSync(bundle) ? `bundle:${createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 32)}` : 'sources';
}

function entryPath(dir: string, file: string): string {
  const h = createHash('sha256').update(resolve(file)).digest('hex');
  return join(dir, h.slice(0, 2), `${h.slice(2)}.entry`);
}

/** The file's entry when it still holds (same build, file, stamp and options), and the file's stamp now (none: not to be kept). */
export function lookUp(cache: CacheDir, file: string, options: string): { hit?: Cached; stamp?: FileStamp } {
  let stamp: FileStamp | undefined;
  try { stamp = stampOfStatus(statSync(file)); } catch { return {}; }
  if (!stamp) return {};
  let text: string;
  try { text = readFileSync(entryPath(cache.dir, file), 'utf8'); } catch { return { stamp }; }
  const nl = text.indexOf('\n');
  try {
    const head = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as EntryHead;
    if (nl < 0 || head.build !== cache.build || head.file !== resolve(file) || !sameStamp(head.stamp, stamp) || head.options !== options) return { stamp };
    return { hit: { piece: text.slice(nl + 1), goals: head.goals, warnings: head.warnings }, stamp };
  } catch { return { stamp }; } // damaged: read the file
}

/** Keeps what a run made of a file, with the stamp the file had before it was read (written whole: a temporary file renamed). */
export function keep(cache: CacheDir, file: string, stamp: FileStamp, options: string, cached: Cached): void {
  const path = entryPath(cache.dir, file);
  const head: EntryHead = { build: cache.build, file: resolve(file), stamp, options };
  if (cached.goals) head.goals = cached.goals;
  if (cached.warnings?.length) head.warnings = cached.warnings;
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  const content = `${JSON.stringify(head)}\n${cached.piece}`;
  try {
    // Its folder (one of 256) is made when the first entry written there finds none.
    try { writeFileSync(temp, content); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temp, content);
    }
    renameSync(temp, path);
  } catch { rmSync(temp, { force: true }); } // a cache that cannot be written only costs the next run its time
}
