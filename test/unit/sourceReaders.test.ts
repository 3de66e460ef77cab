import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource, SourceError, spanAt, type SourceText } from '../../src/sources';
import { readSourceFile } from '../../src/cli/readSourceFile';
import { run, walk } from '../../src/cli/main';
import { extract } from '../../src/engine';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sources');
const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const bytes = (f: string) => new Uint8Array(readFileSync(join(FIXTURES, f)));
const read = (f: string) => readSource(bytes(f), { name: f });

/** What a format keeps of a text: its non-empty lines, spaces collapsed. */
const kept = (t: string) => t.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n');
/** Entities and goals without offsets: the same findings wherever the text sits. */
function findings(text: string) {
  const x = extract(text);
  return {
    entities: x.entities.map((e) => `${e.type}:${e.text}`),
    goals: x.goals.map((g) => JSON.stringify({ p: g.province, i: g.indicator, v: g.value, m: g.max, u: g.unit, d: g.deadline, per: g.period })),
  };
}

const TABLE_ROWS = ['Chỉ tiêu\tNăm 2025\tNăm 2030', 'Tốc độ tăng trưởng GRDP\t8%\t9%', 'Tỷ lệ hộ nghèo\t2,5%\t1%', 'Thu ngân sách\t12.000 tỷ đồng\t20.000 tỷ đồng'];

describe('sources: seeds converted to PDF, .docx and .doc give the .txt\'s entities and goals', () => {
  for (const seed of seeds) {
    const base = seed.replace(/\.txt$/, '');
    const txt = readFileSync(join(SEEDS, seed), 'utf8');
    it(`${base}.pdf (lines rewrapped, running header and page numbers dropped)`, async () => {
      const r = await read(`${base}.pdf`);
      assert.equal(kept(r.text), kept(txt));
      assert.deepEqual(findings(r.text), findings(kept(txt)));
      assert.ok(r.losses.every((l) => l.kind === 'header-footer'), JSON.stringify(r.losses));
      assert.ok(!/BẢN TIN|Trang \d/u.test(r.text));
    });
    it(`${base}.docx`, async () => {
      const r = await read(`${base}.docx`);
      assert.deepEqual(findings(r.text), findings(txt.replace(/\n+$/u, '')));
    });
  }
  it('000 as LibreOffice prints it to PDF (paragraph spacing, no indents, its own fonts)', async () => {
    const base = seeds[0].replace(/\.txt$/, '');
    const r = await read(`libreoffice-${base}.pdf`);
    assert.ok((r.pages ?? 0) > 1);
    assert.equal(kept(r.text), kept(readFileSync(join(SEEDS, seeds[0]), 'utf8')));
    assert.deepEqual(findings(r.text), findings(kept(readFileSync(join(SEEDS, seeds[0]), 'utf8'))));
  });
  it('000.doc (Word 97, written by LibreOffice)', async () => {
    const r = await readSourceFile(join(FIXTURES, `${seeds[0].replace(/\.txt$/, '')}.doc`));
    assert.ok('text' in r);
    assert.deepEqual(findings(kept(r.text)), findings(kept(readFileSync(join(SEEDS, seeds[0]), 'utf8'))));
  });
});

describe('sources: text typed with legacy Vietnamese fonts is converted', () => {
  /** Punctuation the 8-bit code pages lack, as the fixture generator writes it. */
  const ASCII_FOR: Record<string, string> = { '…': '...', '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '\u00a0': ' ', '•': '-' };
  const seed = kept(readFileSync(join(SEEDS, seeds[2]), 'utf8').replace(/[…“”‘’–—\u00a0•]/gu, (c) => ASCII_FOR[c]));
  const cases: Array<[string, string]> = [['vni-font.pdf', 'vni'], ['tcvn3-font.docx', 'tcvn3']];
  for (const [file, name] of cases) {
    it(`${file}: read as ${name}, the .txt's findings`, async () => {
      const r = await read(file);
      assert.equal(r.encoding?.name, name);
      assert.equal(kept(r.text), seed);
      assert.deepEqual(findings(r.text), findings(seed));
      assert.equal(r.spans[r.spans.length - 1].end, r.text.length);
    });
  }
  it('a Unicode document is left alone', async () => assert.equal((await read('table.docx')).encoding, undefined));
});

describe('sources: tables come out one row per line, cells tab-separated', () => {
  const check = (r: { text: string }) => {
    const lines = r.text.split('\n');
    assert.deepEqual(lines.slice(1, 5), TABLE_ROWS);
    assert.equal(lines[0], 'Bảng 1. Một số chỉ tiêu chủ yếu của tỉnh Vĩnh Phúc');
    // The last line's tone marks were drawn as separate glyphs in the PDF: they come out composed.
    assert.equal(lines[5], 'Phấn đấu đến năm 2030, tỉnh Vĩnh Phúc đạt mức thu nhập cao.');
    assert.equal(lines[5], lines[5].normalize('NFC'));
  };
  it('table.pdf', async () => check(await read('table.pdf')));
  it('table.pdf as LibreOffice prints it', async () => check(await read('libreoffice-table.pdf')));
  it('table.docx', async () => check(await read('table.docx')));
  it('table.doc', async () => { const r = await readSourceFile(join(FIXTURES, 'table.doc')); assert.ok('text' in r); check(r); });
  it('the engine reads the goals of the table row by row', async () => {
    const goals = extract((await read('table.pdf')).text).goals;
    assert.ok(goals.some((g) => g.value === 9 && g.unit === '%' && g.deadline === '2030'), JSON.stringify(goals.map((g) => [g.indicator, g.value, g.unit, g.deadline])));
  });
});

describe('sources: what was lost is said', () => {
  it('a page that is only an image: "page 2 is a scanned image: no text"', async () => {
    const r = await read('scanned.pdf');
    assert.deepEqual(r.losses.map((l) => l.message), ['page 2 is a scanned image: no text']);
    assert.equal(r.pages, 3);
    assert.match(r.text, /^Trang đầu có chữ.*\nTrang cuối có chữ/u);
  });
  const refused: Array<[string, string, RegExp]> = [
    ['a truncated PDF', 'x.pdf', /not a readable PDF/],
    ['a .docx that is not a zip', 'x.docx', /not a Word \.docx file/],
    ['a .doc without a reader (browser)', 'x.doc', /read only by the command line/],
  ];
  for (const [name, file, message] of refused) {
    it(name, async () => {
      const b = file.endsWith('.pdf') ? bytes('table.pdf').slice(0, 200) : new TextEncoder().encode('không phải Word');
      await assert.rejects(readSource(b, { name: file }), (e: unknown) => e instanceof SourceError && message.test(e.message));
    });
  }
  it('a password-protected PDF names the fix', async () => {
    await assert.rejects(read('locked.pdf'), (e: unknown) => e instanceof SourceError && /password-protected; open it with its password/.test(e.message));
  });
  it('a damaged .doc names the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-doc-'));
    try {
      writeFileSync(join(dir, 'x.doc'), 'không phải Word');
      const r = await readSourceFile(join(dir, 'x.doc'));
      assert.ok('error' in r && /save it as \.docx/.test(r.error), JSON.stringify(r));
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('sources: offsets map back to the source', () => {
  it('PDF: a goal\'s offset gives its page', async () => {
    const r: SourceText = await read(`${seeds[0].replace(/\.txt$/, '')}.pdf`);
    const last = r.text.lastIndexOf('Đọc thêm');
    assert.ok(last > 0);
    assert.equal(spanAt(r.spans, last)?.page, r.pages);
    assert.equal(spanAt(r.spans, 0)?.page, 1);
  });
  it('docx: the paragraph index', async () => {
    const r = await read('table.docx');
    assert.equal(spanAt(r.spans, r.text.indexOf('Tỷ lệ hộ nghèo'))?.paragraph, 3);
  });
});

describe('sources: the CLI', () => {
  const io = () => { const o = { out: '', err: '' }; return { o, io: { stdout: (s: string) => { o.out += s; }, stderr: (s: string) => { o.err += s; } } }; };
  it('a folder walk includes .pdf, .docx and .doc', () => {
    const files = walk(FIXTURES, []).map((f) => f.slice(FIXTURES.length + 1));
    for (const f of ['table.pdf', 'table.docx', 'table.doc', 'scanned.pdf', 'seed1.vni.txt']) assert.ok(files.includes(f), f);
  });
  it('extract reads a PDF; goals and entities carry the page; a scanned page is reported on stderr', async () => {
    const { o, io: cliIo } = io();
    const code = await run(['extract', join(FIXTURES, 'table.pdf'), join(FIXTURES, 'scanned.pdf'), '--format', 'json'], cliIo);
    assert.equal(code, 0, o.err);
    const docs = JSON.parse(o.out).documents;
    assert.ok(docs[0].goals.length > 0 && docs[0].goals.every((g: { source?: { page: number } }) => g.source?.page === 1));
    assert.match(o.err, /scanned\.pdf: page 2 is a scanned image: no text/);
  });
  it('extract reads a VNI text file and says which encoding it read', async () => {
    const { o, io: cliIo } = io();
    const code = await run(['extract', join(FIXTURES, 'seed1.vni.txt')], cliIo);
    assert.equal(code, 0);
    assert.match(o.err, /read as VNI-Windows \(confidence \d+%\)/);
    assert.deepEqual(JSON.parse(o.out).documents[0].goals.map((g: { indicator: string }) => g.indicator), extract(readFileSync(join(FIXTURES, 'seed1.utf8.txt'), 'utf8')).goals.map((g) => g.indicator));
  });
  it('convert writes UTF-8 text and a sidecar with the offset map and losses', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chitieu-convert-'));
    try {
      const { o, io: cliIo } = io();
      const code = await run(['convert', join(FIXTURES, 'scanned.pdf'), join(FIXTURES, 'seed1.tcvn3.txt'), '--out', out], cliIo);
      assert.equal(code, 0, o.err);
      assert.equal(readFileSync(join(out, 'seed1.tcvn3.txt'), 'utf8'), readFileSync(join(FIXTURES, 'seed1.utf8.txt'), 'utf8').normalize('NFC') + (readFileSync(join(FIXTURES, 'seed1.utf8.txt'), 'utf8').endsWith('\n') ? '' : '\n'));
      const side = JSON.parse(readFileSync(join(out, 'scanned.source.json'), 'utf8'));
      assert.equal(side.format, 'pdf');
      assert.deepEqual(side.losses.map((l: { page: number }) => l.page), [2]);
      assert.ok(side.spans.some((s: { page: number }) => s.page === 3));
      assert.equal(JSON.parse(readFileSync(join(out, 'seed1.tcvn3.source.json'), 'utf8')).encoding.name, 'tcvn3');
    } finally { rmSync(out, { recursive: true, force: true }); }
  });
  it('convert without --out is a usage error; an undecodable file is a problem (exit 1)', async () => {
    const { o, io: cliIo } = io();
    assert.equal(await run(['convert', join(FIXTURES, 'table.pdf')], cliIo), 2);
    assert.match(o.err, /convert needs --out DIR/);
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-convert-'));
    try {
      writeFileSync(join(dir, 'short.txt'), Buffer.from([0x63, 0xb6, 0x20, 0x6e, 0xa9, 0x6d])); // "cả năm" in TCVN3: VISCII reads it too
      const r = io();
      assert.equal(await run(['convert', join(dir, 'short.txt'), '--out', join(dir, 'out')], r.io), 1);
      assert.match(r.o.err, /short\.txt: cannot tell its encoding: .*TCVN3.*VISCII/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
