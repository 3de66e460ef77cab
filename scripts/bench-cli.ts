/**
 * `npm run bench`, the CLI part (issue 9): `chitieu extract` end to end (JSON Lines to a file) on a
 * corpus of the seeds and the second development set repeated to ≥ 40 MB as many files, with
 * --jobs 1 and 2, its throughput and peak resident size; the issue's single-regex pass over the
 * same text for comparison; then the same on a corpus of distinct documents (scripts/bench-corpus.ts
 * `mixedDocuments`), as a real corpus is. CHITIEU_BENCH_GB=1 adds a 1 GB corpus (slow at today's engine speed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentMixer, fixtureTexts } from './bench-corpus';

const MB = 1024 * 1024;
const cli = join(__dirname, 'cli.js');
const texts = ['seeds', 'more'].flatMap(fixtureTexts);

/** The issue's naive highlighter: one regular expression over the text. */
const ISSUE_REGEX = /(?<![\p{L}\p{N}])(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*(?:%|(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:USD|đồng|VNĐ|ha|lao động|dự án|doanh nghiệp))|(?:đến|tới|trước|sau)?\s*năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}/gu;

/**
 * Writes documents as files (500 per folder) until `target` bytes: the texts again and again, or
 * those `next` makes (made one at a time: a 1 GB corpus is never held); returns the byte count.
 */
function writeCorpus(dir: string, target: number, next?: () => string): { bytes: number; files: number } {
  let bytes = 0, files = 0;
  const write = (t: string) => {
    const folder = join(dir, String(Math.floor(files / 500)).padStart(4, '0'));
    if (files % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(files).padStart(7, '0')}.txt`), t);
    bytes += Buffer.byteLength(t);
    files++;
  };
  if (next) while (bytes < target) write(next());
  else while (bytes < target) texts.forEach(write);
  return { bytes, files };
}

function regexPass(bytes: number): void {
  const corpus = texts.join('\n\n').repeat(Math.ceil(bytes / Buffer.byteLength(texts.join('\n\n'))));
  let best = Infinity, n = 0;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    n = 0;
    ISSUE_REGEX.lastIndex = 0;
    while (ISSUE_REGEX.exec(corpus) !== null) n++;
    best = Math.min(best, performance.now() - t0);
  }
  const mb = Buffer.byteLength(corpus) / MB;
  console.log(`${'single-regex pass (the issue\'s regex)'.padEnd(40)} ${best.toFixed(0).padStart(7)} ms ${(mb / (best / 1000)).toFixed(1).padStart(8)} MB/s  ${n} matches`);
}

/** Runs the CLI on `dir` (JSONL to a file) and prints its time, MB/s and peak resident size (worker threads included). */
function runCli(dir: string, bytes: number, jobs: number, label: string, extra: string[] = []): void {
  const out = join(dir, '..', 'out.jsonl');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'extract', dir, '--format', 'jsonl', '--out', out, '--jobs', String(jobs), ...extra], {
    env: { ...process.env, CHITIEU_REPORT_RSS: '1' }, encoding: 'utf8', maxBuffer: 64 * MB,
  });
  const ms = performance.now() - t0;
  const rss = /peak resident size (\d+) MB/.exec(r.stderr)?.[1] ?? '?';
  if (r.status !== 0) console.log(`  (exit ${r.status}: ${r.stderr.split('\n').slice(0, 3).join(' / ')})`);
  const outMb = statSync(out).size / MB;
  console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms ${(bytes / MB / (ms / 1000)).toFixed(1).padStart(8)} MB/s  peak RSS ${rss} MB, output ${outMb.toFixed(0)} MB`);
  rmSync(out, { force: true });
}

const root = mkdtempSync(join(tmpdir(), 'chitieu-bench-cli-'));
try {
  const dir = join(root, 'corpus');
  const { bytes, files } = writeCorpus(dir, 40 * MB);
  console.log(`\nCLI end to end: ${files} files, ${(bytes / MB).toFixed(1)} MB (seeds + second development set repeated), JSONL to a file`);
  regexPass(bytes);
  runCli(dir, bytes, 1, 'chitieu extract --jobs 1');
  runCli(dir, bytes, 2, 'chitieu extract --jobs 2');
  rmSync(dir, { recursive: true, force: true });
  const mixer = new DocumentMixer(texts);
  const mixed = writeCorpus(dir, 40 * MB, () => mixer.next());
  console.log(`\nThe same on ${mixed.files} distinct documents, ${(mixed.bytes / MB).toFixed(1)} MB (paragraphs of the same texts mixed, other province names and figures)`);
  runCli(dir, mixed.bytes, 1, 'chitieu extract --jobs 1');
  runCli(dir, mixed.bytes, 2, 'chitieu extract --jobs 2');
  // Run again over the same corpus with --cache (its files are older than the 3 s a file needs to be kept).
  const cache = join(root, 'cache');
  runCli(dir, mixed.bytes, 2, '--jobs 2 --cache, first run (writes it)', ['--cache', cache]);
  runCli(dir, mixed.bytes, 2, '--jobs 2 --cache, again (nothing changed)', ['--cache', cache]);
  rmSync(cache, { recursive: true, force: true });
  if (process.env.CHITIEU_BENCH_GB === '1') {
    rmSync(dir, { recursive: true, force: true });
    const bigMixer = new DocumentMixer(texts);
    const big = writeCorpus(dir, 1024 * MB, () => bigMixer.next());
    console.log(`\n1 GB corpus of distinct documents: ${big.files} files, ${(big.bytes / MB).toFixed(0)} MB (target: peak RSS under 300 MB)`);
    runCli(dir, big.bytes, 2, 'chitieu extract --jobs 2 (1 GB)');
  } else console.log('(CHITIEU_BENCH_GB=1 npm run bench adds the 1 GB corpus: resident size stays flat)');
} finally {
  rmSync(root, { recursive: true, force: true });
}
