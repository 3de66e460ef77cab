/**
 * The benches' corpora, made from the development texts (test/fixtures): the texts repeated, as the
 * benches always had them, and `mixed`: documents as distinct as a real corpus's. A corpus of
 * repeated texts hides every cost paid once per distinct input and cached after (a pattern V8
 * compiles for a document's set of province names cost half the engine's time on distinct
 * documents and nothing on repeated ones).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES } from '../src/engine';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');

/** The texts of a development set (`seeds`, `more`), in file order. */
export const fixtureTexts = (set: string): string[] =>
  readdirSync(join(FIXTURES, set)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, set, f), 'utf8'));

/** The texts again and again, until `targetBytes` (UTF-8). */
export function repeatedDocuments(sources: readonly string[], targetBytes: number): string[] {
  const docs: string[] = [];
  for (let bytes = 0; bytes < targetBytes;) for (const s of sources) { docs.push(s); bytes += Buffer.byteLength(s); }
  return docs;
}

/** The 63 old units' names, longest first (`Bà Rịa - Vũng Tàu` is replaced before `Vũng Tàu` could be). */
const OLD_NAMES = PROVINCES.filter((p) => p.era === 'old').map((p) => p.name).sort((a, b) => b.length - a.length);

/**
 * Documents until `targetBytes`, each of 3 to 14 paragraphs drawn from all the texts, its province
 * names each replaced by a random one and a third of its digits changed: every document distinct, as
 * dense in figures and goals as the texts (a fixed seed: the same corpus at every run).
 */
export function mixedDocuments(sources: readonly string[], targetBytes: number): string[] {
  let seed = 3;
  const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed % n; };
  const paragraphs = sources.flatMap((t) => t.split(/\n[ \t]*\n/));
  const docs: string[] = [];
  for (let bytes = 0; bytes < targetBytes;) {
    const parts: string[] = [];
    for (let n = 3 + random(12); n > 0; n--) parts.push(paragraphs[random(paragraphs.length)]);
    let d = parts.join('\n\n');
    // Through placeholders: a name put in is not replaced again by a later, shorter one.
    const present = OLD_NAMES.filter((name) => d.includes(name));
    present.forEach((name, i) => { d = d.split(name).join(`\u0000${i}\u0000`); });
    present.forEach((_, i) => { d = d.split(`\u0000${i}\u0000`).join(OLD_NAMES[random(OLD_NAMES.length)]); });
    d = d.replace(/\d/g, (c) => (random(3) === 0 ? String((Number(c) + 1) % 10) : c));
    docs.push(d);
    bytes += Buffer.byteLength(d);
  }
  return docs;
}
