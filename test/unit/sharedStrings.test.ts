/**
 * The index's shared strings (src/extension/model/sharedStrings.ts): results keep their values, the
 * heap they hold shrinks, and the pool stays bounded.
 */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract } from '../../src/engine';
import { SharedStrings } from '../../src/extension/model/sharedStrings';

const FIXTURES = join(__dirname, '..', 'fixtures');
const texts = ['seeds', 'more', 'third'].flatMap((set) => readdirSync(join(FIXTURES, set)).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(FIXTURES, set, f), 'utf8')));

describe('shared strings of the workspace index', () => {
  const results = texts.map((t) => serialize(extract(t))); // as a worker's answer arrives: a structured clone

  it('leaves every value of every development text’s result as it was', () => {
    const shared = new SharedStrings();
    for (const r of results) {
      const mine = deserialize(r);
      assert.deepStrictEqual(shared.shareIn(deserialize(r)), mine);
    }
    assert.ok(shared.size > 100, `${shared.size} strings shared`);
  });

  it('holds less heap for the same results (each repeated word kept once)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const held = (share: SharedStrings | undefined) => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = [];
      for (let i = 0; i < 3000; i++) { const r = deserialize(results[i % results.length]); kept.push(share ? share.shareIn(r) : r); }
      gc();
      const bytes = process.memoryUsage().heapUsed - before;
      assert.equal(kept.length, 3000);
      return bytes;
    };
    const plain = held(undefined), shared = held(new SharedStrings());
    assert.ok(shared < plain * 0.9, `shared ${(shared / 1e6).toFixed(1)} MB vs ${(plain / 1e6).toFixed(1)} MB as cloned`);
  });

  it('shares at most its limit of strings, and never long ones', () => {
    const s = new SharedStrings(3);
    for (const w of ['a', 'b', 'c', 'd', 'e']) s.share(w);
    assert.equal(s.size, 3);
    assert.equal(s.share('d'), 'd', 'a string beyond the limit is kept as it came');
    const long = 'x'.repeat(500);
    assert.equal(new SharedStrings().share(long), long);
    const t = new SharedStrings();
    t.share(long);
    assert.equal(t.size, 0);
    assert.equal(t.share(null), null);
    assert.equal(t.share(undefined), undefined);
  });
});
