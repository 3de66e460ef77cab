/**
 * `npm run bench` (second part): loading and re-anchoring annotations. 1,000 documents made from the
 * real texts in test/fixtures (seeds and more; each numbered and varied), 10 annotations per document
 * on entity spans found by the engine, one annotation file per document in a temp folder. Then every
 * document is edited (a paragraph inserted at the start, a sentence deleted in the middle) and we time
 * what opening the workspace costs: reading the annotation files and the edited documents from disk,
 * parsing the files, and re-anchoring every annotation against its edited document. Target ≤ 1 s.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract, type Entity } from '../src/engine';
import { makeAnchor, reanchor } from '../src/annotations/anchor';
import type { Annotation, AnnotationFile, Attributes, Label } from '../src/annotations/model';
import { parseAnnotationFile, serializeAnnotationFile } from '../src/annotations/storeFormat';

const DOCUMENTS = 1000;
const PER_DOCUMENT = 10;
const TARGET_MS = 1000;

const fixtures = join(__dirname, '..', 'test', 'fixtures');
const sources = ['seeds', 'more'].flatMap((dir) => readdirSync(join(fixtures, dir)).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(fixtures, dir, f), 'utf8')));

// ------------------------------------------------------------------ the corpus and its annotations

/** Document i: a numbered heading, one of the fixture texts, and a numbered closing line. */
const documentText = (i: number) => `Văn bản số ${i + 1}/${DOCUMENTS} (bản thử nghiệm)\n\n${sources[i % sources.length]}\n\nNơi nhận: đơn vị số ${(i * 7919) % 1000}.\n`;

function labelled(e: Entity): { label: Label; attrs: Attributes } {
  switch (e.type) {
    case 'amount': return { label: e.role === 'target' ? 'target' : 'amount', attrs: { value: e.value, max: e.max, unit: e.unit, qualifier: e.qualifier, role: e.role } };
    case 'time': return { label: 'deadline', attrs: { kind: e.kind, start: e.start, end: e.end } };
    case 'province': return { label: 'province', attrs: { province: e.name } };
  }
}

/** PER_DOCUMENT annotations on entities spread over the document. */
function annotate(text: string, doc: number): Annotation[] {
  const entities = extract(text).entities;
  const picked = entities.length <= PER_DOCUMENT ? entities
    : Array.from({ length: PER_DOCUMENT }, (_, k) => entities[Math.floor((k * entities.length) / PER_DOCUMENT)]);
  return picked.map((e, k) => ({
    id: `bench-${doc}-${k}`,
    ...labelled(e),
    ...makeAnchor(text, e.span[0], e.span[1]),
    status: 'confirmed' as const,
    rule: e.rule,
    updated: '2025-01-01T00:00:00.000Z',
  }));
}

/** The edit: a paragraph inserted at the start, and the sentence (or clause, or line) around the middle deleted. */
function edit(text: string, doc: number): { text: string; map: (offset: number) => number | undefined } {
  const mid = text.length >> 1;
  let from = 0, to = text.length;
  for (const m of text.matchAll(/[.;!?](?:\s|$)|\n/g)) {
    const end = m.index + m[0].length;
    if (end <= mid) from = end; else { to = end; break; }
  }
  const head = `Ghi chú biên tập lần ${doc % 3 + 1}: văn bản đã được cập nhật, bỏ một câu ở giữa.\n\n`;
  return {
    text: head + text.slice(0, from) + text.slice(to),
    /** Where the text at an old offset went (undefined: deleted). */
    map: (o) => (o < from ? o + head.length : o >= to ? o + head.length - (to - from) : undefined),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-annotations-'));
let annotations = 0;
const names: string[] = [];
/** Per document, per annotation id: where its text is after the edit (undefined: deleted with the sentence). */
const expected: Array<Map<string, number | undefined>> = [];
try {
  mkdirSync(join(dir, 'docs'));
  mkdirSync(join(dir, '.chitieu', 'docs'), { recursive: true });
  for (let i = 0; i < DOCUMENTS; i++) {
    const name = `docs/van-ban-${String(i).padStart(4, '0')}.txt`;
    const text = documentText(i);
    const file: AnnotationFile = { version: 1, document: name, annotations: annotate(text, i) };
    annotations += file.annotations.length;
    writeFileSync(join(dir, '.chitieu', `${name}.json`), serializeAnnotationFile(file));
    const edited = edit(text, i);
    writeFileSync(join(dir, name), edited.text);
    expected.push(new Map(file.annotations.map((a) => [a.id, a.end <= text.length ? edited.map(a.start) : undefined])));
    names.push(name);
  }

  // ---------------------------------------------------------------- timing

  const gc = () => (globalThis as { gc?: () => void }).gc?.();
  interface Run { read: number; parse: number; reanchor: number; total: number; moved: number; orphaned: number; loaded: number; results: Array<Array<Annotation & { ambiguous?: boolean }>> }

  /** Reads every annotation file and document, parses the files, re-anchors; each phase timed over all files. */
  function load(): Run {
    gc();
    const t0 = performance.now();
    const raw = names.map((n) => readFileSync(join(dir, '.chitieu', `${n}.json`), 'utf8'));
    const texts = names.map((n) => readFileSync(join(dir, n), 'utf8'));
    const t1 = performance.now();
    const files = raw.map(parseAnnotationFile);
    const t2 = performance.now();
    let moved = 0, orphaned = 0, loaded = 0;
    const results = files.map((f, i) => {
      const r = reanchor(texts[i], f.annotations);
      moved += r.moved; orphaned += r.orphaned; loaded += r.items.length;
      return r.items;
    });
    const t3 = performance.now();
    return { read: t1 - t0, parse: t2 - t1, reanchor: t3 - t2, total: t3 - t0, moved, orphaned, loaded, results };
  }

  const cold = load();
  const warm = [load(), load(), load()].reduce((a, b) => (b.total < a.total ? b : a));
  if (cold.loaded !== annotations || warm.loaded !== annotations) throw new Error(`annotations lost: ${annotations} written, ${cold.loaded} loaded`);

  // Quality: annotations whose text survived the edit must be exactly where the edit put it; those
  // whose text was deleted are orphaned or (the same quote occurring elsewhere) found at another occurrence.
  let kept = 0, keptRight = 0, keptUnplaced = 0, deleted = 0, deletedUnplaced = 0, wrong = 0;
  cold.results.forEach((items, i) => items.forEach((a) => {
    const want = expected[i].get(a.id);
    const unplaced = !!a.orphaned || !!a.ambiguous;
    if (want !== undefined) { kept++; if (unplaced) keptUnplaced++; else if (a.start === want) keptRight++; else wrong++; }
    else { deleted++; if (unplaced) deletedUnplaced++; else wrong++; }
  }));

  const bytes = names.reduce((n, name) => n + Buffer.byteLength(readFileSync(join(dir, name))), 0);
  const cell = (ms: number) => `${ms.toFixed(0).padStart(7)} ms`;
  const row = (name: string, r: Run) => console.log(`${name.padEnd(24)} ${cell(r.read)} ${cell(r.parse)} ${cell(r.reanchor)} ${cell(r.total)}   ${String(r.moved).padStart(6)} ${String(r.orphaned).padStart(8)}`);
  console.log(`annotations: ${names.length} files, ${annotations} annotations (${PER_DOCUMENT} per document on engine entities), documents ${(bytes / 1024 / 1024).toFixed(1)} MB from ${sources.length} fixture texts`);
  console.log('edit: a paragraph inserted at the start and a sentence deleted in the middle of every document');
  console.log(`${'run'.padEnd(24)} ${'read'.padStart(10)} ${'parse'.padStart(10)} ${'reanchor'.padStart(10)} ${'total'.padStart(10)}   ${'moved'.padStart(6)} ${'orphaned'.padStart(8)}`);
  row('first load (cold JIT)', cold);
  row('best of 3 more', warm);
  console.log(`\nquality: ${keptRight} / ${kept} annotations whose text survived the edit are exactly where it went, ${keptUnplaced} left orphaned or ambiguous; ` +
    `of ${deleted} whose text was deleted, ${deletedUnplaced} orphaned or ambiguous`);
  console.log(`wrong placements: ${wrong} (found somewhere their text is not)`);
  console.log(`read = ${names.length} annotation files + ${names.length} documents from disk; parse = parseAnnotationFile; reanchor = reanchor() per document`);
  console.log(`load and re-anchor ${annotations} annotations: ${cold.total.toFixed(0)} ms cold, ${warm.total.toFixed(0)} ms warm (target ≤ ${TARGET_MS} ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
