/**
 * `chitieu extract`: lists the documents (walked folders, named files, `-` for stdin), runs them on
 * `--jobs` threads with a bounded number in flight, and writes each as soon as it and all before it
 * are done, so the output is the same whatever the number of threads and memory does not grow with
 * the corpus.
 */
import { availableParallelism } from 'node:os';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkEncoding, checkReferenceDate, parseCommandArgs } from '../args';
import { encodingNamed } from '../../sources/encodings/detect';
import { problemLine, useColour, warningLine } from '../colour';
import { findRoot } from '../documentDate';
import { walkFiles } from '../files';
import { readTextBytes } from '../readSourceFile';
import type { CliIo } from '../io';
import { EXTRACT_USAGE } from '../usage';
import { compileGlobs, GlobError } from '../../shared/globs';
import { refuseFileExport } from '../../export/exportFolder';
import { OUTPUT_FORMATS, processDocument, type DocumentOutcome, type DocumentTask, type OutputFormat } from './document';
import { runOrdered } from './ordered';
import { currentBuild, type CacheDir } from './cache';
import { FormatAssembler, fileSink, stdoutSink, type Sink } from './output';
import { Progress } from './progress';
import { WorkerPool, type DocumentRunner } from './workerPool';

/** How the standard input is named in the output. */
export const STDIN_PATH = '<stdin>';
/**
 * Documents in flight per worker thread. The output keeps the order of the input, so a document done
 * early waits for those before it; with two per thread a long document left the other thread idle
 * for a quarter of its time. With eight: --jobs 2 on the bench's corpus 6.86 -> 6.24 s, and about 15 MB
 * more resident (documents and their rendered output held a little longer).
 */
const PER_WORKER = 8;

/** A document to read: a file (or STDIN_PATH, its text aside) and its size. */
interface Input { file: string; size: number }

const usageError = (io: CliIo, problem: string): number => { io.stderr(`chitieu: ${problem}\n${EXTRACT_USAGE}\n`); return 2; };

export async function runExtract(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    format: { short: 'f', check: (v) => (OUTPUT_FORMATS.includes(v as OutputFormat) ? undefined : `--format must be one of ${OUTPUT_FORMATS.join(', ')}`) },
    out: { short: 'o', check: (v) => (v ? undefined : '--out needs a file name') },
    jobs: { short: 'j', check: (v) => (v && /^[1-9]\d{0,3}$/.test(v) ? undefined : '--jobs takes a whole number of threads, 1 or more') },
    include: { multiple: true, check: (v) => (v ? undefined : '--include needs a glob (**/*.txt)') },
    exclude: { multiple: true, check: (v) => (v ? undefined : '--exclude needs a glob (**/drafts/**)') },
    'reference-date': { check: checkReferenceDate },
    encoding: { short: 'e', check: checkEncoding },
    cache: { check: (v) => (v ? undefined : '--cache needs a folder') },
  });
  if (!parsed.ok) return usageError(io, parsed.problem);
  if (parsed.help) { io.stdout(EXTRACT_USAGE + '\n'); return 0; }
  const { values, paths } = parsed;
  if (paths.length === 0) return usageError(io, 'no PATH given');
  if (paths.filter((p) => p === '-').length > 1) return usageError(io, "'-' (the standard input) can be given once");
  let include: ((relativePath: string) => boolean) | undefined, exclude: typeof include;
  try {
    include = values.include ? compileGlobs(values.include as string[]) : undefined;
    exclude = values.exclude ? compileGlobs(values.exclude as string[]) : undefined;
  } catch (e) {
    if (e instanceof GlobError) return usageError(io, e.message);
    throw e;
  }
  const format = (values.format ?? 'json') as OutputFormat;
  const out = values.out as string | undefined;
  const referenceDate = values['reference-date'] as string | undefined;
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  const encoding = values.encoding ? encodingNamed(values.encoding as string) : undefined;
  if (out) {
    const refused = refuseFileExport(out);
    if (refused) { io.stderr(`chitieu: ${refused}\n`); return 2; }
  }
  let cache: CacheDir | undefined;
  if (values.cache) {
    const dir = resolve(values.cache as string);
    try { mkdirSync(dir, { recursive: true }); accessSync(dir, constants.W_OK); } catch (e) {
      io.stderr(`chitieu: cannot keep a cache in ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); give a folder you can write to\n`);
      return 2;
    }
    cache = { dir, build: currentBuild() };
  }

  const colour = useColour(io.env, io.stderrIsTTY);
  let failures = 0;
  const report = (message: string) => { progress?.clear(); io.stderr(problemLine(message, colour)); };
  const warn = (message: string) => { progress?.clear(); io.stderr(warningLine(message, colour)); };
  const walkProblems: string[] = [];
  let stdinText: string | undefined;
  if (paths.includes('-')) {
    // Text in any supported encoding, as a text file is read.
    const r = readTextBytes(await (io.readStdin?.() ?? Promise.resolve(new Uint8Array())), { encoding });
    for (const w of r.warnings) io.stderr(warningLine(`${STDIN_PATH}: ${w}`, colour));
    if ('error' in r) walkProblems.push(`${STDIN_PATH}: ${r.error}`); else stdinText = r.text;
  }
  function* walked(): Generator<Input> {
    for (const p of paths) {
      if (p !== '-') for (const f of walkFiles(p, walkProblems, { include, exclude })) yield { file: f.path, size: f.size };
      else if (stdinText !== undefined) yield { file: STDIN_PATH, size: Buffer.byteLength(stdinText) };
    }
  }
  const taskOf = (input: Input): DocumentTask => ({
    ...(input.file === STDIN_PATH ? { text: stdinText, shown: STDIN_PATH } : { file: input.file, shown: shownPath(input.file) }),
    root, referenceDate, format, encoding, cache,
  });
  const firstFile = paths.find((p) => p !== '-');
  const root = firstFile ? findRoot(firstFile) : undefined;

  let sink: Sink;
  try { sink = out ? fileSink(out) : stdoutSink(io); } catch (e) {
    io.stderr(`chitieu: cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed\n`);
    return 1;
  }
  // On a terminal the progress needs the totals: the corpus is listed first (paths and sizes only).
  const listed = io.stderrIsTTY ? [...walked()] : undefined;
  const progress = listed ? new Progress(io.stderr, listed.length, listed.reduce((n, i) => n + i.size, 0)) : undefined;
  const reportWalkProblems = () => { for (const p of walkProblems.splice(0)) { report(p); failures++; } };
  // Threads only for more than one document (a look ahead of `jobs` documents says so).
  const inputs = lookAhead(listed ?? walked(), jobs);

  const threads = Math.min(jobs, inputs.ahead);
  const runner: DocumentRunner = threads > 1 ? new WorkerPool(threads) : { run: (t) => processDocument(t), close: async () => undefined };
  const assembler = new FormatAssembler(format);
  let fromCache = 0;
  try {
    await sink.write(assembler.head());
    await runOrdered(inputs.items, threads > 1 ? threads * PER_WORKER : 1,
      (input) => runner.run(taskOf(input)),
      (input, outcome: DocumentOutcome) => {
        reportWalkProblems();
        progress?.advance(input.size);
        for (const w of outcome.warnings ?? []) warn(w);
        for (const p of outcome.problems) { report(p); failures++; }
        if (!outcome.ok) { report(outcome.problem); failures++; return undefined; }
        if (outcome.cached) fromCache++;
        const text = assembler.item(outcome.path, outcome.piece, outcome.goals);
        return text ? sink.write(text) : undefined;
      });
    reportWalkProblems();
    await sink.write(assembler.tail());
    await sink.close();
  } catch (e) {
    sink.abort();
    progress?.clear();
    io.stderr(`chitieu: cannot write ${out ?? 'to the standard output'} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})${out ? '; nothing was changed' : ''}\n`);
    return 1;
  } finally {
    await runner.close();
  }
  progress?.clear();
  if (cache) io.stderr(`chitieu: ${fromCache} of ${assembler.documents} document(s) unchanged since the cache kept them (${cache.dir})\n`);
  if (failures) io.stderr(`chitieu: ${assembler.documents} file(s) processed, ${failures} problem(s)\n`);
  return failures ? 1 : 0;
}

/** The first `n` items drawn (how many there are, up to `n`), and all the items in order. */
function lookAhead<T>(items: Iterable<T>, n: number): { ahead: number; items: Iterable<T> } {
  const it = items[Symbol.iterator]();
  const first: T[] = [];
  for (let next = it.next(); ; next = it.next()) {
    if (next.done) return { ahead: first.length, items: first };
    first.push(next.value);
    if (first.length >= n) break;
  }
  return { ahead: first.length, items: { *[Symbol.iterator]() { yield* first; for (let next = it.next(); !next.done; next = it.next()) yield next.value; } } };
}

/** The path as the output names it: relative to the working folder when it lies under it. */
function shownPath(f: string): string {
  const shown = relative(process.cwd(), f) || f;
  return shown.startsWith('..') ? f : shown;
}
