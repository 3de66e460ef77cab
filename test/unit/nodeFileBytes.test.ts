import { strict as assert } from 'assert';
import { mkdtempSync, writeFileSync, rmSync, statSync, utimesSync, renameSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { diskFileBytes, readFileLimitedSync } from '../../src/extension/platform/nodeFileBytes';
import { RACY_MS } from '../../src/shared/fileStamp';
import type { FileStamp } from '../../src/extension/platform/fileStamp';

describe('reading a workspace file from the disk (the Node build\'s index)', () => {
  let dir: string;
  const fallbackCalls: string[] = [];
  const read = diskFileBytes<{ scheme: string; fsPath: string }>(async (uri) => { fallbackCalls.push(uri.scheme); return { bytes: new Uint8Array([1, 2, 3]) }; });
  before(() => { dir = mkdtempSync(join(tmpdir(), 'chitieu-bytes-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file: URI\'s bytes as they are on disk', async () => {
    const text = 'Đến năm 2030, GRDP đạt 5 tỷ USD.\r\n'.repeat(500);
    const file = join(dir, 'a.txt');
    writeFileSync(file, text);
    const got = await read({ scheme: 'file', fsPath: file }, 1 << 20);
    assert.ok('bytes' in got);
    assert.equal(new TextDecoder().decode(got.bytes), text);
  });

  it('reads an empty file', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    const got = await read({ scheme: 'file', fsPath: file }, 10);
    assert.ok('bytes' in got);
    assert.equal(got.bytes.length, 0);
  });

  it('does not read a file larger than the limit, and says its size', async () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(1001));
    assert.deepEqual(await read({ scheme: 'file', fsPath: file }, 1000), { tooLarge: 1001 });
    const atLimit = await read({ scheme: 'file', fsPath: file }, 1001);
    assert.ok('bytes' in atLimit && atLimit.bytes.length === 1001);
  });

  it('rejects when the file is missing (the index logs it and goes on)', async () => {
    await assert.rejects(read({ scheme: 'file', fsPath: join(dir, 'missing.txt') }, 1000), /ENOENT/);
  });

  it('reads other schemes through the fallback (workspace.fs)', async () => {
    const got = await read({ scheme: 'vscode-vfs', fsPath: '/x.txt' }, 1000);
    assert.deepEqual(fallbackCalls, ['vscode-vfs']);
    assert.ok('bytes' in got && got.bytes.length === 3);
  });

  it('reads the same synchronously (the engine worker\'s reads): bytes, the limit, a missing file', () => {
    const file = join(dir, 'sync.txt');
    writeFileSync(file, 'Tỷ lệ hộ nghèo giảm còn 1,5%.');
    const got = readFileLimitedSync(file, 1000);
    assert.ok('bytes' in got && new TextDecoder().decode(got.bytes) === 'Tỷ lệ hộ nghèo giảm còn 1,5%.');
    assert.deepEqual(readFileLimitedSync(file, 10), { tooLarge: Buffer.byteLength('Tỷ lệ hộ nghèo giảm còn 1,5%.') });
    assert.throws(() => readFileLimitedSync(join(dir, 'missing.txt'), 1000), /ENOENT/);
  });

  describe('a file\'s stamp: whether it changed since the index\'s cache recorded it', () => {
    // Stamped however recent the file (the index's reads stamp files unchanged for a while: RACY_MS).
    const read = (file: string, stamp?: FileStamp) => readFileLimitedSync(file, 1 << 20, stamp, Infinity);
    const stampOf = (file: string) => { const got = read(file); assert.ok('stamp' in got && got.stamp); return got.stamp; };
    /** Longer than the file system's clock tick, so two writes get two times. */
    const tick = () => new Promise((r) => setTimeout(r, 30));

    it('a file that still has its stamp is not read; any write changes it', async () => {
      const file = join(dir, 'stamped.txt');
      writeFileSync(file, 'Đến năm 2030, GRDP đạt 5 tỷ USD.');
      utimesSync(file, 1_700_000_000, 1_700_000_000);
      const stamp = stampOf(file);
      assert.equal(stamp[0], Buffer.byteLength('Đến năm 2030, GRDP đạt 5 tỷ USD.'));
      assert.deepEqual(read(file, stamp), { unchanged: true });
      // Rewritten with text of the same size, its modification time then set back (as `cp -p`, `rsync -t` or an unzip do):
      // the status-change time still tells.
      await tick();
      writeFileSync(file, 'Đến năm 2030, GRDP đạt 9 tỷ USD.');
      utimesSync(file, 1_700_000_000, 1_700_000_000);
      const again = read(file, stamp);
      assert.ok('bytes' in again, 'read again');
      assert.equal(new TextDecoder().decode(again.bytes), 'Đến năm 2030, GRDP đạt 9 tỷ USD.');
      assert.equal(again.stamp![1], stamp[1], 'the same modification time');
      assert.notDeepEqual(again.stamp, stamp);
    });

    it('a file changed in the last moments gets no stamp, so it is read again next time', () => {
      const file = join(dir, 'recent.txt');
      writeFileSync(file, 'Tỷ lệ hộ nghèo giảm còn 1,5%.');
      const got = readFileLimitedSync(file, 1 << 20);
      assert.ok('bytes' in got && got.stamp === undefined);
      const old = readFileLimitedSync(file, 1 << 20, undefined, Date.now() + RACY_MS);
      assert.ok('stamp' in old && old.stamp);
      assert.ok('bytes' in readFileLimitedSync(file, 1 << 20, old.stamp), 'too recent to be told unchanged');
    });

    it('another file moved in its place is read (its inode differs)', async () => {
      const file = join(dir, 'moved.txt'), other = join(dir, 'other.txt');
      writeFileSync(file, 'Tỷ lệ hộ nghèo giảm còn 1,5%.');
      const stamp = stampOf(file);
      await tick();
      writeFileSync(other, 'Tỷ lệ hộ nghèo giảm còn 1,2%.');
      const { atime, mtime } = statSync(file);
      utimesSync(other, atime, mtime);
      renameSync(other, file);
      const got = read(file, stamp);
      assert.ok('bytes' in got && new TextDecoder().decode(got.bytes) === 'Tỷ lệ hộ nghèo giảm còn 1,2%.');
    });
  });
});
