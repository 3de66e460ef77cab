import { strict as assert } from 'assert';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { nodeCacheFile } from '../../src/extension/platform/nodeCacheFile';

describe('a file the extension keeps its data in (the index\'s cache, Node build)', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'chitieu-cache-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('is none before it is written; written part by part, in a folder made for it, it reads back whole', async () => {
    const file = nodeCacheFile(join(dir, 'storage', 'index-cache.jsonl'));
    assert.equal(await file.read(), undefined);
    await file.write([utf8('{"format":1}\n'), utf8('["a"]\n'), utf8('["b"]\n')]);
    assert.equal(new TextDecoder().decode(await file.read()), '{"format":1}\n["a"]\n["b"]\n');
    await file.write([utf8('["c"]\n')]);
    assert.equal(new TextDecoder().decode(await file.read()), '["c"]\n', 'replaced');
    assert.deepEqual(readdirSync(join(dir, 'storage')), ['index-cache.jsonl'], 'no temporary file left');
  });

  it('two writes at once leave one of them whole', async () => {
    const file = nodeCacheFile(join(dir, 'two.jsonl'));
    const a = Array.from({ length: 50 }, () => utf8('a'.repeat(10_000) + '\n')), b = Array.from({ length: 50 }, () => utf8('b'.repeat(10_000) + '\n'));
    await Promise.all([file.write(a), file.write(b)]);
    const got = new TextDecoder().decode(await file.read());
    assert.ok(got === 'a'.repeat(10_000).concat('\n').repeat(50) || got === 'b'.repeat(10_000).concat('\n').repeat(50), 'not interleaved');
  });
});
