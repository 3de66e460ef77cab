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
import { VISCII } from '../../src/sources/encodings/singleByte';
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

  describe('--encoding NAME: a file whose encoding cannot be told', () => {
    // “Hà Nội 2030: 50%” in VISCII reads as Vietnamese in TCVN3 too (“HỔ Nài”): detection cannot choose.
    const TEXT = 'Hà Nội 2030: 50%';
    let dir: string, file: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'chitieu-encoding-'));
      file = join(dir, 'ha-noi.txt');
      writeFileSync(file, VISCII.encode(TEXT) as Uint8Array);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const provinces = (out: string) => (JSON.parse(out) as { documents: Array<{ entities: Array<{ type: string; text: string }> }> })
      .documents[0].entities.filter((e) => e.type === 'province').map((e) => e.text);

    it('without it, the file is refused, the message naming --encoding and the candidates', async () => {
      const r = await cli(['extract', file]);
      assert.equal(r.code, 1);
      assert.match(r.err, /ha-noi\.txt: cannot tell its encoding: .*; name the right one with --encoding \((tcvn3 or viscii|viscii or tcvn3)\), or convert it to UTF-8 yourself/);
    });

    it('extract --encoding viscii reads it (Hà Nội found); --encoding tcvn3 reads it otherwise, and says it was told', async () => {
      const viscii = await cli(['extract', file, '--encoding', 'viscii']);
      assert.equal(viscii.code, 0, viscii.err);
      assert.deepEqual(provinces(viscii.out), ['Hà Nội']);
      assert.match(viscii.err, /ha-noi\.txt: read as VISCII \(as --encoding says\)/);
      const tcvn3 = await cli(['extract', file, '-e', 'TCVN3']);
      assert.equal(tcvn3.code, 0, tcvn3.err);
      assert.deepEqual(provinces(tcvn3.out), []);
      // Aliases, any case: cp1258, ABC (TCVN3), VNI-Windows, utf8.
      assert.equal((await cli(['extract', file, '--encoding=ABC'])).out, tcvn3.out);
      // On two threads as on one (the name travels with each task).
      const two = await cli(['extract', file, join(corpus, 'seed1.utf8.txt'), '--encoding', 'viscii', '--jobs', '2', '--format', 'jsonl']);
      assert.equal(two.code, 0, two.err);
      assert.ok(two.out.split('\n')[0].includes('"Hà Nội"'));
    });

    it('the standard input too; a wrong choice is said to read poorly; PDF and Word files are not affected', async () => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'seed1.tcvn3.txt')));
      const right = await cli(['extract', '-', '--encoding', 'tcvn3', '--format', 'jsonl'], { readStdin: async () => bytes });
      assert.equal(right.code, 0, right.err);
      assert.match(right.err, /<stdin>: read as TCVN3 \(TCVN 5712, ABC\) \(as --encoding says\)/);
      const wrong = await cli(['extract', '-', '--encoding', 'vni', '--format', 'jsonl'], { readStdin: async () => bytes });
      assert.equal(wrong.code, 0, wrong.err);
      assert.match(wrong.err, /<stdin>: read as VNI-Windows \(as --encoding says\), but it reads poorly as Vietnamese that way \(\d+% well-formed words\); check the encoding/);
      const pdf = await cli(['extract', join(corpus, 'table.pdf'), '--format', 'jsonl']);
      const pdfTold = await cli(['extract', join(corpus, 'table.pdf'), '--format', 'jsonl', '--encoding', 'vni']);
      assert.equal(pdfTold.out, pdf.out);
    });

    it('UTF-8 named: a UTF-8 file is read as it is; bytes that are not UTF-8 are said', async () => {
      const r = await cli(['extract', join(corpus, 'seed1.utf8.txt'), '--encoding', 'utf-8', '--format', 'jsonl']);
      assert.equal(r.out, (await cli(['extract', join(corpus, 'seed1.utf8.txt'), '--format', 'jsonl'])).out);
      assert.equal(r.err, '');
      const bad = await cli(['extract', file, '--encoding', 'utf8']);
      assert.equal(bad.code, 0);
      assert.match(bad.err, /read as UTF-8 \(as --encoding says\), but 2 character\(s\) are not UTF-8/);
    });

    it('an unknown name is a usage error, in extract, export and convert (help says the option)', async () => {
      for (const command of [['extract', file], ['export', file, '--format', 'json', '--root', dir], ['convert', file, '--out', join(dir, 'out')]]) {
        const r = await cli([...command, '--encoding', 'koi8-r']);
        assert.equal(r.code, 2, command[0]);
        assert.match(r.err, /unknown encoding 'koi8-r': --encoding takes one of utf-8, utf-16le, utf-16be, windows-1258, tcvn3, viscii, vni/);
        const missing = await cli([...command, '--encoding']);
        assert.equal(missing.code, 2);
        assert.match(missing.err, /--encoding needs a name/);
        assert.match((await cli([command[0], '--help'])).out, /-e, --encoding NAME/);
      }
      assert.ok(!existsSync(join(dir, 'out')), 'nothing converted');
    });

    it('export and convert read it in the encoding named; the sidecar says it was given', async () => {
      const refused = await cli(['export', file, '--format', 'json', '--root', dir]);
      assert.equal(refused.code, 1);
      const e = await cli(['export', file, '--format', 'json', '--root', dir, '--encoding', 'viscii']);
      assert.equal(e.code, 0, e.err);
      const doc = (JSON.parse(e.out) as { documents: Array<{ path: string; entities: Array<{ label: string; text: string }> }> }).documents[0];
      assert.deepEqual([doc.path, doc.entities.filter((x) => x.label === 'province').map((x) => x.text)], ['ha-noi.txt', ['Hà Nội']]);
      const out = join(dir, 'converted');
      const c = await cli(['convert', file, '--out', out, '--encoding', 'viscii']);
      assert.equal(c.code, 0, c.err);
      assert.equal(readFileSync(join(out, 'ha-noi.txt'), 'utf8'), TEXT + '\n');
      assert.deepEqual(JSON.parse(readFileSync(join(out, 'ha-noi.source.json'), 'utf8')).encoding, { name: 'viscii', confidence: 0.8, given: true });
      // UTF-16 named for a big-endian file without a BOM (here detection would find it too).
      const be = join(dir, 'be.txt');
      const units = Buffer.from('Đà Nẵng 2030: 60%\n', 'utf16le').swap16();
      writeFileSync(be, units);
      const c16 = await cli(['convert', be, '--out', out, '--encoding', 'utf-16be']);
      assert.equal(c16.code, 0, c16.err);
      assert.equal(readFileSync(join(out, 'be.txt'), 'utf8'), 'Đà Nẵng 2030: 60%\n');
    });
  });
});
