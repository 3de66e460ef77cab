/**
 * `chitieu extract`: lists the documents (walked folders, named files, `-` for stdin), runs them on
 * `--jobs` threads with a bounded number in flight, and writes each as soon as it and all before it
 * are done, so the output is the same whatever the number of threads and memory does not grow with
 * the corpus.
 */
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { checkReferenceDate, parseCommandArgs } from '../args';
import { problemLine, useColour } from '../colour';
import { findRoot } from '../documentDate';
import { decodeText, walkFiles } from '../files';
import type { CliIo } from '../io';
import { EXTRACT_USAGE } from '../usage';
import { compileGlobs, GlobError } from '../../shared/globs';
import { refuseFileExport } from '../../export/exportFolder';
import { OUTPUT_FORMATS, processDocument, type DocumentOutcome, type DocumentTask, type OutputFormat } from './document';
import { runOrdered } from './ordered';
import { FormatAssembler, fileSink, stdoutSink, type Sink } from './output';
import { Progress } from './progress';
import { WorkerPool, type DocumentRunner } from './workerPool';

/** How the standard input is named in the output. */
export const STDIN_PATH = '<stdin>';
/** Documents in flight per worker thread (one running, one waiting in its queue). */
const PER_WORKER = 2;

/**
 * The documents to read: one path per file (or STDIN_PATH, its text aside) and its size, in two flat
 * lists — all that is kept per document for a whole corpus (tens of MB for 300,000 files).
 */
class Inputs {
  readonly files: string[] = [];
  readonly sizes: number[] = [];
  stdinText?: string;
  add(file: string, size: number): void { this.files.push(file); this.sizes.push(size); }
  task(i: number): Omit<DocumentTask, 'format' | 'referenceDate' | 'root'> {
    const file = this.files[i];
    return file === STDIN_PATH ? { text: this.stdinText, shown: STDIN_PATH } : { file, shown: shownPath(file) };
  }
  get totalBytes(): number { return this.sizes.reduce((n, s) => n + s, 0); }
}

const usageError = (io: CliIo, problem: string): number => { io.stderr(`chitieu: ${problem}\n${EXTRACT_USAGE}\n`); return 2; };

export async function runExtract(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    format: { short: 'f', check: (v) => (OUTPUT_FORMATS.includes(v as OutputFormat) ? undefined : `--format must be one of ${OUTPUT_FORMATS.join(', ')}`) },
    out: { short: 'o', check: (v) => (v ? undefined : '--out needs a file name') },
    jobs: { short: 'j', check: (v) => (v && /^[1-9]\d{0,3}$/.test(v) ? undefined : '--jobs takes a whole number of threads, 1 or more') },
    include: { multiple: true, check: (v) => (v ? undefined : '--include needs a glob (**/*.txt)') },
    exclude: { multiple: true, check: (v) => (v ? undefined : '--exclude needs a glob (**/drafts/**)') },
    'reference-date': { check: checkReferenceDate },
  });
  if (!parsed.ok) return usageError(io, parsed.problem);
  if (parsed.help) { io.stdout(EXTRACT_USAGE + '\n'); return 0; }
  const { values, paths } = parsed;
  if (paths.length === 0) return usageError(io, 'no PATH given');
  if (paths.filter((p) => p === '-').length > 1) return usageError(io, "'-' (the standard input) can be given once");
  let include, exclude;
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
  if (out) {
    const refused = refuseFileExport(out);
    if (refused) { io.stderr(`chitieu: ${refused}\n`); return 2; }
  }

  const colour = useColour(io.env, io.stderrIsTTY);
  let failures = 0;
  const report = (message: string) => { progress?.clear(); io.stderr(problemLine(message, colour)); };
  const walkProblems: string[] = [];
  const inputs = new Inputs();
  for (const p of paths) {
    if (p === '-') {
      const r = decodeText(await (io.readStdin?.() ?? Promise.resolve(new Uint8Array())));
      if ('error' in r) walkProblems.push(`${STDIN_PATH}: ${r.error}`);
      else { inputs.stdinText = r.text; inputs.add(STDIN_PATH, Buffer.byteLength(r.text)); }
      continue;
    }
    walkFiles(p, walkProblems, { include, exclude }, (file, size) => inputs.add(file, size));
  }
  const firstFile = paths.find((p) => p !== '-');
  const root = firstFile ? findRoot(firstFile) : undefined;

  let sink: Sink;
  try { sink = out ? fileSink(out) : stdoutSink(io); } catch (e) {
    io.stderr(`chitieu: cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed\n`);
    return 1;
  }
  const progress = io.stderrIsTTY ? new Progress(io.stderr, inputs.files.length, inputs.totalBytes) : undefined;
  for (const p of walkProblems) { report(p); failures++; }

  const threads = Math.min(jobs, inputs.files.length);
  const runner: DocumentRunner = threads > 1 ? new WorkerPool(threads) : { run: async (t) => processDocument(t), close: async () => undefined };
  const assembler = new FormatAssembler(format);
  try {
    await sink.write(assembler.head());
    await runOrdered(inputs.files.length, threads > 1 ? threads * PER_WORKER : 1,
      (i) => runner.run({ ...inputs.task(i), root, referenceDate, format }),
      (i, outcome: DocumentOutcome) => {
        progress?.advance(inputs.sizes[i]);
        for (const p of outcome.problems) { report(p); failures++; }
        if (!outcome.ok) { report(outcome.problem); failures++; return undefined; }
        const text = assembler.item(outcome.path, outcome.piece, outcome.goals);
        return text ? sink.write(text) : undefined;
      });
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
  if (failures) io.stderr(`chitieu: ${assembler.documents} file(s) processed, ${failures} problem(s)\n`);
  return failures ? 1 : 0;
}

/** The path as the output names it: relative to the working folder when it lies under it. */
function shownPath(f: string): string {
  const shown = relative(process.cwd(), f) || f;
  return shown.startsWith('..') ? f : shown;
}
