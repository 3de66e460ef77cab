/**
 * `npm run bench`: the engine's throughput on a large corpus (the seed texts repeated to ≥ 40 MB)
 * against a single-regex scan of the same text in the same process, plus memory and a linearity check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/engine';

const TARGET_BYTES = 40 * 1024 * 1024;
const seedsDir = join(__dirname, '..', 'test', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));

const docs: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) for (const s of seeds) { docs.push(s); bytes += Buffer.byteLength(s); }
const corpus = docs.join('\n\n');
const mb = bytes / (1024 * 1024);

/** The baseline: one regular expression a naive tool would scan with (a number and a unit or scale). */
const BASELINE = /\d+(?:[.,]\d+)*\s*(?:nghìn tỷ|tỷ|triệu|nghìn|%|USD|đồng|ha)?/gu;

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}
const best = <T>(n: number, fn: () => T) => { let b = Infinity; let r!: T; for (let i = 0; i < n; i++) { const x = time(fn); if (x.ms < b) { b = x.ms; r = x.result; } } return { ms: b, result: r }; };
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// Warm up the JIT on a slice.
for (const d of docs.slice(0, 200)) extract(d);

gc();
const heap0 = process.memoryUsage().heapUsed;
const base = best(3, () => { let n = 0; BASELINE.lastIndex = 0; while (BASELINE.exec(corpus) !== null) n++; return n; });
const perDoc = best(2, () => { let n = 0; for (const d of docs) n += extract(d).entities.length; return n; });
gc();
const whole = time(() => extract(corpus));
const heapWhole = process.memoryUsage().heapUsed - heap0;
const half = corpus.slice(0, corpus.length >> 1);
gc();
const halfRun = time(() => extract(half));

const rate = (ms: number) => mb / (ms / 1000);
const row = (name: string, ms: number, note = '') => console.log(`${name.padEnd(38)} ${ms.toFixed(0).padStart(7)} ms ${rate(ms).toFixed(1).padStart(8)} MB/s  ${note}`);
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB (UTF-8), ${seeds.length} seed texts repeated`);
console.log(`${'run'.padEnd(38)} ${'time'.padStart(10)} ${'throughput'.padStart(13)}`);
row('single-regex scan (baseline)', base.ms, `${base.result} matches`);
row('engine, one document at a time', perDoc.ms, `${perDoc.result} entities`);
row('engine, the corpus as one text', whole.ms, `${whole.result.entities.length} entities, ${whole.result.goals.length} goals`);
const ratio = rate(perDoc.ms) / rate(base.ms);
console.log(`\nengine / baseline: ${ratio.toFixed(2)} (target ≥ 0.25); engine ${rate(perDoc.ms).toFixed(1)} MB/s (target ≥ 50)`);
console.log(`linearity: 100% of the text / 50% of it = ${(whole.ms / halfRun.ms).toFixed(2)}× time (2.0 is linear)`);
console.log(`memory: heap grew ${(heapWhole / 1024 / 1024).toFixed(0)} MB for the ${mb.toFixed(0)} MB text as one document (${(heapWhole / bytes).toFixed(1)} bytes per input byte)`);
