/**
 * The engine's output on the development sets, recorded so a rewrite can prove it changes nothing.
 *   npx tsx scripts/engine-snapshot.ts            writes test/fixtures/snapshots/engine.jsonl
 *   (test/unit/snapshot.test.ts compares extract() with it; rerun this only for a deliberate change,
 *    and say in the commit what changed and why)
 */
import { writeFileSync } from 'node:fs';
import { SNAPSHOT_FILE, snapshotLines } from '../test/unit/snapshotCorpus';

writeFileSync(SNAPSHOT_FILE, snapshotLines().join('\n') + '\n');
console.log(`wrote ${SNAPSHOT_FILE}`);
