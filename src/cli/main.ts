/**
 * chitieu CLI: runs the engine over files and folders.
 *
 *   chitieu extract PATH... [--format json|jsonl|csv|tree] [--out FILE] [--reference-date YYYY[-MM-DD]]
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { extract } from '../engine';
import { type DocumentResult, toCsv, toJson, toJsonLines, toTree } from '../export/formats';

const USAGE = `usage: chitieu extract PATH... [--format json|jsonl|csv|tree] [--out FILE] [--reference-date YYYY[-MM-DD]]
  PATH   a .txt or .md file, or a folder (walked for .txt and .md files)`;

type Format = 'json' | 'jsonl' | 'csv' | 'tree';
const FORMATS: readonly Format[] = ['json', 'jsonl', 'csv', 'tree'];
const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

export interface CliIo { stdout(s: string): void; stderr(s: string): void }

export function walk(path: string, problems: string[]): string[] {
  let st;
  try { st = statSync(path); } catch { problems.push(`${path}: no such file or folder`); return []; }
  if (st.isFile()) return [path];
  if (!st.isDirectory()) { problems.push(`${path}: not a file or folder`); return []; }
  const out: string[] = [];
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(path, e.name);
    if (e.isDirectory()) out.push(...walk(p, problems));
    else if (e.isFile() && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Reads a file as UTF-8 text, or says why it cannot. */
export function readText(path: string): { text: string } | { error: string } {
  let buf: Buffer;
  try { buf = readFileSync(path); } catch (e) { return { error: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})` }; }
  if (buf.subarray(0, 8000).includes(0)) return { error: 'binary file (it contains NUL bytes), skipped' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { error: 'not UTF-8 text; convert it to UTF-8 (e.g. `iconv -f WINDOWS-1258 -t UTF-8`) and try again' };
  }
}

export function run(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  const command = args.shift();
  if (command === '--help' || command === '-h' || command === undefined) { io.stdout(USAGE + '\n'); return command === undefined ? 2 : 0; }
  if (command !== 'extract') { io.stderr(`chitieu: unknown command '${command}'\n${USAGE}\n`); return 2; }
  let format: Format = 'json';
  let out: string | undefined;
  let referenceDate: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f') {
      const f = args[++i] as Format;
      if (!FORMATS.includes(f)) { io.stderr(`chitieu: --format must be one of ${FORMATS.join(', ')}\n`); return 2; }
      format = f;
    } else if (a === '--out' || a === '-o') {
      out = args[++i];
      if (!out) { io.stderr('chitieu: --out needs a file name\n'); return 2; }
    } else if (a === '--reference-date') {
      referenceDate = args[++i];
      if (!referenceDate || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(referenceDate)) { io.stderr('chitieu: --reference-date takes YYYY, YYYY-MM or YYYY-MM-DD\n'); return 2; }
    } else if (a.startsWith('-')) {
      io.stderr(`chitieu: unknown option '${a}'\n${USAGE}\n`); return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) { io.stderr(`chitieu: no PATH given\n${USAGE}\n`); return 2; }

  const problems: string[] = [];
  const files = paths.flatMap((p) => walk(p, problems));
  const docs: DocumentResult[] = [];
  for (const f of files) {
    const r = readText(f);
    if ('error' in r) { problems.push(`${f}: ${r.error}`); continue; }
    const shown = relative(process.cwd(), f) || f;
    docs.push({ path: shown.startsWith('..') ? f : shown, ...extract(r.text, { referenceDate }) });
  }
  const rendered = format === 'json' ? toJson(docs) : format === 'jsonl' ? toJsonLines(docs) : format === 'csv' ? toCsv(docs) : toTree(docs);
  if (out) {
    try { writeFileSync(out, rendered); } catch (e) { io.stderr(`chitieu: cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`); return 1; }
  } else io.stdout(rendered);
  for (const p of problems) io.stderr(`chitieu: ${p}\n`);
  if (problems.length) io.stderr(`chitieu: ${docs.length} file(s) processed, ${problems.length} problem(s)\n`);
  return problems.length ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
}
