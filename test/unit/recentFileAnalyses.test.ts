import * as assert from 'assert';
import type { Extraction } from '../../src/engine';
import { RecentFileAnalyses } from '../../src/extension/model/recentFileAnalyses';

const result = (n: number): Extraction => ({ provinces: [], entities: [], goals: [], documentYear: n });

describe('the latest large files analysed, for an editor that opens one (RecentFileAnalyses)', () => {
  it('gives an analysis once, for exactly the text and options it was made of', () => {
    const r = new RecentFileAnalyses(100, 4);
    r.remember('file:///a.txt', 'văn bản', '{}', result(1));
    assert.equal(r.take('file:///a.txt', 'văn bản', '{"documentDate":"2024"}'), undefined, 'other options');
    assert.equal(r.take('file:///a.txt', 'văn bản', '{}'), undefined, 'a mismatch drops it: the file changed since');
    r.remember('file:///a.txt', 'văn bản', '{}', result(1));
    assert.equal(r.take('file:///a.txt', 'văn bản.', '{}'), undefined, 'another text');
    r.remember('file:///a.txt', 'văn bản', '{}', result(1));
    assert.equal(r.take('file:///b.txt', 'văn bản', '{}'), undefined, 'another file');
    assert.equal(r.take('file:///a.txt', 'văn bản', '{}')?.documentYear, 1);
    assert.equal(r.take('file:///a.txt', 'văn bản', '{}'), undefined, 'taken once');
    assert.equal(r.taken, 1);
    assert.deepEqual(r.size, { entries: 0, chars: 0 });
  });

  it('keeps the newest within its budget of characters and entries, the oldest dropped first', () => {
    const r = new RecentFileAnalyses(10, 3);
    r.remember('a', 'aaaa', '', result(1));
    r.remember('b', 'bbbb', '', result(2));
    assert.deepEqual(r.size, { entries: 2, chars: 8 });
    r.remember('c', 'cccc', '', result(3)); // 12 characters: a goes
    assert.deepEqual(r.size, { entries: 2, chars: 8 });
    assert.equal(r.take('a', 'aaaa', ''), undefined);
    r.remember('b', 'bb', '', result(4)); // read again: replaces its entry, the newest now
    r.remember('d', 'd', '', result(5));
    r.remember('e', 'e', '', result(6)); // four entries: c, the oldest, goes
    assert.deepEqual(r.size, { entries: 3, chars: 4 });
    assert.equal(r.take('c', 'cccc', ''), undefined);
    assert.equal(r.take('b', 'bb', '')?.documentYear, 4);
    r.remember('big', 'x'.repeat(11), '', result(7)); // larger than the whole budget: not kept, nothing dropped for it
    assert.deepEqual(r.size, { entries: 2, chars: 2 });
    r.clear();
    assert.deepEqual(r.size, { entries: 0, chars: 0 });
  });
});
