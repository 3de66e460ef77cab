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
 * Distinct documents made from texts: each of paragraphs drawn from all of them, its province names
 * each replaced by a random one and a third of its digits changed; as dense in figures and goals as
 * the texts. A fixed seed: the same documents at every run.
 */
export class DocumentMixer {
  private seed = 3;
  private readonly paragraphs: string[];

  constructor(sources: readonly string[]) {
    this.paragraphs = sources.flatMap((t) => t.split(/\n[ \t]*\n/));
  }

  private random(n: number): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) & 0x7fffffff;
    return this.seed % n;
  }

  /** A document of 3 to 14 paragraphs, or (`minBytes`) of as many as make it that long. */
  next(minBytes?: number): string {
    const parts: string[] = [];
    let bytes = 0;
    for (let n = minBytes ? Infinity : 3 + this.random(12); n > 0 && !(minBytes && bytes >= minBytes); n--) {
      const p = this.paragraphs[this.random(this.paragraphs.length)];
      parts.push(p);
      bytes += Buffer.byteLength(p) + 2;
    }
    let d = parts.join('\n\n');
    // Through placeholders: a name put in is not replaced again by a later, shorter one.
    const present = OLD_NAMES.filter((name) => d.includes(name));
    present.forEach((name, i) => { d = d.split(name).join(`\u0000${i}\u0000`); });
    present.forEach((_, i) => { d = d.split(`\u0000${i}\u0000`).join(OLD_NAMES[this.random(OLD_NAMES.length)]); });
    return d.replace(/\d/g, (c) => (this.random(3) === 0 ? String((Number(c) + 1) % 10) : c));
  }
}

/** Distinct documents ({@link DocumentMixer}) until `targetBytes` (UTF-8). */
export function mixedDocuments(sources: readonly string[], targetBytes: number): string[] {
  const mixer = new DocumentMixer(sources);
  const docs: string[] = [];
  for (let bytes = 0; bytes < targetBytes;) {
    const d = mixer.next();
    docs.push(d);
    bytes += Buffer.byteLength(d);
  }
  return docs;
}
