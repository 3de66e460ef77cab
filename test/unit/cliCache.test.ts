/** `chitieu extract --cache DIR`: a run over a corpus of which few files changed reads only those (src/cli/extract/cache.ts). */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACY_MS } from '../../src/shared/fileStamp';
import { cli } from './cliRunner';

const VP = 'Năm 2025, tỉnh Vĩnh Phúc phấn đấu tăng trưởng kinh tế đạt 9%.\nĐến năm 2030, thu nhập bình quân đạt 8.000 USD.\n';
const BN = 'Tỉnh Bắc Ninh phấn đấu đến năm 2030 đạt 10.000 doanh nghiệp.\n';
const QN = 'Đến năm 2030, tỉnh Quảng Ninh phấn đấu thu hút 2 tỷ USD vốn FDI.\n';

describe('chitieu extract --cache', function () {
  this.timeout(60000);
  let root: string, corpus: string, cache: string;
  const unchanged = (err: string) => Number(/(\d+) of \d+ document\(s\) unchanged/.exec(err)?.[1]);
  const run = async (...more: string[]) => { const r = await cli('extract', corpus, '--format', 'jsonl', '--jobs', '1', '--cache', cache, ...more); assert.equal(r.code, 0, r.err); return r; };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'chitieu-cache-'));
    corpus = join(root, 'corpus');
    cache = join(root, 'cache');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'vp.txt'), VP);
    writeFileSync(join(corpus, 'bn.txt'), BN);
    writeFileSync(join(corpus, 'qn.md'), QN);
    copyFileSync(join(__dirname, '../fixtures/sources/004_998789e25377fdeb.docx'), join(corpus, 'ht.docx'));
    // A file gets a stamp once it has been unchanged for a moment (files just written are read again next time).
    await new Promise((r) => setTimeout(r, RACY_MS + 100));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('keeps what a run made of each file, and a second run takes every unchanged file from there: the same output', async () => {
    const first = await run();
    assert.equal(unchanged(first.err), 0, first.err);
    assert.ok(readdirSync(cache).length > 0, 'entries written');
    const second = await run();
    assert.equal(unchanged(second.err), 4, second.err);
    assert.equal(second.out, first.out);
    // On worker threads alike.
    const threads = await cli('extract', corpus, '--format', 'jsonl', '--jobs', '2', '--cache', cache);
    assert.equal(threads.code, 0, threads.err);
    assert.equal(unchanged(threads.err), 4, threads.err);
    assert.equal(threads.out, first.out);
  });

  it('reads again a file that changed, and what the output depends on: the reference date, the format', async () => {
    const before = await run();
    writeFileSync(join(corpus, 'bn.txt'), BN.replace('10.000', '12.000'));
    const after = await run();
    assert.equal(unchanged(after.err), 3, after.err);
    assert.match(after.out, /12000/);
    assert.doesNotMatch(after.out, /"value":10000/);
    const lines = (s: string) => s.trim().split('\n');
    assert.deepEqual(lines(after.out).filter((l) => !l.includes('bn.txt')), lines(before.out).filter((l) => !l.includes('bn.txt')));
    const dated = await run('--reference-date', '2019');
    assert.equal(unchanged(dated.err), 0, 'another reference date: every file read');
    const csv = await cli('extract', corpus, '--format', 'csv', '--jobs', '1', '--cache', cache);
    assert.equal(unchanged(csv.err), 0, 'another format');
    // The tree, written at the end from each document's goals, kept with the entry.
    const tree = await cli('extract', corpus, '--format', 'tree', '--jobs', '1', '--cache', cache);
    const treeAgain = await cli('extract', corpus, '--format', 'tree', '--jobs', '1', '--cache', cache);
    assert.ok(unchanged(treeAgain.err) >= 3, treeAgain.err);
    assert.equal(treeAgain.out, tree.out);
    assert.match(tree.out, /Quảng Ninh/);
  });

  it('an entry whose stamp the file no longer has is read past (a file changed long ago)', async () => {
    await run();
    assert.ok(unchanged((await run()).err) >= 3, 'from the cache (the file the test before rewrote is too recent to be kept)');
    const entries = readdirSync(cache).flatMap((sub) => readdirSync(join(cache, sub)).map((f) => join(cache, sub, f)));
    for (const e of entries) {
      const text = readFileSync(e, 'utf8'), nl = text.indexOf('\n');
      const head = JSON.parse(text.slice(0, nl));
      head.stamp[2] += 1; // its status-change time: a write
      writeFileSync(e, JSON.stringify(head) + text.slice(nl));
    }
    assert.equal(unchanged((await run()).err), 0);
  });

  it('a damaged entry is read past (the file read again), and a cache folder that cannot be written is refused', async () => {
    const good = await run();
    for (const sub of readdirSync(cache)) for (const f of readdirSync(join(cache, sub))) writeFileSync(join(cache, sub, f), '{"build":');
    const again = await run();
    assert.equal(unchanged(again.err), 0);
    assert.equal(again.out, good.out);
    const refused = await cli('extract', corpus, '--cache', join(corpus, 'vp.txt', 'cache'));
    assert.equal(refused.code, 2);
    assert.match(refused.err, /cannot keep a cache in .*vp\.txt/);
  });
});
