/**
 * The CLI on a real corpus (issue 11, items 0 and 4): exports never write over the corpus, outputs
 * are written atomically, unreadable folders, symlinks, loops and UTF-16 files are handled.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walk } from '../../src/cli/main';
import { EXPORT_MANIFEST, planFolderExport } from '../../src/export/exportFolder';
import { cli } from './cliRunner';


const TEXT = 'Năm 2025, tỉnh Vĩnh Phúc phấn đấu tăng trưởng kinh tế đạt 9%.\r\nĐến năm 2030, thu nhập bình quân đạt 8.000 USD.\r\n';

describe('CLI on a real corpus', () => {
  let root: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'chitieu-corpus-'));
    mkdirSync(join(root, '.chitieu'));
    writeFileSync(join(root, 'vp.txt'), '\ufeff' + TEXT);
    writeFileSync(join(root, 'notes.md'), '# Ghi chú\nTỉnh Bắc Ninh phấn đấu đến năm 2030 đạt 10.000 doanh nghiệp.\n');
  });
  afterEach(() => { try { chmodSync(join(root, 'locked'), 0o755); } catch { /* none */ } rmSync(root, { recursive: true, force: true }); });

  describe('exports never overwrite the corpus', () => {
    it('refuses a brat export into the corpus folder and changes nothing', async () => {
      const before = readFileSync(join(root, 'vp.txt'));
      const r = (await cli('export', root, '--format', 'brat', '--out', root));
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /will not write into .*2 documents that chitieu did not write/);
      assert.deepEqual(readFileSync(join(root, 'vp.txt')), before, 'BOM and CRLF kept');
      assert.deepEqual(readdirSync(root).sort(), ['.chitieu', 'notes.md', 'vp.txt']);
    });

    it('writes into a new folder of its own by default, with a manifest; the walk leaves it out', async () => {
      const r = (await cli('export', root, '--format', 'brat'));
      assert.equal(r.code, 0, r.err);
      const [folder] = readdirSync(join(root, 'exports'));
      assert.match(folder, /^brat-\d{4}-\d{2}-\d{2}-\d{4}$/);
      const dir = join(root, 'exports', folder);
      const manifest = JSON.parse(readFileSync(join(dir, EXPORT_MANIFEST), 'utf8'));
      assert.deepEqual(manifest.files, ['annotation.conf', 'notes.md.ann', 'notes.md.txt', 'vp.ann', 'vp.txt']);
      const problems: string[] = [];
      assert.deepEqual(walk(root, problems), [join(root, 'notes.md'), join(root, 'vp.txt')], 'the export is not part of the corpus');
      assert.deepEqual(problems, []);
      // Exporting again (the index does not count the export as documents).
      const again = (await cli('export', root, '--format', 'brat', '--out', dir));
      assert.equal(again.code, 0, again.err);
      assert.match(again.err, /exported 2 document/);
    });

    it('a later export replaces only the files the earlier one wrote', async () => {
      const out = join(root, 'exports', 'mine');
      assert.equal((await cli('export', root, '--format', 'brat', '--out', out)).code, 0);
      writeFileSync(join(out, 'README.csv'), 'mine');
      rmSync(join(root, 'notes.md'));
      const r = (await cli('export', root, '--format', 'brat', '--out', out));
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(readdirSync(out).sort(), [EXPORT_MANIFEST, 'README.csv', 'annotation.conf', 'vp.ann', 'vp.txt']);
      assert.equal(readFileSync(join(out, 'README.csv'), 'utf8'), 'mine');
      writeFileSync(join(out, 'vp.txt'), 'edited by hand');
      writeFileSync(join(out, EXPORT_MANIFEST), JSON.stringify({ chitieu: 'export', version: 1, format: 'brat', written: '', files: ['annotation.conf'] }));
      const refused = (await cli('export', root, '--format', 'brat', '--out', out));
      assert.equal(refused.code, 2);
      assert.equal(readFileSync(join(out, 'vp.txt'), 'utf8'), 'edited by hand');
    });

    it('a failed brat export leaves no half-written folder', async () => {
      const out = join(root, 'exports', 'broken');
      mkdirSync(join(root, 'exports'));
      // The temporary folder's place holds a file where a sub-folder must go: writing fails midway.
      const tmp = join(root, 'exports', `.broken.${process.pid}.tmp`);
      mkdirSync(tmp);
      writeFileSync(join(tmp, 'vp.txt'), 'x');
      mkdirSync(join(tmp, 'vp.ann'));
      const r = (await cli('export', root, '--format', 'brat', '--out', out));
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /nothing was written/);
      assert.ok(!existsSync(out));
      assert.deepEqual(readdirSync(join(root, 'exports')), []);
    });

    it('one-file outputs never go to a .txt/.md name', async () => {
      assert.equal((await cli('export', root, '--format', 'goals-csv', '--out', join(root, 'vp.txt'))).code, 2);
      assert.equal((await cli('extract', root, '--out', join(root, 'notes.md'))).code, 2);
      assert.ok(readFileSync(join(root, 'notes.md'), 'utf8').startsWith('# Ghi chú'));
    });

    it('plans: documents and foreign files refuse, stale files of the earlier export are removed', async () => {
      assert.match(planFolderExport(['a.txt'], undefined, ['b.txt']).refuse ?? '', /1 document/);
      assert.match(planFolderExport(['x.ann'], undefined, ['x.ann']).refuse ?? '', /earlier export did not write/);
      const m = { chitieu: 'export' as const, version: 1 as const, format: 'brat', written: '', files: ['a.txt', 'a.ann', 'b.txt'] };
      assert.deepEqual(planFolderExport(['a.txt', 'a.ann', 'b.txt', 'keep.csv'], m, ['a.txt', 'a.ann']), { remove: ['b.txt'] });
    });
  });

  describe('outputs are atomic', () => {
    it('a failed extract --out keeps the previous file and leaves no temporary file', async () => {
      const out = join(root, 'out.json');
      writeFileSync(out, '{"previous": true}');
      mkdirSync(join(root, `.out.json.${process.pid}.tmp`)); // the write fails (EISDIR)
      const r = (await cli('extract', join(root, 'vp.txt'), '--out', out));
      assert.equal(r.code, 1);
      assert.match(r.err, /nothing was changed/);
      assert.equal(readFileSync(out, 'utf8'), '{"previous": true}');
      assert.ok(!readdirSync(root).some((f) => f.endsWith('.tmp') && f !== `.out.json.${process.pid}.tmp`));
    });
  });

  describe('the walk', () => {
    it('reports an unreadable folder and goes on', async function () {
      const locked = join(root, 'locked');
      mkdirSync(locked);
      writeFileSync(join(locked, 'a.txt'), TEXT);
      chmodSync(locked, 0);
      let unreadable = locked;
      try { readdirSync(locked); unreadable = ''; } catch { /* not root: the folder is unreadable */ }
      if (!unreadable) {
        // As root every folder is readable; a link to a folder even root cannot list stands in.
        try { readdirSync('/proc/1/map_files'); this.skip(); } catch { /* EACCES: usable */ }
        rmSync(locked, { recursive: true });
        symlinkSync('/proc/1/map_files', join(root, 'proc'));
      }
      const r = (await cli('extract', root, '--format', 'jsonl'));
      assert.equal(r.code, 1);
      assert.match(r.err, /cannot read this folder \(EACCES\), skipped/);
      assert.equal(r.out.trim().split('\n').length, 2, 'the other files are processed');
    });

    it('follows symlinks, names loops (ELOOP), reads a file reached twice once', async () => {
      mkdirSync(join(root, 'sub'));
      writeFileSync(join(root, 'sub', 'bn.txt'), TEXT);
      symlinkSync(join(root, 'sub'), join(root, 'linked'));
      symlinkSync(root, join(root, 'sub', 'up'));
      symlinkSync(join(root, 'self'), join(root, 'self'));
      const problems: string[] = [];
      const files = walk(root, problems);
      assert.deepEqual(files, [join(root, 'linked', 'bn.txt'), join(root, 'notes.md'), join(root, 'vp.txt')]);
      assert.ok(problems.some((p) => /self: symbolic link loop \(ELOOP\)/.test(p)), problems.join('\n'));
      assert.ok(problems.some((p) => /up: symbolic link loop \(ELOOP/.test(p)), problems.join('\n'));
    });

    it('decodes UTF-16 files with a BOM, and without one (NULs in every other byte tell the order)', async () => {
      writeFileSync(join(root, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
      writeFileSync(join(root, 'nobom.txt'), Buffer.from(TEXT, 'utf16le'));
      const r = (await cli('extract', join(root, 'le.txt'), join(root, 'nobom.txt'), '--format', 'json'));
      const docs = JSON.parse(r.out).documents;
      assert.equal(docs.length, 2);
      for (const d of docs) assert.ok(d.entities.some((e: { text: string }) => e.text === '9%'));
      assert.equal(r.code, 0);
    });
  });

  describe('options', () => {
    it('--root must be a folder; export --help and -- work like extract\'s', async () => {
      const r = (await cli('export', root, '--format', 'json', '--root', join(root, 'vp.txt')));
      assert.equal(r.code, 2);
      assert.match(r.err, /--root needs an existing folder/);
      for (const cmd of ['export', 'extract']) {
        const h = (await cli(cmd, '--help'));
        assert.equal(h.code, 0);
        assert.match(h.out, new RegExp(`usage: chitieu ${cmd} PATH`)); // each command its own help
      }
      writeFileSync(join(root, '-dash.txt'), TEXT);
      const old = process.cwd();
      process.chdir(root);
      try {
        const e = (await cli('export', '--format', 'json', '--', '-dash.txt'));
        assert.equal(e.code, 0, e.err);
        assert.equal(JSON.parse(e.out).documents[0].path, '-dash.txt');
        assert.equal((await cli('extract', '--format', 'json', '--', '-dash.txt')).code, 0);
      } finally { process.chdir(old); }
    });
  });
});
