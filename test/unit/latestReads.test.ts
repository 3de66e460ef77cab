/** LatestReads: of overlapping reads of one key, only the latest begun counts, whichever ends first. */
import { strict as assert } from 'node:assert';
import { LatestReads } from '../../src/extension/model/latestReads';

/** A read that ends when told to, with `value`. */
function deferred<T>(value: T): { read: () => Promise<T>; end: () => void } {
  let end!: () => void;
  const p = new Promise<T>((r) => { end = () => r(value); });
  return { read: () => p, end };
}

describe('LatestReads', () => {
  it('gives a read that overlaps none its value', async () => {
    const reads = new LatestReads();
    assert.deepEqual(await reads.run('a', async () => 1), { value: 1 });
    assert.equal(reads.size, 0);
  });

  it('drops the older of two overlapping reads when it ends last', async () => {
    const reads = new LatestReads();
    const older = deferred('old'), newer = deferred('new');
    const a = reads.run('f', older.read), b = reads.run('f', newer.read);
    newer.end();
    assert.deepEqual(await b, { value: 'new' });
    older.end();
    assert.equal(await a, undefined);
    assert.equal(reads.size, 0);
  });

  it('drops the older of two overlapping reads when it ends first', async () => {
    const reads = new LatestReads();
    const older = deferred('old'), newer = deferred('new');
    const a = reads.run('f', older.read), b = reads.run('f', newer.read);
    older.end();
    assert.equal(await a, undefined);
    newer.end();
    assert.deepEqual(await b, { value: 'new' });
    assert.equal(reads.size, 0);
  });

  it('keeps reads of different keys apart, and forgets a read that failed', async () => {
    const reads = new LatestReads();
    const f = deferred('f'), g = deferred('g');
    const a = reads.run('f', f.read), b = reads.run('g', g.read);
    g.end(); f.end();
    assert.deepEqual([await a, await b], [{ value: 'f' }, { value: 'g' }]);
    await assert.rejects(reads.run('h', async () => { throw new Error('gone'); }), /gone/);
    assert.equal(reads.size, 0);
  });
});
