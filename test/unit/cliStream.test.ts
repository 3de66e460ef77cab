/**
 * `chitieu extract` streams (issue 9): documents written one by one as they are done, in the same
 * order and bytes whatever --jobs is, stdin, include/exclude, help and version, exit codes.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { run, type CliIo } from '../../src/cli/main';
import { extract } from '../../src/engine';
import { toJson } from '../../src/export/formats';
import { version } from '../../package.json';

interface Result { code: number; out: string; err: string; chunks: string[] }

/** Runs the CLI in this process; `onChunk` sees each write to stdout as it happens. */
async function cli(argv: string[], extra: Partial<CliIo> & { onChunk?: (s: string, n: number) => void } = {}): Promise<Result> {
  const chunks: string[] = [];
  let err = '';
  const code = await run(argv, {
    ...extra,
    stdout: (s) => { chunks.push(s); extra.onChunk?.(s, chunks.length); },
    stderr: (s) => { err += s; },
  });
  return { code, out: chunks.join(''), err, chunks };
}

const FIXTURES = join(__dirname, '..', 'fixtures');
/** How the output names a file: relative to the working folder when under it. */
const shown = (f: string) => { const r = relative(process.cwd(), f); return r.startsWith('..') ? f : r; };

describe('chitieu extract streams', () => {
  let root: string;
  let corpus: string;
  let files: string[];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'chitieu-stream-'));
    corpus = join(root, 'corpus');
    // The seeds and the second development set, in two folders (the walk's order crosses them).
    for (const set of ['seeds', 'more']) {
      mkdirSync(join(corpus, set), { recursive: true });
      for (const f of readdirSync(join(FIXTURES, set)).filter((n) => n.endsWith('.txt'))) copyFileSync(join(FIXTURES, set, f), join(corpus, set, f));
    }
    files = ['more', 'seeds'].flatMap((set) => readdirSync(join(corpus, set)).sort().map((f) => join(corpus, set, f)));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const format of ['jsonl', 'json', 'csv', 'tree']) {
    it(`--format ${format}: --jobs 2 writes the same bytes as --jobs 1`, async () => {
      const one = await cli(['extract', corpus, '--format', format, '--jobs', '1']);
      const two = await cli(['extract', corpus, '--format', format, '--jobs', '2']);
      assert.equal(one.code, 0, one.err);
      assert.equal(two.code, 0, two.err);
      assert.ok(one.out.length > 1000);
      assert.ok(one.out === two.out, `${format}: the outputs differ`);
    });
  }

  it('jsonl: one line per document, in the order of the files, each written by itself', async () => {
    const r = await cli(['extract', corpus, '--format', 'jsonl', '--jobs', '2']);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(lines.map((l) => JSON.parse(l).path), files.map(shown));
    assert.deepEqual(r.chunks, lines.map((l) => l + '\n'), 'one write per document');
  });

  it('json: parses, and is byte for byte what the buffered toJson wrote before', async () => {
    const r = await cli(['extract', corpus, '--jobs', '2']);
    assert.equal(r.code, 0, r.err);
    const docs = files.map((f) => ({ path: shown(f), ...extract(readFileSync(f, 'utf8')) }));
    assert.ok(r.out === toJson(docs), 'the streamed JSON differs from toJson');
    assert.equal(JSON.parse(r.out).documents.length, files.length);
    assert.ok(r.chunks.length >= files.length + 2, 'written piece by piece');
    const empty = await cli(['extract', join(root, 'nothing-here')]);
    assert.equal(empty.out, toJson([]));
  });

  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: the first document is written before the last is read (memory does not grow with the corpus)`, async () => {
      const many = join(root, `many-${jobs}`);
      mkdirSync(many);
      const text = readFileSync(files[0], 'utf8');
      const names = Array.from({ length: 24 }, (_, i) => `doc-${String(i).padStart(2, '0')}.txt`);
      for (const n of names) writeFileSync(join(many, n), text);
      const last = join(many, names[names.length - 1]);
      // When the first document reaches stdout, the last file is removed: a CLI that read the whole
      // corpus before writing would already have it; a streaming one finds it gone.
      const r = await cli(['extract', many, '--format', 'jsonl', '--jobs', jobs], { onChunk: (_s, n) => { if (n === 1) rmSync(last); } });
      assert.equal(r.code, 1);
      assert.match(r.err, new RegExp(`${names[names.length - 1]}: .*ENOENT`)); // gone before it was walked or read
      assert.equal(r.chunks.length, names.length - 1, 'one write per document, the others all written');
      assert.match(r.err, /23 file\(s\) processed, 1 problem\(s\)/);
    });
  }

  it('waits for a slow reader: no more writes while stdout has not drained', async () => {
    let waiting = false;
    let writesWhileWaiting = 0;
    let drains = 0;
    const r = await cli(['extract', corpus, '--format', 'jsonl', '--jobs', '2'], {
      onChunk: () => { if (waiting) writesWhileWaiting++; },
    });
    // A stdout that is always full: each write waits for drained().
    const chunks: string[] = [];
    const code = await run(['extract', corpus, '--format', 'jsonl', '--jobs', '2'], {
      stdout: (s) => { if (waiting) writesWhileWaiting++; chunks.push(s); waiting = true; return false; },
      drained: () => new Promise((resolve) => setImmediate(() => { drains++; waiting = false; resolve(); })),
      stderr: () => undefined,
    });
    assert.equal(code, 0);
    assert.equal(writesWhileWaiting, 0);
    assert.equal(drains, chunks.length);
    assert.equal(chunks.join(''), r.out);
  });

  it("'-' reads the standard input, named <stdin>, in its place among the paths", async () => {
    const text = readFileSync(files[1]);
    const r = await cli(['extract', files[0], '-', '--format', 'jsonl', '--jobs', '2'], { readStdin: async () => text });
    assert.equal(r.code, 0, r.err);
    const [a, b] = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(a.path, shown(files[0]));
    assert.equal(b.path, '<stdin>');
    const fromFile = JSON.parse((await cli(['extract', files[1], '--format', 'jsonl'])).out);
    assert.deepEqual({ ...b, path: '' }, { ...fromFile, path: '' });
    const none = await cli(['extract', '-', '--format', 'jsonl'], { readStdin: async () => new Uint8Array() });
    assert.equal(none.code, 0, none.err);
    assert.equal(JSON.parse(none.out).path, '<stdin>');
  });

  it('a file that fails is named on stderr, exit 1, and the others are still written (--jobs 2)', async () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    copyFileSync(files[0], join(bad, 'a.txt'));
    writeFileSync(join(bad, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    copyFileSync(files[1], join(bad, 'c.txt'));
    const r = await cli(['extract', bad, '--format', 'jsonl', '--jobs', '2']);
    assert.equal(r.code, 1);
    assert.match(r.err, /b\.txt: binary file/);
    assert.deepEqual(r.out.trimEnd().split('\n').map((l) => JSON.parse(l).path.replace(/.*\//, '')), ['a.txt', 'c.txt']);
  });

  describe('--include / --exclude (the settings’ glob meaning, relative to the folder given)', () => {
    let tree: string;
    const paths = async (...args: string[]) => {
      const r = await cli(['extract', tree, '--format', 'jsonl', '--jobs', '1', ...args]);
      assert.equal(r.code, 0, r.err);
      return r.out.trimEnd().split('\n').filter(Boolean).map((l) => relative(tree, JSON.parse(l).path).split('\\').join('/'));
    };
    before(() => {
      tree = join(root, 'tree');
      for (const d of ['a/drafts', 'b']) mkdirSync(join(tree, d), { recursive: true });
      const t = 'Đến năm 2030, tỉnh Nghệ An đạt 45%.\n';
      for (const f of ['top.txt', 'a/x.txt', 'a/drafts/y.txt', 'b/z.text', 'b/w.md']) writeFileSync(join(tree, f), t);
    });

    it('default: .txt and .md files', async () => {
      assert.deepEqual(await paths(), ['a/drafts/y.txt', 'a/x.txt', 'b/w.md', 'top.txt']);
    });
    it('--include takes other files instead', async () => {
      assert.deepEqual(await paths('--include', '**/*.text'), ['b/z.text']);
      assert.deepEqual(await paths('--include', '**/*.text', '--include', '*.txt'), ['b/z.text', 'top.txt']);
    });
    it('--exclude leaves folders and files out', async () => {
      assert.deepEqual(await paths('--exclude', '**/drafts/**'), ['a/x.txt', 'b/w.md', 'top.txt']);
      assert.deepEqual(await paths('--exclude', '**/drafts', '--exclude', '**/*.md'), ['a/x.txt', 'top.txt']);
    });
    it('a file named on the command line is always read', async () => {
      const r = await cli(['extract', join(tree, 'b', 'z.text'), '--exclude', '**', '--format', 'jsonl']);
      assert.equal(r.out.trimEnd().split('\n').length, 1);
    });
  });

  describe('help, version, usage errors', () => {
    it('--help for each command, on stdout, exit 0', async () => {
      for (const cmd of ['extract', 'export']) {
        const r = await cli([cmd, '--help']);
        assert.equal(r.code, 0);
        assert.match(r.out, new RegExp(`^usage: chitieu ${cmd} PATH`));
      }
      const e = await cli(['extract', '-h']);
      assert.match(e.out, /--jobs N/);
      assert.match(e.out, /--include GLOB/);
      assert.match((await cli(['--help'])).out, /chitieu COMMAND --help/);
    });

    it('--version prints the package version', async () => {
      for (const flag of ['--version', '-V']) {
        const r = await cli([flag]);
        assert.equal(r.code, 0);
        assert.equal(r.out, `chitieu ${version}\n`);
      }
    });

    const wrong: Array<[string[], RegExp]> = [
      [['--jobs', '0'], /--jobs takes a whole number/],
      [['--jobs', 'two'], /--jobs takes a whole number/],
      [['-j'], /--jobs takes a whole number/],
      [['--include'], /--include needs a glob/],
      [['--exclude', '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'], /more than 256 alternatives/],
      [['--help=yes'], /--help takes no value/],
      [['--out', '--format', 'json'], /--out needs a file name/],
      [['-', '-'], /can be given once/],
      [['--frmat', 'json'], /unknown option '--frmat'/],
    ];
    for (const [args, message] of wrong) {
      it(`exit 2: ${args.join(' ')}`, async () => {
        const r = await cli(['extract', corpus, ...args]);
        assert.equal(r.code, 2);
        assert.match(r.err, message);
        assert.equal(r.out, '');
      });
    }
  });
});
