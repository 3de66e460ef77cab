/**
 * `npm run bench`: the engine's throughput against one pass of a naive highlighter's regular
 * expression over the same text, in the same process, on two corpora:
 *   - dev: the seed texts and the second development set (test/fixtures/more), repeated to ≥ 40 MB;
 *   - seeds: the seed texts alone repeated to ≥ 40 MB (the figures of earlier releases);
 *   - varied: dev, each copy naming other provinces (a set of its own: the 63 old units' names mapped
 *     anew for each copy), as the documents of a real corpus do: work done once per set of names (and
 *     saved by a cache on a corpus of repeated texts) shows here, not in dev.
 * For each: extract() one document at a time and the corpus as one text, the linearity (whole / half),
 * and the heap per input byte. `CHITIEU_BENCH_CORPUS=dev|seeds|varied` runs one of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, PROVINCES } from '../src/engine';

const TARGET_BYTES = 40 * 1024 * 1024;
const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const texts = (set: string) => readdirSync(join(FIXTURES, set)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, set, f), 'utf8'));

/** A naive highlighter's whole job (the regular expression of issue 9). */
const BASELINE = /(?<![\p{L}\p{N}])(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*(?:%|(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:USD|đồng|VNĐ|ha|lao động|dự án|doanh nghiệp))|(?:đến|tới|trước|sau)?\s*năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}/gu;

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}
const best = <T>(n: number, fn: () => T) => { let b = Infinity; let r!: T; for (let i = 0; i < n; i++) { const x = time(fn); if (x.ms < b) { b = x.ms; r = x.result; } } return { ms: b, result: r }; };
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** The corpus: the sources repeated to TARGET_BYTES, copy `k` of each passed through `vary(text, k)`. */
function benchCorpus(name: string, sources: string[], vary = (text: string, _copy: number) => text): void {
  const docs: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < TARGET_BYTES; copy++) for (const s of sources) { const d = vary(s, copy); docs.push(d); bytes += Buffer.byteLength(d); }
  const corpus = docs.join('\n\n');
  const mb = bytes / (1024 * 1024);
  for (const d of docs.slice(0, 100)) extract(d); // warm up the JIT

  const base = best(3, () => { let n = 0; BASELINE.lastIndex = 0; while (BASELINE.exec(corpus) !== null) n++; return n; });
  const perDoc = best(2, () => { let n = 0, g = 0; for (const d of docs) { const r = extract(d); n += r.entities.length; g += r.goals.length; } return { n, g }; });
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
  console.log(`\n${name}: ${docs.length} documents, ${mb.toFixed(1)} MB (UTF-8), ${sources.length} texts repeated; one entity per ${(bytes / perDoc.result.n).toFixed(0)} bytes, one goal per ${(bytes / perDoc.result.g).toFixed(0)}`);
  row('regex pass (baseline)', base.ms, `${base.result} matches`);
  row('extract(), one document at a time', perDoc.ms, `${perDoc.result.n} entities, ${perDoc.result.g} goals`);
  row('extract(), the corpus as one text', whole.ms, wholeCounts);
  console.log(`extract() / regex pass: ${(rate(perDoc.ms) / rate(base.ms)).toFixed(3)} (target ≥ 0.5); ${rate(perDoc.ms).toFixed(1)} MB/s (target ≥ 100)`);
  console.log(`linearity: the whole text / its first half = ${(whole.ms / halfRun.ms).toFixed(2)}× the time (2.0 is linear)`);
  console.log(`heap: grew ${(heapWhole / 1024 / 1024).toFixed(0)} MB for the corpus as one text (${(heapWhole / bytes).toFixed(1)} bytes per input byte)`);
}

/** The old units' names, longest first (`Bà Rịa - Vũng Tàu` before `Vũng Tàu` would be replaced). */
const OLD_NAMES = PROVINCES.filter((p) => p.era === 'old').map((p) => p.name).sort((a, b) => b.length - a.length);
/** The multipliers that map the 63 names one to one (prime to 63). */
const MULTIPLIERS = Array.from({ length: 63 }, (_, a) => a).filter((a) => a % 3 !== 0 && a % 7 !== 0);
/** Copy `k` of a text with old unit `i`'s name replaced by that of unit `(a·i + k) mod 63`, `a` one of 36 multipliers (copy 0 as it is). */
function mapProvinces(text: string, k: number): string {
  if (k === 0) return text;
  const present = OLD_NAMES.filter((n) => text.includes(n));
  // Through placeholders: a name put in must not be replaced again by a later, shorter name.
  let out = text;
  present.forEach((n, i) => { out = out.split(n).join(`\u0000${i}\u0000`); });
  present.forEach((n, i) => { out = out.split(`\u0000${i}\u0000`).join(OLD_NAMES[(MULTIPLIERS[k % MULTIPLIERS.length] * OLD_NAMES.indexOf(n) + k) % OLD_NAMES.length]); });
  return out;
}

const only = process.env.CHITIEU_BENCH_CORPUS;
if (!only || only === 'dev') benchCorpus('dev (seeds + more)', [...texts('seeds'), ...texts('more')]);
if (!only || only === 'seeds') benchCorpus('seeds', texts('seeds'));
if (!only || only === 'varied') benchCorpus('varied (dev, each copy naming other provinces)', [...texts('seeds'), ...texts('more')], mapProvinces);
