import { strict as assert } from 'assert';
import { mkdtempSync, writeFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { diskFileBytes, readFileLimitedSync } from '../../src/extension/platform/nodeFileBytes';

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
});
