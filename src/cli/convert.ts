/**
 * `chitieu convert FILE... --out DIR`: each document's text as UTF-8 (DIR/NAME.txt) with a sidecar
 * (DIR/NAME.source.json: the offset map back to PDF page / Word paragraph, what was lost, the encoding
 * read), so a corpus of PDF, Word and legacy-encoded files is converted once and then annotated as text.
 * A folder's files keep their place under it (FOLDER/a/b.pdf → DIR/a/b.txt); a file named on the
 * command line goes to DIR itself. Two sources that would write the same name are reported.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { checkEncoding, parseCommandArgs } from './args';
import { encodingNamed } from '../sources/encodings/detect';
import type { EncodingName } from '../sources/types';
import { walk, writeAtomically } from './files';
import type { CliIo } from './io';
import { readSourceFile } from './readSourceFile';
import { CONVERT_USAGE } from './usage';
import type { SourceText } from '../sources';

/** The sidecar's content: enough to map an offset in NAME.txt back to the source. */
export function sidecar(sourcePath: string, s: SourceText): string {
  return JSON.stringify({
    version: 1,
    source: sourcePath,
    format: s.format,
    ...(s.encoding ? { encoding: s.encoding } : {}),
    ...(s.pages !== undefined ? { pages: s.pages } : {}),
    losses: s.losses,
    spans: s.spans,
  }) + '\n';
}

function parse(args: readonly string[], io: CliIo): { files: string[]; out: string; encoding?: EncodingName } | number {
  const parsed = parseCommandArgs(args, {
    out: { short: 'o', check: (v) => (v ? undefined : '--out needs a folder name') },
    encoding: { short: 'e', check: checkEncoding },
  });
  if (!parsed.ok) { io.stderr(`chitieu: ${parsed.problem}\n${CONVERT_USAGE}\n`); return 2; }
  if (parsed.help) { io.stdout(CONVERT_USAGE + '\n'); return 0; }
  const out = parsed.values.out as string | undefined;
  const files = parsed.paths;
  if (!out) { io.stderr(`chitieu: convert needs --out DIR\n${CONVERT_USAGE}\n`); return 2; }
  if (existsSync(out) && !statSync(out).isDirectory()) { io.stderr(`chitieu: --out ${out} is a file, not a folder\n`); return 2; }
  if (files.length === 0) { io.stderr(`chitieu: no FILE given\n${CONVERT_USAGE}\n`); return 2; }
  return { files, out, encoding: parsed.values.encoding ? encodingNamed(parsed.values.encoding as string) : undefined };
}

export async function runConvert(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(args, io);
  if (typeof parsed === 'number') return parsed;
  const { out } = parsed;
  const problems: string[] = [];
  // Each file with its name under --out, without extension: its path below the folder given, or its own name.
  const files = parsed.files.flatMap((p) => {
    const folder = existsSync(p) && statSync(p).isDirectory();
    return walk(p, problems).map((f) => {
      const rel = folder ? relative(p, f) : basename(f);
      return { f, stem: join(dirname(rel), basename(rel, extname(rel))) };
    });
  });
  const written = new Map<string, string>();
  let converted = 0;
  for (const { f, stem } of files) {
    const target = join(out, `${stem}.txt`);
    if (resolve(target) === resolve(f)) { problems.push(`${f}: converting it into ${out} would overwrite it; choose another --out folder`); continue; }
    const earlier = written.get(target);
    if (earlier) { problems.push(`${f}: ${target} was already written from ${earlier}; convert one of them separately`); continue; }
    const r = await readSourceFile(f, { convertHint: false, encoding: parsed.encoding });
    for (const w of r.warnings) io.stderr(`chitieu: ${f}: ${w}\n`);
    if ('error' in r) { problems.push(`${f}: ${r.error}`); continue; }
    try {
      writeAtomically(target, r.text + (r.text.endsWith('\n') || !r.text ? '' : '\n'), { makeFolder: true });
      writeAtomically(join(out, `${stem}.source.json`), sidecar(f, r.source), { makeFolder: true });
    } catch (e) {
      problems.push(`${f}: cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    written.set(target, f);
    converted++;
  }
  for (const p of problems) io.stderr(`chitieu: ${p}\n`);
  io.stderr(`chitieu: converted ${converted} of ${files.length} file(s) into ${out}${problems.length ? `, ${problems.length} problem(s)` : ''}\n`);
  return problems.length ? 1 : 0;
}
