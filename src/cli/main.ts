/**
 * chitieu CLI: runs the engine over files and folders, and exports reviewed data sets.
 *
 *   chitieu extract PATH... [--format json|jsonl|csv|tree] [--out FILE] [--reference-date YYYY[-MM-DD]]
 *   chitieu export PATH... --format xlsx|goals-csv|entities-csv|doccano|brat|json [--out FILE|DIR]
 *                  [--rejected omit|mark] [--root DIR] [--reference-date YYYY[-MM-DD]]
 *   chitieu agree A B [--format table|json] [--out FILE]   (agree.ts)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ExportRefused, readText, walk, writeAtomically, writeExportFolder } from './files';
import { defaultExportFile, defaultExportFolder, refuseFileExport } from '../export/exportFolder';
import { extract } from '../engine';
import { type DocumentResult, toCsv, toJson, toJsonLines, toTree } from '../export/formats';
import { ANNOTATION_DIR, type Annotation, type ReviewedDocument } from '../annotations/model';
import { annotationPathFor, parseAnnotationFile } from '../annotations/storeFormat';
import { reanchor } from '../annotations/anchor';
import { textHash } from '../annotations/textHash';
import { review } from '../annotations/review';
import { runAgree } from './agree';
import { DATASET_FORMAT_TEXT, DATASET_FORMATS, type DatasetFormat, renderDataset } from '../export/dataset';

const USAGE = `usage: chitieu extract PATH... [--format json|jsonl|csv|tree] [--out FILE] [--reference-date YYYY[-MM-DD]]
       chitieu export PATH... --format xlsx|goals-csv|entities-csv|doccano|brat|json [--out FILE|DIR]
                      [--rejected omit|mark] [--root DIR] [--reference-date YYYY[-MM-DD]]
       chitieu agree A B [--format table|json] [--out FILE]   (agreement between two annotators; agree --help)
  PATH        a .txt or .md file, or a folder (walked for .txt and .md files)
  export      the engine's output merged with the annotations in ROOT/.chitieu/ (confirmed, edited and
              added items win; rejected ones are left out, or kept and marked with --rejected mark).
              brat writes a folder (default: ROOT/exports/brat-YYYY-MM-DD-HHMM), never one that holds
              documents chitieu did not write; a later export into it replaces only what the earlier
              one wrote (listed in its .chitieu-export.json). The others write one file (or stdout).
  --          what follows are paths, even if they start with '-'
  --root DIR  the folder holding .chitieu/ (default: the nearest folder above PATH that has one)
  --reference-date  the date of documents whose text states none; a date set for a document in
              .chitieu/ (“Set document date…” in VS Code) is used for that document instead`;

type Format = 'json' | 'jsonl' | 'csv' | 'tree';
const FORMATS: readonly Format[] = ['json', 'jsonl', 'csv', 'tree'];

export { readText, walk };

export interface CliIo { stdout(s: string): void; stderr(s: string): void }

interface OptionSpec { alias?: string; check(value: string | undefined): string | undefined }

const checkReferenceDate = (v: string | undefined) => (v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? undefined : '--reference-date takes YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Reads `--name VALUE` options (each checked by its spec) and paths; `--` ends the options (what
 * follows is paths, even when it starts with `-`); `--help`/`-h` asks for the usage. Says what is
 * wrong and returns undefined on a usage error.
 */
function parseOptions(args: readonly string[], spec: Record<string, OptionSpec>, io: CliIo): { values: Record<string, string | undefined>; paths: string[]; help?: boolean } | undefined {
  const values: Record<string, string | undefined> = {};
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { paths.push(...args.slice(i + 1)); break; }
    if (a === '--help' || a === '-h') return { values, paths, help: true };
    if (!a.startsWith('-') || a === '-') { paths.push(a); continue; }
    const name = Object.keys(spec).find((k) => a === `--${k}` || a === spec[k].alias);
    if (!name) { io.stderr(`chitieu: unknown option '${a}'\n${USAGE}\n`); return undefined; }
    const value = args[++i];
    const problem = spec[name].check(value);
    if (problem) { io.stderr(`chitieu: ${problem}\n`); return undefined; }
    values[name] = value;
  }
  return { values, paths };
}

/** Runs a command; the exit code (a promise of it only for the Excel workbook, which is written asynchronously). */
export function run(argv: readonly string[], io: CliIo): number | Promise<number> {
  const args = [...argv];
  const command = args.shift();
  if (command === '--help' || command === '-h' || command === undefined) { io.stdout(USAGE + '\n'); return command === undefined ? 2 : 0; }
  if (command === 'export') return runExport(args, io);
  if (command === 'agree') return runAgree(args, io, writeAtomically);
  if (command !== 'extract') { io.stderr(`chitieu: unknown command '${command}'\n${USAGE}\n`); return 2; }
  const parsed = parseOptions(args, {
    format: { alias: '-f', check: (v) => (FORMATS.includes(v as Format) ? undefined : `--format must be one of ${FORMATS.join(', ')}`) },
    out: { alias: '-o', check: (v) => (v ? undefined : '--out needs a file name') },
    'reference-date': { check: checkReferenceDate },
  }, io);
  if (!parsed) return 2;
  if (parsed.help) { io.stdout(USAGE + '\n'); return 0; }
  const { paths } = parsed;
  const format = (parsed.values.format ?? 'json') as Format;
  const out = parsed.values.out;
  const referenceDate = parsed.values['reference-date'];
  if (paths.length === 0) { io.stderr(`chitieu: no PATH given\n${USAGE}\n`); return 2; }

  const problems: string[] = [];
  const files = paths.flatMap((p) => walk(p, problems));
  const docs: DocumentResult[] = [];
  const root = findRoot(paths[0]);
  for (const f of files) {
    const r = readText(f);
    if ('error' in r) { problems.push(`${f}: ${r.error}`); continue; }
    const shown = relative(process.cwd(), f) || f;
    const documentDate = root ? documentDateOf(root, f, problems) : undefined;
    docs.push({ path: shown.startsWith('..') ? f : shown, ...extract(r.text, { referenceDate, documentDate }) });
  }
  const rendered = format === 'json' ? toJson(docs) : format === 'jsonl' ? toJsonLines(docs) : format === 'csv' ? toCsv(docs) : toTree(docs);
  if (out) {
    const refused = refuseFileExport(out);
    if (refused) { io.stderr(`chitieu: ${refused}\n`); return 2; }
    try { writeAtomically(out, rendered); } catch (e) { io.stderr(`chitieu: cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? 'error'}); nothing was changed\n`); return 1; }
  } else io.stdout(rendered);
  for (const p of problems) io.stderr(`chitieu: ${p}\n`);
  if (problems.length) io.stderr(`chitieu: ${docs.length} file(s) processed, ${problems.length} problem(s)\n`);
  return problems.length ? 1 : 0;
}

/** The folder holding `.chitieu/`: the nearest at or above `from`, else undefined. */
export function findRoot(from: string): string | undefined {
  let dir = resolve(from);
  if (existsSync(dir) && statSync(dir).isFile()) dir = dirname(dir);
  for (;;) {
    if (existsSync(join(dir, ANNOTATION_DIR))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The date set for a document in ROOT/.chitieu/ (“Set document date…”), or undefined; an unreadable file is a problem. */
export function documentDateOf(root: string, file: string, problems: string[]): string | undefined {
  const rel = relative(root, resolve(file)).split(sep).join('/');
  const annPath = join(root, annotationPathFor(rel));
  if (rel.startsWith('..') || !existsSync(annPath)) return undefined;
  try {
    return parseAnnotationFile(readFileSync(annPath, 'utf8')).documentDate;
  } catch (e) {
    problems.push(`${annPath}: cannot read its document date (${(e as Error).message}); ${rel} is read without it`);
    return undefined;
  }
}

function runExport(args: string[], io: CliIo): number | Promise<number> {
  const parsed = parseOptions(args, {
    format: { alias: '-f', check: (v) => (DATASET_FORMATS.includes(v as DatasetFormat) ? undefined : `--format must be one of ${DATASET_FORMATS.join(', ')}`) },
    out: { alias: '-o', check: (v) => (v ? undefined : '--out needs a file or folder name') },
    root: { check: (v) => (v && existsSync(v) && statSync(v).isDirectory() ? undefined : '--root needs an existing folder') },
    rejected: { check: (v) => (v === 'omit' || v === 'mark' ? undefined : '--rejected takes omit or mark') },
    'reference-date': { check: checkReferenceDate },
  }, io);
  if (!parsed) return 2;
  if (parsed.help) { io.stdout(USAGE + '\n'); return 0; }
  const { paths } = parsed;
  const format = parsed.values.format as DatasetFormat | undefined;
  const { out, root } = parsed.values;
  const referenceDate = parsed.values['reference-date'];
  const rejected = (parsed.values.rejected ?? 'omit') as 'omit' | 'mark';
  if (!format) { io.stderr(`chitieu: export needs --format (${DATASET_FORMATS.join(', ')})\n`); return 2; }
  if (paths.length === 0) { io.stderr(`chitieu: no PATH given\n${USAGE}\n`); return 2; }
  const base = resolve(root ?? findRoot(paths[0]) ?? process.cwd());
  if (format !== 'brat' && out) {
    const refused = refuseFileExport(out);
    if (refused) { io.stderr(`chitieu: ${refused}\n`); return 2; }
  }

  const problems: string[] = [];
  const files = paths.flatMap((p) => walk(p, problems));
  const docs: ReviewedDocument[] = [];
  let annotationCount = 0, orphaned = 0, ambiguous = 0;
  for (const f of files) {
    const r = readText(f);
    if ('error' in r) { problems.push(`${f}: ${r.error}`); continue; }
    const rel = relative(base, resolve(f)).split(sep).join('/');
    let annotations: Annotation[] = [];
    let documentDate: string | undefined;
    if (!rel.startsWith('..')) {
      const annPath = join(base, annotationPathFor(rel));
      if (existsSync(annPath)) {
        try {
          const file = parseAnnotationFile(readFileSync(annPath, 'utf8'));
          documentDate = file.documentDate;
          // The text the annotations were anchored to, unchanged: they are where they were.
          const hash = textHash(r.text);
          annotations = file.textHash === hash ? file.annotations
            : reanchor(r.text, file.annotations, { oldLength: file.textHash ? Number(file.textHash.split(':')[2]) : undefined }).items;
        } catch (e) {
          problems.push(`${annPath}: cannot read its annotations (${(e as Error).message}); ${rel} is exported without them`);
        }
      }
    }
    annotationCount += annotations.length;
    orphaned += annotations.filter((a) => a.orphaned).length;
    ambiguous += annotations.filter((a) => a.ambiguous).length;
    docs.push(review({ path: rel.startsWith('..') ? f : rel, text: r.text, extraction: extract(r.text, { referenceDate, documentDate }), annotations }, { rejected }));
  }
  const data = renderDataset(docs, format);
  const now = new Date();
  const finish = (): number => {
    for (const p of problems) io.stderr(`chitieu: ${p}\n`);
    const unplaced = [orphaned ? `${orphaned} orphaned: their text is gone` : '', ambiguous ? `${ambiguous} ambiguous: several places fit alike, open them in the editor to look` : ''].filter(Boolean);
    io.stderr(`chitieu: exported ${docs.length} document(s) with ${annotationCount} annotation(s)${unplaced.length ? ` (${unplaced.join('; ')}; listed, not exported as spans)` : ''} from ${join(base, ANNOTATION_DIR)}\n`);
    return problems.length ? 1 : 0;
  };
  const failed = (target: string | undefined, e: unknown): number => {
    if (e instanceof ExportRefused) { io.stderr(`${e.message}\n`); return 2; }
    io.stderr(`chitieu: cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was written\n`);
    return 1;
  };
  if ('binary' in data) {
    // A workbook is never written to stdout: by default a new file under ROOT/exports/.
    const target = out ?? join(base, defaultExportFile(format, DATASET_FORMAT_TEXT[format].extension, now));
    return data.binary.then((bytes) => {
      writeAtomically(target, bytes, { makeFolder: !out });
      if (!out) io.stderr(`chitieu: wrote ${target}\n`);
      return finish();
    }, (e: unknown) => failed(target, e)).catch((e: unknown) => failed(target, e));
  }
  const target = out ?? ('files' in data ? join(base, defaultExportFolder(format, now)) : undefined);
  try {
    if ('single' in data) {
      if (target) writeAtomically(target, data.single, { makeFolder: !out }); else io.stdout(data.single);
    } else {
      writeExportFolder(target!, data.files, format, now);
      if (!out) io.stderr(`chitieu: wrote ${target}\n`);
    }
  } catch (e) {
    return failed(target, e);
  }
  return finish();
}

if (require.main === module) {
  void Promise.resolve(run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })).then((code) => { process.exitCode = code; });
}
