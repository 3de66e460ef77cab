import { strict as assert } from 'assert';
import { VersionedMap } from '../../src/extension/model/versionedMap';

describe('VersionedMap: what is derived from the index is made again only when it changed', () => {
  it('counts every change, and apart the changes of its keys', () => {
    const m = new VersionedMap<string, number>();
    m.set('a', 1); m.set('b', 2);
    assert.deepEqual([m.version, m.keysVersion], [2, 2]);
    m.set('a', 3); // replaced: the same keys
    assert.deepEqual([m.version, m.keysVersion], [3, 2]);
    m.delete('zzz'); // nothing removed
    assert.equal(m.keysVersion, 2);
    m.delete('b');
    assert.equal(m.keysVersion, 3);
    m.clear();
    assert.equal(m.keysVersion, 4);
    assert.equal(m.size, 0);
  });
});
