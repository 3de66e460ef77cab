#!/usr/bin/env node
/**
 * Differential check for engine speed work: the engine of a base commit and the engine of the
 * working tree must give identical results on every development text and on variants of each
 * (CRLF, NBSP, NFD, zero-width characters, no diacritics, upper case, single paragraphs, pairs
 * joined, pieces cut at arbitrary offsets), and on 300 distinct documents made from them
 * (scripts/bench-corpus.ts: paragraphs mixed, other province names and figures). Stricter than the
 * recorded snapshot, which only holds the texts as they are.
 *
 *   node scripts/engine-diff.mjs [--base <commit>] [--limit N]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { base: { type: 'string', default: 'HEAD' }, limit: { type: 'string', default: '20' } } });
const esbuild = createRequire(join(root, 'package.json'))('esbuild');
const work = join(tmpdir(), `chitieu-engine-diff-${process.pid}`);
mkdirSync(work, { recursive: true });

// The base engine: its src/engine tree exported from git into a temporary folder.
const baseDir = join(work, 'base');
mkdirSync(baseDir, { recursive: true });
execFileSync('bash', ['-c', `git -C "${root}" archive ${values.base} src/engine | tar -x -C "${baseDir}"`]);
const bundle = (entry, out) => esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', tsconfigRaw: {} });
bundle(join(baseDir, 'src/engine/index.ts'), join(work, 'base.cjs'));
bundle(join(root, 'src/engine/index.ts'), join(work, 'head.cjs'));
bundle(join(root, 'scripts/bench-corpus.ts'), join(work, 'corpus.cjs'));
const require = createRequire(import.meta.url);
const base = require(join(work, 'base.cjs'));
const head = require(join(work, 'head.cjs'));
const { DocumentMixer } = require(join(work, 'corpus.cjs'));
rmSync(work, { recursive: true, force: true });

const fixtures = join(root, 'test/fixtures');
const texts = [];
for (const set of ['seeds', 'more', 'third', 'workspace']) {
  for (const f of readdirSync(join(fixtures, set)).filter((n) => /\.(txt|md)$/.test(n) && n !== 'SOURCES.md' && n !== 'README.md').sort()) {
    texts.push({ name: `${set}/${f}`, text: readFileSync(join(fixtures, set, f), 'utf8') });
  }
}
// Distinct documents made from the development texts (mixed paragraphs, other provinces and figures).
const mixer = new DocumentMixer(texts.map((t) => t.text));
for (let k = 0; k < 300; k++) texts.push({ name: `mixed/${k}`, text: mixer.next() });
const exampleDir = join(root, 'test/examples');
for (const f of readdirSync(exampleDir).filter((n) => n.endsWith('.ts'))) {
  // Every quoted Vietnamese string in the example tables is a text of its own.
  const src = readFileSync(join(exampleDir, f), 'utf8');
  const re = /'((?:[^'\\\n]|\\.){6,})'/g;
  let m, k = 0;
  while ((m = re.exec(src)) !== null) { if (/[à-ỹđ\d]/i.test(m[1])) texts.push({ name: `examples/${f}#${k++}`, text: m[1].replace(/\\n/g, '\n').replace(/\\'/g, "'") }); }
}

const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
let seed = 7;
const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const variants = (t) => {
  const v = [['as is', t], ['CRLF', t.replace(/\n/g, '\r\n')], ['NBSP', t.replace(/ /g, (s) => (rand(5) === 0 ? '\u00a0' : s))],
    ['NFD', t.normalize('NFD')], ['zero-width', t.replace(/ /g, (s) => (rand(9) === 0 ? '\u200b ' : s))], ['BOM', '\ufeff' + t],
    ['no diacritics', strip(t)], ['upper case', t.toUpperCase()], ['lower case', t.toLowerCase()], ['tabs', t.replace(/ {2,}/g, '\t')]];
  const paras = t.split(/\n\s*\n/).filter((p) => p.trim());
  for (let i = 0; i < Math.min(paras.length, Number(values.limit)); i++) v.push([`paragraph ${i}`, paras[i]]);
  for (let i = 0; i < 6 && t.length > 10; i++) { const a = rand(t.length), b = a + rand(2000); v.push([`cut ${a}-${b}`, t.slice(a, b)]); }
  return v;
};

let checked = 0, differ = 0;
const dates = [{ referenceDate: '2026-01-01' }, { referenceDate: '2019-06-01' }, { referenceDate: '2026-01-01', goals: false }];
for (const { name, text } of texts) {
  const short = name.startsWith('examples/') || name.startsWith('mixed/');
  const vs = short ? [['as is', text], ['upper case', text.toUpperCase()], ['no diacritics', strip(text)]] : variants(text);
  for (const [label, t] of vs) {
    for (const opts of short ? dates.slice(0, 1) : dates) {
      checked++;
      const a = JSON.stringify(base.extract(t, opts)), b = JSON.stringify(head.extract(t, opts));
      if (a !== b) {
        differ++;
        if (differ <= 10) {
          let i = 0; while (i < a.length && a[i] === b[i]) i++;
          console.log(`DIFFERS ${name} [${label}] ${JSON.stringify(opts)}\n  base: …${a.slice(Math.max(0, i - 150), i + 150)}\n  head: …${b.slice(Math.max(0, i - 150), i + 150)}`);
        }
      }
    }
  }
}
console.log(`${checked} extractions compared with ${values.base}: ${differ} differ`);
process.exit(differ ? 1 : 0);
