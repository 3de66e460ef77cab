/** Progress on a terminal, colour and NO_COLOR (pure parts of the CLI). */
import { strict as assert } from 'node:assert';
import { clock, Progress, progressLine } from '../../src/cli/extract/progress';
import { problemLine, useColour } from '../../src/cli/colour';

describe('CLI progress and colour', () => {
  it('progressLine: files done of all, MB/s, time left from the bytes still to read', () => {
    const MB = 1024 * 1024;
    assert.equal(progressLine({ files: 1204, totalFiles: 30000, bytes: 20 * MB, totalBytes: 100 * MB, elapsedMs: 2000 }), '1,204/30,000 files · 10.0 MB/s · 0:08 left');
    assert.equal(progressLine({ files: 3, totalFiles: 3, bytes: MB, totalBytes: MB, elapsedMs: 500 }), '3/3 files · 2.0 MB/s');
    assert.equal(progressLine({ files: 0, totalFiles: 3, bytes: 0, totalBytes: MB, elapsedMs: 0 }), '0/3 files · 0.00 MB/s');
    assert.equal(progressLine({ files: 1, totalFiles: 3, bytes: MB / 8, totalBytes: MB, elapsedMs: 1000 }), '1/3 files · 0.13 MB/s · 0:07 left');
  });

  it('clock', () => {
    assert.deepEqual([0, 75, 3725, -3].map(clock), ['0:00', '1:15', '1:02:05', '0:00']);
  });

  it('redraws at most every 100 ms, always the last file, and clears its line', () => {
    const written: string[] = [];
    let t = 0;
    const p = new Progress((s) => written.push(s), 4, 400, () => t);
    p.advance(100); t = 50; p.advance(100); t = 120; p.advance(100); t = 130; p.advance(100);
    assert.equal(written.length, 3, written.join('|')); // the 2nd came too soon
    assert.match(written[2], /4\/4 files/);
    p.clear();
    assert.equal(written[3], '\r\x1b[K');
    p.clear();
    assert.equal(written.length, 4, 'nothing to clear twice');
  });

  it('colour only on a terminal and never with NO_COLOR set', () => {
    assert.equal(useColour({}, true), true);
    assert.equal(useColour({ NO_COLOR: '1' }, true), false);
    assert.equal(useColour({ NO_COLOR: '' }, true), true); // no-color.org: set to something
    assert.equal(useColour({}, false), false);
    assert.equal(problemLine('x', false), 'chitieu: x\n');
    assert.ok(problemLine('x', true).includes('\x1b[31m'));
  });
});
