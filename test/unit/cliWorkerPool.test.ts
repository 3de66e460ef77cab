/** The extract command's worker pool: a worker that dies fails only its own documents and is replaced. */
import { strict as assert } from 'node:assert';
import { Worker } from 'node:worker_threads';
import { WorkerPool } from '../../src/cli/extract/workerPool';
import { runOrdered } from '../../src/cli/extract/ordered';

/** A stand-in worker that answers each document with its name, and exits (code 3) on its second one. */
const FRAGILE = `const { parentPort } = require('node:worker_threads');
let n = 0;
parentPort.on('message', (m) => {
  if (++n === 2) process.exit(3);
  parentPort.postMessage({ id: m.id, outcome: { ok: true, path: m.task.shown, piece: m.task.shown, problems: [] } });
});`;

describe('CLI worker pool', () => {
  it('a worker that dies fails its document, names it, and a new worker takes the next', async () => {
    let started = 0;
    const pool = new WorkerPool(1, () => { started++; return new Worker(FRAGILE, { eval: true }); });
    try {
      const a = await pool.run({ file: 'a.txt', shown: 'a.txt', format: 'jsonl' });
      const b = await pool.run({ file: 'b.txt', shown: 'b.txt', format: 'jsonl' });
      const c = await pool.run({ file: 'c.txt', shown: 'c.txt', format: 'jsonl' });
      assert.deepEqual(a, { ok: true, path: 'a.txt', piece: 'a.txt', problems: [] });
      assert.equal(b.ok, false);
      assert.match((b as { problem: string }).problem, /^b\.txt: its worker thread stopped \(exit code 3\); try it with --jobs 1/);
      assert.equal(c.ok, true);
      assert.equal(started, 2);
    } finally { await pool.close(); }
  });

  it('runOrdered: results in the order of the items, never more than the window in flight, items drawn as jobs start', async () => {
    let inFlight = 0, most = 0;
    const order: number[] = [];
    // Later jobs finish first (fewer ticks), so order comes from the runner, not from timing.
    await runOrdered(Array.from({ length: 20 }, (_, i) => i), 4, async (i: number) => {
      inFlight++; most = Math.max(most, inFlight);
      for (let k = 0; k < 20 - i; k++) await Promise.resolve();
      inFlight--;
      return i;
    }, (i: number, r: number) => { assert.equal(r, i); order.push(i); });
    assert.deepEqual(order, Array.from({ length: 20 }, (_, i) => i));
    assert.equal(most, 4);
    // Items are drawn lazily: when the first result is consumed, only the window has been drawn.
    let drawn = 0;
    function* items() { for (let i = 0; i < 100; i++) { drawn++; yield i; } }
    const drawnAtFirst: number[] = [];
    await runOrdered(items(), 3, async (i: number) => i, () => { drawnAtFirst.push(drawn); });
    assert.equal(drawnAtFirst[0], 3);
  });
});
