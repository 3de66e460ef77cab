/** The development texts and how their engine output is recorded (one JSON line per document). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/engine';

const FIXTURES = join(__dirname, '..', 'fixtures');
export const SNAPSHOT_FILE = join(FIXTURES, 'snapshots', 'engine.jsonl');
const SETS = ['seeds', 'more', 'third', 'workspace'];

/** Every development text, as `set/file` and its content. */
export function snapshotDocuments(): { name: string; text: string }[] {
  const docs: { name: string; text: string }[] = [];
  for (const set of SETS) {
    for (const f of readdirSync(join(FIXTURES, set)).filter((n) => /\.(txt|md)$/.test(n) && n !== 'SOURCES.md' && n !== 'README.md').sort()) {
      docs.push({ name: `${set}/${f}`, text: readFileSync(join(FIXTURES, set, f), 'utf8') });
    }
  }
  return docs;
}

/** The recorded line of one document: its name and the whole extraction (with a fixed reference date, so it does not depend on today). */
export function snapshotLine(doc: { name: string; text: string }): string {
  return JSON.stringify({ name: doc.name, extraction: extract(doc.text, { referenceDate: '2026-01-01' }) });
}

export const snapshotLines = () => snapshotDocuments().map(snapshotLine);
