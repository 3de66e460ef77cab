/**
 * The engine's whole output on every development text equals the recorded one
 * (test/fixtures/snapshots/engine.jsonl): a speed rewrite must change nothing. A deliberate change
 * re-records it with `npx tsx scripts/engine-snapshot.ts`, and the commit says what changed.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/engine';
import { SNAPSHOT_FILE, snapshotDocuments, snapshotLine } from './snapshotCorpus';

/** The path of the first difference between two JSON values, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ recorded ${JSON.stringify(b)?.slice(0, 300)}`;
}

describe('engine snapshot of the development sets', () => {
  const recorded = new Map<string, unknown>();
  for (const line of readFileSync(SNAPSHOT_FILE, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { name: string; extraction: unknown };
    recorded.set(r.name, r.extraction);
  }
  const docs = snapshotDocuments();

  it('records every development text', () => {
    assert.deepEqual([...recorded.keys()].sort(), docs.map((d) => d.name).sort());
  });

  for (const doc of docs) {
    it(`${doc.name}: extract() gives the recorded result`, () => {
      const now = JSON.parse(snapshotLine(doc)) as { extraction: unknown };
      const diff = firstDifference(now.extraction, recorded.get(doc.name));
      assert.equal(diff, undefined, diff);
    });
  }

  it('goals: false gives the same entities, provinces and document date, and no goals', () => {
    for (const doc of docs) {
      const full = extract(doc.text, { referenceDate: '2026-01-01' });
      const lean = extract(doc.text, { referenceDate: '2026-01-01', goals: false });
      assert.deepEqual(lean, { ...full, goals: [] }, doc.name);
      if (doc.name.startsWith('seeds/')) assert.ok(full.goals.length > 0, `${doc.name} has goals`);
    }
  });
});
