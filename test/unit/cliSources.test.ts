/**
 * The streaming CLI reads PDF, Word and legacy-encoded files: in the worker threads as on the main
 * one (the same bytes whatever --jobs is), findings carrying their place in the source, what the
 * reading lost said on stderr without failing the run; export and convert read them too.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/engine';
import { runCli } from './cliRunner';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sources');

const cli = runCli;

interface Located { source?: { page?: number; paragraph?: number } }
interface Doc { path: string; entities: Located[]; goals: Located[] }

describe('CLI: PDF, Word and legacy encodings', () => {
  let corpus: string;
  before(() => {
    corpus = mkdtempSync(join(tmpdir(), 'chitieu-sources-'));
    for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(corpus, f));
  });
  after(() => rmSync(corpus, { recursive: true, force: true }));

  it('extract --jobs 2 writes the same bytes and says the same as --jobs 1; only the locked PDF is a problem', async () => {
    const one = await cli(['extract', corpus, '--format', 'jsonl', '--jobs', '1']);
    const two = await cli(['extract', corpus, '--format', 'jsonl', '--jobs', '2']);
    assert.ok(one.out === two.out, 'the outputs differ');
    assert.equal(one.err, two.err);
    assert.equal(two.code, 1);
    const docs = two.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Doc);
    const names = docs.map((d) => d.path.slice(d.path.lastIndexOf('/') + 1));
    assert.deepEqual(names, readdirSync(FIXTURES).filter((f) => f !== 'locked.pdf').sort());
    assert.match(two.err, /locked\.pdf: the PDF is password-protected/);
    assert.match(two.err, /scanned\.pdf: page 2 is a scanned image: no text/);
    assert.match(two.err, /seed1\.viscii\.txt: read as VISCII \(confidence \d+%\); `chitieu convert` writes it as UTF-8/);
    assert.match(two.err, /vni-font\.pdf: its text is typed in VNI-Windows fonts; converted to Unicode/);
    assert.match(two.err, /: 25 file\(s\) processed, 1 problem\(s\)/);
    // Findings carry their place: a page for PDF, a paragraph for Word, nothing for text.
    const byName = (n: string) => docs[names.indexOf(n)];
    const pdf = byName('001_b5ae410136b70646.pdf');
    assert.ok(pdf.goals.length > 0 && pdf.goals.every((g) => (g.source?.page ?? 0) >= 1), JSON.stringify(pdf.goals.map((g) => g.source)));
    assert.ok(byName('table.docx').entities.every((e) => typeof e.source?.paragraph === 'number'));
    assert.ok(byName('table.doc').entities.every((e) => typeof e.source?.paragraph === 'number'));
    assert.ok(byName('seed1.utf8.txt').goals.every((g) => g.source === undefined));
    // Each legacy encoding reads back with the UTF-8 text's goals.
    const utf8Goals = JSON.stringify(extract(readFileSync(join(FIXTURES, 'seed1.utf8.txt'), 'utf8')).goals.map((g) => [g.indicator, g.value, g.deadline]));
    for (const enc of ['tcvn3', 'viscii', 'vni', 'windows-1258', 'utf16le-bom']) {
      assert.equal(JSON.stringify(byName(`seed1.${enc}.txt`).goals.map((g) => { const x = g as unknown as { indicator: string; value: number; deadline: string }; return [x.indicator, x.value, x.deadline]; })), utf8Goals, enc);
    }
  });

  it('a warning alone is not a problem: exit 0', async () => {
    const r = await cli(['extract', join(corpus, 'scanned.pdf'), join(corpus, 'seed1.vni.txt'), '--format', 'csv', '--jobs', '2']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /page 2 is a scanned image/);
    assert.doesNotMatch(r.err, /problem/);
  });

  it('--include chooses among them; a PDF named is read whatever --exclude says', async () => {
    const r = await cli(['extract', corpus, join(corpus, 'table.pdf'), '--include', '*.docx', '--exclude', 'tcvn3*', '--format', 'jsonl']);
    assert.equal(r.code, 0, r.err);
    const names = r.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as Doc).path.split('/').pop());
    assert.deepEqual(names, [...readdirSync(FIXTURES).filter((f) => f.endsWith('.docx') && !f.startsWith('tcvn3')).sort(), 'table.pdf']);
  });

  it('a UTF-8 file is read as it is: spans point into its own text, NFD included', async () => {
    const nfd = readFileSync(join(FIXTURES, 'seed1.utf8.txt'), 'utf8').normalize('NFD');
    const file = join(corpus, 'nfd.txt');
    writeFileSync(file, nfd);
    const r = await cli(['extract', file, '--format', 'jsonl']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const doc = JSON.parse(r.out) as { entities: Array<{ span: [number, number]; text: string }> };
    assert.ok(doc.entities.length > 0);
    for (const e of doc.entities) assert.equal(nfd.slice(e.span[0], e.span[1]).normalize('NFC'), e.text.normalize('NFC'));
    assert.notEqual(nfd, nfd.normalize('NFC'));
    rmSync(file);
  });

  it('the standard input is read in a legacy encoding too', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'seed1.tcvn3.txt')));
    const r = await cli(['extract', '-', '--format', 'jsonl'], { readStdin: async () => bytes });
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /<stdin>: read as TCVN3/);
    assert.ok((JSON.parse(r.out) as Doc).goals.length > 0);
  });

  it('export reads a PDF and a .docx (spans are offsets into the text read)', async () => {
    const r = await cli(['export', join(corpus, 'table.pdf'), join(corpus, 'table.docx'), '--format', 'json', '--root', corpus]);
    assert.equal(r.code, 0, r.err);
    const docs = JSON.parse(r.out).documents as Array<{ path: string; entities: Array<{ text: string }>; goals: unknown[] }>;
    assert.deepEqual(docs.map((d) => d.path), ['table.pdf', 'table.docx']);
    assert.deepEqual(docs[0].entities.map((e) => e.text), docs[1].entities.map((e) => e.text));
    assert.ok(docs.every((d) => d.goals.length > 0 && d.entities.some((e) => e.text === '12.000 tỷ đồng')));
  });

  it('export keeps where each item is in a PDF (page) and a .docx (paragraph): a source column in the CSVs, a source field in the JSON', async () => {
    const json = await cli(['export', join(corpus, 'table.pdf'), join(corpus, 'table.docx'), join(corpus, 'seed1.utf8.txt'), '--format', 'json', '--root', corpus]);
    assert.equal(json.code, 0, json.err);
    type Placed = { source?: { page?: number; paragraph?: number } };
    const docs = JSON.parse(json.out).documents as Array<{ path: string; entities: Placed[]; goals: Placed[] }>;
    const [pdf, docx, txt] = docs;
    assert.ok(pdf.entities.length > 0 && [...pdf.entities, ...pdf.goals].every((e) => e.source?.page === 1), JSON.stringify(pdf.entities.map((e) => e.source)));
    assert.ok([...docx.entities, ...docx.goals].every((e) => typeof e.source?.paragraph === 'number' && e.source.page === undefined));
    assert.ok([...txt.entities, ...txt.goals].every((e) => e.source === undefined), 'a text file’s offsets are its own: no source');
    for (const format of ['goals-csv', 'entities-csv']) {
      const csv = await cli(['export', join(corpus, 'table.pdf'), join(corpus, 'table.docx'), '--format', format, '--root', corpus]);
      assert.equal(csv.code, 0, csv.err);
      const [header, ...rows] = csv.out.replace(/^\ufeff/, '').trimEnd().split('\r\n');
      const columns = header.split(',');
      const at = columns.indexOf('source');
      assert.ok(at >= 0, header);
      // The cells before `source` hold no quoted commas in this corpus' rows; count from the right to be safe.
      const sourceOf = (row: string) => row.split(',').at(at - columns.length);
      assert.ok(rows.some((r) => r.startsWith('table.pdf,') && sourceOf(r) === 'page 1'), rows.join('\n'));
      assert.ok(rows.some((r) => r.startsWith('table.docx,') && /^paragraph \d+$/.test(sourceOf(r) ?? '')), rows.join('\n'));
    }
  });

  it('convert --help; chitieu --help names convert; unknown options are usage errors', async () => {
    const help = await cli(['convert', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^usage: chitieu convert FILE\.\.\. --out DIR/);
    assert.match((await cli(['--help'])).out, /chitieu convert FILE\.\.\. --out DIR/);
    const bad = await cli(['convert', join(corpus, 'table.pdf'), '--outt', 'x']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown option '--outt'/);
  });

  it('convert: --out=DIR, a UTF-8 file is not said to be typed in fonts, a legacy one names its encoding', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chitieu-convert-'));
    try {
      const r = await cli(['convert', join(corpus, 'seed1.utf8.txt'), join(corpus, 'seed1.windows-1258.txt'), join(corpus, 'table.doc'), `--out=${out}`]);
      assert.equal(r.code, 0, r.err);
      assert.doesNotMatch(r.err, /utf8\.txt/);
      assert.match(r.err, /seed1\.windows-1258\.txt: read as Windows-1258 \(confidence \d+%\)\n/);
      assert.match(r.err, /converted 3 of 3 file\(s\)/);
      assert.equal(readFileSync(join(out, 'seed1.windows-1258.txt'), 'utf8').trimEnd(), readFileSync(join(corpus, 'seed1.utf8.txt'), 'utf8').normalize('NFC').trimEnd());
      assert.equal(JSON.parse(readFileSync(join(out, 'table.source.json'), 'utf8')).format, 'doc');
    } finally { rmSync(out, { recursive: true, force: true }); }
  });

  it('convert FOLDER keeps its subfolders under --out; two files writing one name are reported', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chitieu-convert-tree-'));
    const tree = join(root, 'in'), out = join(root, 'out');
    try {
      mkdirSync(join(tree, 'a', 'b'), { recursive: true });
      mkdirSync(join(tree, 'c'));
      copyFileSync(join(FIXTURES, 'table.doc'), join(tree, 'a', 'b', 'plan.doc'));
      copyFileSync(join(FIXTURES, 'seed1.tcvn3.txt'), join(tree, 'c', 'plan.txt'));
      copyFileSync(join(FIXTURES, 'table.pdf'), join(tree, 'plan.pdf'));
      const r = await cli(['convert', tree, join(FIXTURES, 'table.docx'), '--out', out]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /converted 4 of 4 file\(s\)/);
      for (const f of ['a/b/plan.txt', 'a/b/plan.source.json', 'c/plan.txt', 'c/plan.source.json', 'plan.txt', 'plan.source.json', 'table.txt']) assert.ok(existsSync(join(out, f)), f);
      const side = JSON.parse(readFileSync(join(out, 'a', 'b', 'plan.source.json'), 'utf8')) as { format: string; source: string };
      assert.equal(side.format, 'doc');
      assert.equal(side.source, join(tree, 'a', 'b', 'plan.doc'));
      assert.equal(JSON.parse(readFileSync(join(out, 'c', 'plan.source.json'), 'utf8')).encoding.name, 'tcvn3');
      // Loose files still meet in --out itself: the second of two same names is reported, not written over.
      const clash = await cli(['convert', join(tree, 'plan.pdf'), join(tree, 'c', 'plan.txt'), '--out', join(root, 'flat')]);
      assert.equal(clash.code, 1);
      assert.match(clash.err, /plan\.txt: .*plan\.txt was already written from .*plan\.pdf/);
      assert.match(clash.err, /converted 1 of 2 file\(s\)/);
    } finally { rmSync(root, { recursive: true, force: true }); }
  });
});
