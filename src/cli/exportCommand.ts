/**
 * `chitieu export`: the engine's output merged with the annotations in ROOT/.chitieu/, as a reviewed
 * data set (one file, a workbook, or a brat folder). Buffered: a data set is written whole.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkEncoding, checkReferenceDate, parseCommandArgs } from './args';
import { encodingNamed } from '../sources/encodings/detect';
import { findRoot } from './documentDate';
import { ExportRefused, walk, writeAtomically, writeExportFolder } from './files';
import { readSourceFile, withSourcePositions } from './readSourceFile';
import type { CliIo } from './io';
import { EXPORT_USAGE } from './usage';
import { defaultExportFile, defaultExportFolder, refuseFileExport } from '../export/exportFolder';
import { extract } from '../engine';
import { ANNOTATION_DIR, type Annotation, type ReviewedDocument } from '../annotations/model';
import { annotationPathFor, parseAnnotationFile } from '../annotations/storeFormat';
import { reanchor } from '../annotations/anchor';
import { textHash } from '../annotations/textHash';
import { review } from '../annotations/review';
import { DATASET_FORMAT_TEXT, DATASET_FORMATS, type DatasetFormat, renderDataset } from '../export/dataset';
import { INDICATOR_GROUPS_FILE, parseIndicatorGroupsFile } from '../annotations/indicatorGroupsFile';
import type { IndicatorGroups } from '../research/indicatorKey';

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    format: { short: 'f', check: (v) => (DATASET_FORMATS.includes(v as DatasetFormat) ? undefined : `--format must be one of ${DATASET_FORMATS.join(', ')}`) },
    out: { short: 'o', check: (v) => (v ? undefined : '--out needs a file or folder name') },
    root: { check: (v) => (v && existsSync(v) && statSync(v).isDirectory() ? undefined : '--root needs an existing folder') },
    rejected: { check: (v) => (v === 'omit' || v === 'mark' ? undefined : '--rejected takes omit or mark') },
    'reference-date': { check: checkReferenceDate },
    encoding: { short: 'e', check: checkEncoding },
  });
  if (!parsed.ok) { io.stderr(`chitieu: ${parsed.problem}\n${EXPORT_USAGE}\n`); return 2; }
  if (parsed.help) { io.stdout(EXPORT_USAGE + '\n'); return 0; }
  const { paths } = parsed;
  const format = parsed.values.format as DatasetFormat | undefined;
  const out = parsed.values.out as string | undefined;
  const root = parsed.values.root as string | undefined;
  const referenceDate = parsed.values['reference-date'] as string | undefined;
  const rejected = (parsed.values.rejected ?? 'omit') as 'omit' | 'mark';
  const encoding = parsed.values.encoding ? encodingNamed(parsed.values.encoding as string) : undefined;
  if (!format) { io.stderr(`chitieu: export needs --format (${DATASET_FORMATS.join(', ')})\n`); return 2; }
  if (paths.length === 0) { io.stderr(`chitieu: no PATH given\n${EXPORT_USAGE}\n`); return 2; }
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
    const r = await readSourceFile(f, { encoding });
    for (const w of r.warnings) io.stderr(`chitieu: ${f}: ${w}\n`);
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
    // Placed after the review: manual annotations and corrected items get their page or paragraph too.
    docs.push(withSourcePositions(review({ path: rel.startsWith('..') ? f : rel, text: r.text, extraction: extract(r.text, { referenceDate, documentDate }), annotations }, { rejected }), r.source));
  }
  // The researcher's indicator groups (merges and splits made in the charts), for the indicator_group column.
  let groups: IndicatorGroups = {};
  const groupsPath = join(base, INDICATOR_GROUPS_FILE);
  if (existsSync(groupsPath)) {
    try { groups = parseIndicatorGroupsFile(readFileSync(groupsPath, 'utf8')).groups; } catch (e) {
      problems.push(`${groupsPath}: cannot read the indicator groups (${(e as Error).message}); the indicator groups are automatic`);
    }
  }
  const data = renderDataset(docs, format, groups);
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
