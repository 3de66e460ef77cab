/**
 * `npm run bench`, the source readers: PDF pages per second and .docx MB per second (the seed
 * fixtures read repeatedly), and legacy-encoding detection MB per second.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../src/sources';

const dir = join(__dirname, '..', 'test', 'fixtures', 'sources');
const files = (ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));

/** `bytes` repeated to about `size` bytes. */
function repeat(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(size / bytes.length) * bytes.length);
  for (let at = 0; at < out.length; at += bytes.length) out.set(bytes, at);
  return out;
}

async function timed(rounds: number, docs: Array<{ name: string; bytes: Uint8Array }>): Promise<{ ms: number; pages: number; bytes: number }> {
  let pages = 0, bytes = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) { const s = await readSource(d.bytes, { name: d.name }); pages += s.pages ?? 0; bytes += d.bytes.length; }
  return { ms: performance.now() - t0, pages, bytes };
}

export async function benchSources(): Promise<void> {
  const pdfs = files('.pdf').filter((f) => f.name !== 'locked.pdf'), docxs = files('.docx'), legacy = files('.txt').filter((f) => !f.name.includes('utf'));
  await timed(2, pdfs); // warm-up
  const pdf = await timed(10, pdfs);
  await timed(5, docxs);
  const docx = await timed(200, docxs);
  const text = await timed(200, legacy);
  // One large file (a corpus document of 1 MB): the detection judges a sample, the winner decodes it all.
  const large = legacy.map((d) => ({ name: d.name, bytes: repeat(d.bytes, 1024 * 1024) }));
  const big = await timed(2, large);
  const mb = (b: number) => b / (1024 * 1024);
  console.log('\nsource readers');
  console.log(`PDF   ${pdf.pages} pages in ${pdf.ms.toFixed(0)} ms: ${(pdf.pages / (pdf.ms / 1000)).toFixed(0)} pages/s`);
  console.log(`.docx ${mb(docx.bytes).toFixed(1)} MB in ${docx.ms.toFixed(0)} ms: ${(mb(docx.bytes) / (docx.ms / 1000)).toFixed(1)} MB/s (zipped size)`);
  console.log(`legacy-encoded text (detect + decode) ${mb(text.bytes).toFixed(1)} MB in ${text.ms.toFixed(0)} ms: ${(mb(text.bytes) / (text.ms / 1000)).toFixed(1)} MB/s (3 KB files)`);
  console.log(`legacy-encoded text (detect + decode) ${mb(big.bytes).toFixed(1)} MB in ${big.ms.toFixed(0)} ms: ${(mb(big.bytes) / (big.ms / 1000)).toFixed(1)} MB/s (1 MB files)`);
}

if (require.main === module) void benchSources();
