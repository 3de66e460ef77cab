/**
 * `npm run bench`: the engine's throughput against one pass of a naive highlighter's regular
 * expression over the same text, in the same process, on four corpora:
 *   - dev: the seed texts and the second development set (test/fixtures/more), repeated to ≥ 40 MB;
 *   - seeds: the seed texts alone repeated to ≥ 40 MB (the figures of earlier releases);
 *   - mixed: documents of paragraphs drawn from the dev texts, with other province names and figures
 *     (scripts/bench-corpus.ts): each distinct, as in a real corpus, where a cost paid once per distinct
 *     input (and cached for a repeated one) shows;
 *   - decomposed: the mixed documents in NFD, as a text typed with combining tone marks (Unicode tổ
 *     hợp) is: the engine composes it first.
 * For each: extract() one document at a time and the corpus as one text, the linearity (whole / half),
 * and the heap per input byte. `CHITIEU_BENCH_CORPUS=dev|seeds|mixed|decomposed` runs one of them.
 */
import { extract } from '../src/engine';
import { fixtureTexts, mixedDocuments, repeatedDocuments } from './bench-corpus';

const TARGET_BYTES = 40 * 1024 * 1024;

/** A naive highlighter's whole job (the regular expression of issue 9). */
const BASELINE = /(?<![\p{L}\p{N}])(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*(?:%|(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:USD|đồng|VNĐ|ha|lao động|dự án|doanh nghiệp))|(?:đến|tới|trước|sau)?\s*năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}/gu;

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}
const best = <T>(n: number, fn: () => T) => { let b = Infinity; let r!: T; for (let i = 0; i < n; i++) { const x = time(fn); if (x.ms < b) { b = x.ms; r = x.result; } } return { ms: b, result: r }; };
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** `docs`: the corpus's documents; `made`: how they were made from how many texts. */
function benchCorpus(name: string, docs: string[], made: string): void {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const corpus = docs.join('\n\n');
  const mb = bytes / (1024 * 1024);
  for (const d of docs.slice(0, 100)) extract(d); // warm up the JIT

  const base = best(3, () => { let n = 0; BASELINE.lastIndex = 0; while (BASELINE.exec(corpus) !== null) n++; return n; });
  const onePass = () => { let n = 0, g = 0; for (const d of docs) { const r = extract(d); n += r.entities.length; g += r.goals.length; } return { n, g }; };
  // The first pass (the documents new to the engine, as a corpus run by the CLI is), then the best of two.
  const firstPass = time(onePass);
  const perDoc = best(1, onePass);
  if (firstPass.ms < perDoc.ms) perDoc.ms = firstPass.ms;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const whole = time(() => extract(corpus));
  const heapWhole = process.memoryUsage().heapUsed - heap0;
  const wholeCounts = `${whole.result.entities.length} entities, ${whole.result.goals.length} goals`;
  whole.result = undefined as never;
  gc();
  const halfRun = time(() => extract(corpus.slice(0, corpus.length >> 1)));

  const rate = (ms: number) => mb / (ms / 1000);
  const row = (label: string, ms: number, note = '') => console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms ${rate(ms).toFixed(1).padStart(8)} MB/s  ${note}`);
  console.log(`\n${name}: ${docs.length} documents, ${mb.toFixed(1)} MB (UTF-8), ${made}; one entity per ${(bytes / perDoc.result.n).toFixed(0)} bytes, one goal per ${(bytes / perDoc.result.g).toFixed(0)}`);
  row('regex pass (baseline)', base.ms, `${base.result} matches`);
  row('extract(), one document at a time', perDoc.ms, `${perDoc.result.n} entities, ${perDoc.result.g} goals`);
  row('  the same, first pass', firstPass.ms);
  row('extract(), the corpus as one text', whole.ms, wholeCounts);
  console.log(`extract() / regex pass: ${(rate(perDoc.ms) / rate(base.ms)).toFixed(3)} (target ≥ 0.5); ${rate(perDoc.ms).toFixed(1)} MB/s (target ≥ 100)`);
  console.log(`linearity: the whole text / its first half = ${(whole.ms / halfRun.ms).toFixed(2)}× the time (2.0 is linear)`);
  console.log(`heap: grew ${(heapWhole / 1024 / 1024).toFixed(0)} MB for the corpus as one text (${(heapWhole / bytes).toFixed(1)} bytes per input byte)`);
}

const only = process.env.CHITIEU_BENCH_CORPUS;
const dev = [...fixtureTexts('seeds'), ...fixtureTexts('more')];
if (!only || only === 'dev') benchCorpus('dev (seeds + more)', repeatedDocuments(dev, TARGET_BYTES), `${dev.length} texts repeated`);
if (!only || only === 'seeds') benchCorpus('seeds', repeatedDocuments(fixtureTexts('seeds'), TARGET_BYTES), '5 texts repeated');
if (!only || only === 'mixed') benchCorpus('mixed (distinct documents)', mixedDocuments(dev, TARGET_BYTES), `paragraphs of the ${dev.length} dev texts mixed, other province names and figures`);
if (!only || only === 'decomposed') benchCorpus('decomposed (the mixed documents in NFD)', mixedDocuments(dev, TARGET_BYTES).map((d) => d.normalize('NFD')), 'the mixed documents, decomposed');
