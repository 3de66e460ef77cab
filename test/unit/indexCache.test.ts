/** The workspace index's cache file (src/extension/model/indexCache.ts), with a file in memory: written, read back, refused, and written while it keeps changing. */
import { strict as assert } from 'assert';
import { IndexCache, type CachedFile } from '../../src/extension/model/indexCache';
import type { CacheFile } from '../../src/extension/platform/nodeCacheFile';

const memoryFile = () => {
  const f = { writes: 0, bytes: undefined as Uint8Array | undefined };
  const file: CacheFile = {
    path: '/mem/index-cache.jsonl',
    read: async () => f.bytes,
    write: async (parts) => { f.writes++; const n = parts.reduce((k, p) => k + p.length, 0); f.bytes = new Uint8Array(n); let at = 0; for (const p of parts) { f.bytes.set(p, at); at += p.length; } },
  };
  return { f, file };
};
const log = { info: () => undefined, warn: () => undefined, debug: () => undefined };
const entry = (i: number): CachedFile => ({ stamp: [i, 1000 + i, 2000 + i, 3000 + i], options: '{} auto', result: { provinces: [], entities: [], goals: [{ province: 'Lai Châu', indicator: `chỉ tiêu ${i}`, value: i, unit: '%', quantitative: true, span: [0, 1], evidence: 'x', rule: 'goal.target' }] } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the index\'s cache file', () => {
  it('what is written is read back by the same build, with PDF page starts and the legacy mark; another build\'s is not used', async () => {
    const { f, file } = memoryFile();
    const a = new IndexCache(file, async () => 'build 1', log);
    await a.load();
    for (let i = 0; i < 300; i++) a.set(`file:///w/${i}.txt`, entry(i));
    a.set('file:///w/plan.pdf', { ...entry(7), pages: [[0, 1], [500, 2]] });
    a.set('file:///w/old.txt', { ...entry(8), result: null, legacy: true });
    a.delete('file:///w/3.txt');
    await a.save();
    assert.equal(f.writes, 1);
    const b = new IndexCache(file, async () => 'build 1', log);
    await b.load();
    assert.equal(b.size, 301);
    assert.deepEqual(b.get('file:///w/12.txt'), entry(12));
    assert.equal(b.get('file:///w/3.txt'), undefined);
    assert.deepEqual(b.get('file:///w/plan.pdf')?.pages, [[0, 1], [500, 2]]);
    assert.equal(b.get('file:///w/old.txt')?.legacy, true);
    assert.equal(b.get('file:///w/old.txt')?.result, null);
    const other = new IndexCache(file, async () => 'build 2', log);
    await other.load();
    assert.equal(other.size, 0, 'another build');
    a.dispose(); b.dispose(); other.dispose();
  });

  it('a damaged file is not used, and nothing is written while nothing changed', async () => {
    const { f, file } = memoryFile();
    f.bytes = new TextEncoder().encode('{"format":1,"engine":"build 1"}\n["file:///w/a.txt",[1,2,3,4],"{} auto",{"provinces":[');
    const c = new IndexCache(file, async () => 'build 1', log);
    await c.load();
    assert.equal(c.size, 0);
    await c.save();
    assert.equal(f.writes, 0, 'nothing changed');
    c.dispose();
  });

  it('is written once quiet, and while it keeps changing at least every so often', async () => {
    const { f, file } = memoryFile();
    const c = new IndexCache(file, async () => 'build 1', log, undefined, { quietMs: 40, atMostMs: 150 });
    await c.load();
    c.set('file:///w/a.txt', entry(1));
    await sleep(20);
    assert.equal(f.writes, 0, 'not before it is quiet');
    await sleep(80);
    assert.equal(f.writes, 1, 'written once quiet');
    // Changes every 10 ms for 400 ms: never quiet, written at least every 150 ms.
    for (let i = 0; i < 40; i++) { c.set(`file:///w/${i}.txt`, entry(i)); await sleep(10); }
    assert.ok(f.writes >= 2, `${f.writes} writes: one once quiet, then at least one while it kept changing`);
    await sleep(100);
    const b = new IndexCache(file, async () => 'build 1', log);
    await b.load();
    assert.equal(b.size, 41, 'the last state written once quiet');
    c.dispose(); b.dispose();
  });
});
