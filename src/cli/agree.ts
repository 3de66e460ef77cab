/**
 * `chitieu agree A B`: agreement between two annotators of the same documents, from their
 * annotation folders (two clones of a corpus, or two `.chitieu` folders). Span F1 (exact and
 * overlapping), Cohen's κ on the items both reviewed, value agreement, per label and overall, and
 * every disagreement with its place in the text (src/research/interAnnotator.ts computes them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { ANNOTATION_DIR, LABELS } from '../annotations/model';
import { documentPathFor } from '../annotations/storeFormat';
import { annotatedDocuments, lineColumn, withoutAdjudications, type AnnotationFileText } from '../research/agreementSides';
import { compareAnnotators, type AgreementReport, type AnnotatedDocument, type Disagreement, type Scores } from '../research/interAnnotator';
import type { CliIo } from './io';

export const AGREE_USAGE = `usage: chitieu agree A B [--format table|json] [--out FILE]
  A, B        two annotators' folders: a corpus folder holding .chitieu/, or the .chitieu folder itself
              (documents are matched by their path; their text is read from A, else from B)
  --format    table (default): a readable summary and the list of disagreements;
              json: {"overall": {"kappa", "f1", …}, "labels": {…}, "disagreements": […]}
  --out FILE  write there instead of stdout
Per label and overall: span F1 on the items each accepted (exact spans, and overlapping ones),
Cohen's κ on the items both reviewed (rejected, or accepted with a label), and the share of items
both accepted whose values agree.`;

interface Folder { root: string; annotations: string }

/** A corpus folder or its `.chitieu` folder, as the root (documents) and the annotation folder. */
function folderOf(path: string): Folder | string {
  if (!existsSync(path) || !statSync(path).isDirectory()) return `${path} is not a folder`;
  if (basename(path) === ANNOTATION_DIR) return { root: dirname(path), annotations: path };
  const annotations = join(path, ANNOTATION_DIR);
  if (!existsSync(annotations)) return `${path} holds no ${ANNOTATION_DIR}/ folder (nothing annotated there yet)`;
  return { root: path, annotations };
}

function annotationFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) annotationFiles(p, out);
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out;
}

/** One side's annotation files, read (the documents they belong to named by their path). */
function load(folder: Folder, textOf: (doc: string) => string | undefined, problems: string[]): AnnotatedDocument[] {
  const files: AnnotationFileText[] = [];
  for (const file of annotationFiles(folder.annotations)) {
    const rel = `${ANNOTATION_DIR}/${relative(folder.annotations, file).split(sep).join('/')}`;
    const document = documentPathFor(rel);
    if (!document) continue;
    try { files.push({ document, source: file, json: readFileSync(file, 'utf8') }); } catch (e) { problems.push(`${file}: ${(e as Error).message}; left out of the comparison`); }
  }
  // Adjudications (written by the extension's Compare annotations…) are neither annotator's judgement.
  return withoutAdjudications(annotatedDocuments(files, textOf, problems));
}

const pct = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));
function scoreRow(name: string, s: Scores): string {
  return `${name.padEnd(9)} ${String(s.a).padStart(5)} ${String(s.b).padStart(5)} ${pct(s.f1).padStart(7)} ${pct(s.f1Overlap).padStart(9)} ${pct(s.kappa).padStart(7)} ${String(s.reviewedByBoth).padStart(6)} ${pct(s.valueAgreement).padStart(7)} ${String(s.acceptedByBoth).padStart(6)}`;
}
function sideText(d: Disagreement, which: 'a' | 'b'): string {
  const s = d[which];
  if (!s) return '—';
  const attrs = (d.fields ?? []).map((k) => `${k}=${JSON.stringify(s.attrs[k] ?? null)}`).join(' ');
  return `${s.status} ${s.label}${attrs ? ' ' + attrs : ''}${s.annotator ? ` (${s.annotator})` : ''}`;
}

interface Located extends Disagreement { line?: number; column?: number; link: string }

function table(report: AgreementReport, disagreements: Located[], a: string, b: string): string {
  const lines = [
    `A: ${a}`, `B: ${b}`, `${report.documents} document(s)`, '',
    `${'label'.padEnd(9)} ${'A'.padStart(5)} ${'B'.padStart(5)} ${'F1'.padStart(7)} ${'F1 (ovl)'.padStart(9)} ${'κ'.padStart(7)} ${'(both)'.padStart(6)} ${'values'.padStart(7)} ${'(both)'.padStart(6)}`,
    ...LABELS.map((l) => scoreRow(l, report.labels[l])),
    scoreRow('overall', report.overall),
  ];
  if (report.unplaced.a || report.unplaced.b) lines.push('', `not compared (orphaned or ambiguous): ${report.unplaced.a} in A, ${report.unplaced.b} in B`);
  lines.push('', disagreements.length ? `${disagreements.length} disagreement(s):` : 'no disagreement');
  for (const d of disagreements) lines.push(`  ${d.link}  ${d.kind.padEnd(8)} ${d.label.padEnd(8)} ${JSON.stringify(d.quote)}  A: ${sideText(d, 'a')} | B: ${sideText(d, 'b')}`);
  return lines.join('\n') + '\n';
}

/** Runs `chitieu agree`; the exit code (0, 1 when some annotation file could not be read, 2 on a usage error). */
export function runAgree(args: readonly string[], io: CliIo, write: (file: string, text: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.stderr(`chitieu agree: ${(e as Error).message}\n${AGREE_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) { io.stdout(AGREE_USAGE + '\n'); return 0; }
  const format = parsed.values.format ?? 'table';
  if (format !== 'table' && format !== 'json') { io.stderr(`chitieu agree: --format must be table or json\n`); return 2; }
  if (parsed.positionals.length !== 2) { io.stderr(`chitieu agree: give two folders, A and B\n${AGREE_USAGE}\n`); return 2; }
  const [pa, pb] = parsed.positionals;
  const fa = folderOf(pa), fb = folderOf(pb);
  for (const f of [fa, fb]) if (typeof f === 'string') { io.stderr(`chitieu agree: ${f}\n`); return 2; }
  const A = fa as Folder, B = fb as Folder;
  const texts = new Map<string, string | undefined>();
  const textOf = (doc: string) => {
    if (!texts.has(doc)) {
      let text: string | undefined;
      for (const root of [A.root, B.root]) {
        const p = join(root, ...doc.split('/'));
        if (existsSync(p) && statSync(p).isFile()) { text = readFileSync(p, 'utf8'); break; }
      }
      texts.set(doc, text);
    }
    return texts.get(doc);
  };
  const problems: string[] = [];
  const report = compareAnnotators(load(A, textOf, problems), load(B, textOf, problems));
  const located: Located[] = report.disagreements.map((d) => {
    const text = textOf(d.document);
    if (text === undefined) return { ...d, link: `${d.document}@${d.start}` };
    const [line, column] = lineColumn(text, d.start);
    return { ...d, line, column, link: `${d.document}:${line}:${column}` };
  });
  const rendered = format === 'json' ? JSON.stringify({ ...report, disagreements: located }, null, 2) + '\n' : table(report, located, pa, pb);
  if (parsed.values.out) {
    try { write(parsed.values.out, rendered); } catch (e) { io.stderr(`chitieu agree: cannot write ${parsed.values.out} (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`); return 1; }
  } else io.stdout(rendered);
  for (const p of problems) io.stderr(`chitieu agree: ${p}\n`);
  return problems.length ? 1 : 0;
}
