import { strict as assert } from 'assert';
import { mapInLanes } from '../../src/shared/inLanes';

describe('mapInLanes: many items, a few at a time', () => {
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('keeps the items\' order whatever order they finish in', async () => {
    const got = await mapInLanes([30, 5, 20, 0, 10], 3, async (ms, i) => { await tick(ms); return `${i}:${ms}`; });
    assert.deepEqual(got, ['0:30', '1:5', '2:20', '3:0', '4:10']);
  });

  it('never has more than `lanes` under way, and uses them all', async () => {
    let now = 0, most = 0;
    await mapInLanes(Array.from({ length: 40 }, (_, i) => i), 4, async (i) => {
      now++; most = Math.max(most, now);
      await tick(i % 3);
      now--;
    });
    assert.equal(most, 4);
  });

  it('handles no items, and fewer items than lanes', async () => {
    assert.deepEqual(await mapInLanes([], 16, async () => 1), []);
    assert.deepEqual(await mapInLanes(['a'], 16, async (s) => s + s), ['aa']);
  });

  it('rejects when one item\'s work does', async () => {
    await assert.rejects(mapInLanes([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('two'); return n; }), /two/);
  });
});
