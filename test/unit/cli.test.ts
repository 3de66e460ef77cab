import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readText, walk } from '../../src/cli/main';
import type { Extraction, Goal } from '../../src/engine';
import { cli, type CliResult } from './cliRunner';

// ------------------------------------------------------------------ helpers

/** A small RFC 4180 parser: `,` separated, `"` quoted with `""` escapes, CRLF (or LF) records. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"') {
      assert.equal(field, '', `a quote inside an unquoted field at ${i}`);
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  assert.ok(!quoted, 'unterminated quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** What a spreadsheet-safe cell should contain for a value (before CSV quoting). */
function safeCell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /^[=+\-@\t\r\0]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? "'" + s : s;
}

const CSV_HEADER = ['document', 'province', 'indicator', 'value', 'max', 'unit', 'qualifier', 'deadline', 'period', 'quantitative', 'start', 'end', 'evidence'];
const goalRow = (path: string, g: Goal) => [path, g.province ?? '', g.indicator, g.value, g.max, g.unit, g.qualifier, g.deadline, g.period,
  g.quantitative, g.span[0], g.span[1], g.evidence];

interface JsonDocument extends Extraction { path: string }
interface JsonOutput { version: number; documents: JsonDocument[] }

// ------------------------------------------------------------------ fixtures

const QUANG_NINH = 'Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp của tỉnh Quảng Ninh đạt gần 450 nghìn tỷ đồng.\n';
const BAC_NINH = '# Kế hoạch năm 2024\n\nNăm 2024, tỉnh Bắc Ninh phấn đấu thu hút 1,5 tỷ USD vốn FDI, tăng trưởng GRDP đạt 7%.\n';
/** List items whose evidence starts with `+`, `=` or `@`, and a quoted word. */
const LIST = 'Kế hoạch phát triển tỉnh Quảng Ninh\n\nĐến năm 2030:\n- tổng thu ngân sách của tỉnh đạt 90 nghìn tỷ đồng;\n'
  + '+ kim ngạch "xuất khẩu" đạt 5 tỷ USD, tăng 8,5%;\n= 20 triệu lượt khách du lịch;\n@ 3 triệu lượt khách quốc tế.\n';

describe('CLI (run)', () => {
  let root: string;
  let docs: string;
  const p = (...parts: string[]) => join(docs, ...parts);

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'chitieu-cli-'));
    docs = join(root, 'docs');
    mkdirSync(join(docs, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(docs, 'node_modules'), { recursive: true });
    writeFileSync(p('quang-ninh.txt'), QUANG_NINH);
    writeFileSync(p('sub', 'bac-ninh.md'), BAC_NINH);
    writeFileSync(p('sub', 'deeper', 'list.TXT'), LIST);
    // Ignored: other extensions, dotfiles, node_modules.
    writeFileSync(p('notes.json'), JSON.stringify({ text: QUANG_NINH }));
    writeFileSync(p('report.odt'), QUANG_NINH); // .pdf is read now
    writeFileSync(p('sub', 'README'), QUANG_NINH);
    writeFileSync(p('.hidden.txt'), QUANG_NINH);
    writeFileSync(p('node_modules', 'dep.txt'), QUANG_NINH);
  });

  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  describe('walk', () => {
    it('finds .txt and .md files recursively, sorted, and ignores other files, dotfiles and node_modules', async () => {
      const problems: string[] = [];
      assert.deepEqual(walk(docs, problems), [p('quang-ninh.txt'), p('sub', 'bac-ninh.md'), p('sub', 'deeper', 'list.TXT')]);
      assert.deepEqual(problems, []);
    });

    it('takes a file given by name whatever its extension', async () => {
      const problems: string[] = [];
      assert.deepEqual(walk(p('report.odt'), problems), [p('report.odt')]);
      assert.deepEqual(problems, []);
    });

    it('reports a missing path', async () => {
      const problems: string[] = [];
      assert.deepEqual(walk(p('missing'), problems), []);
      assert.equal(problems.length, 1);
      assert.match(problems[0], /missing/);
    });
  });

  describe('extract --format json (default)', () => {
    let json: JsonOutput;
    let result: CliResult;

    before(async () => {
      result = (await cli('extract', docs));
      json = JSON.parse(result.out) as JsonOutput;
    });

    it('exits 0 with nothing on stderr', async () => {
      assert.equal(result.code, 0, result.err);
      assert.equal(result.err, '');
    });

    it('is a version 1 document listing the walked files', async () => {
      assert.equal(json.version, 1);
      assert.deepEqual(json.documents.map((d) => d.path), [p('quang-ninh.txt'), p('sub', 'bac-ninh.md'), p('sub', 'deeper', 'list.TXT')]);
      for (const d of json.documents) {
        assert.ok(Array.isArray(d.provinces) && Array.isArray(d.entities) && Array.isArray(d.goals), d.path);
      }
    });

    it('gives the Quảng Ninh goal: 450 nghìn tỷ đồng, nearly, by 2025', async () => {
      const d = json.documents[0];
      assert.deepEqual(d.provinces.map((x) => x.name), ['Quảng Ninh']);
      assert.equal(d.goals.length, 1);
      const [g] = d.goals;
      assert.equal(g.value, 450000000000000);
      assert.equal(g.unit, 'VND');
      assert.equal(g.qualifier, 'nearly');
      assert.equal(g.deadline, '2025');
      assert.equal(g.province, 'Quảng Ninh');
      assert.equal(g.quantitative, true);
      assert.equal(g.evidence, QUANG_NINH.slice(...g.span));
      assert.deepEqual(d.entities.map((e) => [e.type, e.text]),
        [['time', 'đến năm 2025'], ['province', 'tỉnh Quảng Ninh'], ['amount', '450 nghìn tỷ đồng']]);
    });

    it('offsets in every document point into its file', async () => {
      for (const d of json.documents) {
        const text = readFileSync(d.path, 'utf8');
        for (const e of d.entities) assert.equal(e.text, text.slice(...e.span), `${d.path} ${e.text}`);
        for (const g of d.goals) assert.equal(g.evidence, text.slice(...g.span), `${d.path} ${g.evidence}`);
      }
    });

    it('the Markdown file is read too (Bắc Ninh, 2024)', async () => {
      const d = json.documents[1];
      assert.deepEqual(d.provinces.map((x) => x.name), ['Bắc Ninh']);
      assert.ok(d.goals.some((g) => g.value === 1500000000 && g.unit === 'USD' && g.province === 'Bắc Ninh'), JSON.stringify(d.goals));
    });
  });

  describe('extract --format jsonl', () => {
    it('writes one JSON document per line, the same as --format json', async () => {
      const r = (await cli('extract', docs, '--format', 'jsonl'));
      assert.equal(r.code, 0, r.err);
      assert.ok(r.out.endsWith('\n'));
      const lines = r.out.slice(0, -1).split('\n');
      assert.equal(lines.length, 3);
      const json = JSON.parse((await cli('extract', docs)).out) as JsonOutput;
      lines.forEach((line, i) => assert.deepEqual(JSON.parse(line), json.documents[i]));
    });

    it('-f is short for --format', async () => {
      assert.equal((await cli('extract', docs, '-f', 'jsonl')).out, (await cli('extract', docs, '--format', 'jsonl')).out);
    });
  });

  describe('extract --format csv', () => {
    let csv: string;
    let rows: string[][];
    let json: JsonOutput;

    before(async () => {
      const r = (await cli('extract', docs, '--format', 'csv'));
      assert.equal(r.code, 0, r.err);
      csv = r.out;
      rows = parseCsv(csv.replace(/^\ufeff/, ''));
      json = JSON.parse((await cli('extract', docs)).out) as JsonOutput;
    });

    it('starts with a BOM and a header row, and ends records with CRLF', async () => {
      assert.equal(csv[0], '\ufeff');
      assert.ok(csv.startsWith('\ufeff' + CSV_HEADER.join(',') + '\r\n'));
      assert.ok(csv.endsWith('\r\n'));
      assert.deepEqual(rows[0], CSV_HEADER);
    });

    it('has one row per goal, every field equal to the JSON goal (read back with an RFC 4180 parser)', async () => {
      const goals = json.documents.flatMap((d) => d.goals.map((g) => goalRow(d.path, g)));
      assert.equal(rows.length - 1, goals.length);
      assert.ok(goals.length >= 5, `expected several goals, got ${goals.length}`);
      goals.forEach((g, i) => {
        assert.equal(rows[i + 1].length, CSV_HEADER.length, `row ${i + 1} has ${rows[i + 1].length} fields`);
        assert.deepEqual(rows[i + 1], g.map(safeCell), `row ${i + 1}`);
      });
    });

    it('neutralises evidence cells that start with = + - @ with a leading apostrophe', async () => {
      const ev = CSV_HEADER.indexOf('evidence');
      const risky = rows.slice(1).filter((r) => /^'[=+\-@]/.test(r[ev]));
      // The list fixture has items starting with +, = and @.
      for (const c of ['=', '+', '@']) {
        assert.ok(risky.some((r) => r[ev].startsWith("'" + c)), `no neutralised evidence starting with ${c}: ${JSON.stringify(rows.map((r) => r[ev]))}`);
      }
      for (const r of rows.slice(1)) {
        assert.ok(!/^[=+\-@]/.test(r[ev]), `evidence cell not neutralised: ${r[ev]}`);
        for (const cell of r) assert.ok(!/^[=+@]/.test(cell), `cell not neutralised: ${cell}`);
      }
    });

    it('escapes quotes inside quoted cells', async () => {
      assert.ok(csv.includes('""xuất khẩu""'), 'the quoted word of the list fixture is escaped');
      const ev = CSV_HEADER.indexOf('evidence');
      assert.ok(rows.slice(1).some((r) => r[ev].includes('"xuất khẩu"')), 'and reads back as a quote');
    });

    it('writes only the header when there are no goals', async () => {
      const empty = join(root, 'empty.txt');
      writeFileSync(empty, 'Không có chỉ tiêu nào.\n');
      const r = (await cli('extract', empty, '--format', 'csv'));
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, '\ufeff' + CSV_HEADER.join(',') + '\r\n');
    });
  });

  describe('extract --format tree', () => {
    it('lists goals per province with their file and offset', async () => {
      const r = (await cli('extract', docs, '--format', 'tree'));
      assert.equal(r.code, 0, r.err);
      const json = JSON.parse((await cli('extract', docs)).out) as JsonOutput;
      const qn = json.documents[0].goals[0];
      assert.match(r.out, /^Bắc Ninh \(\d+ goals?\)$/m);
      assert.match(r.out, /^Quảng Ninh \(\d+ goals?\)$/m);
      assert.ok(r.out.indexOf('Bắc Ninh (') < r.out.indexOf('Quảng Ninh ('), 'provinces in Vietnamese alphabetical order');
      assert.ok(r.out.includes('450,000,000,000,000 VND'), r.out);
      assert.ok(r.out.includes('by 2025'), r.out);
      assert.ok(r.out.includes(`${p('quang-ninh.txt')}:${qn.span[0]}`), r.out);
      assert.match(r.out, /└─ /);
    });
  });

  describe('--out FILE', () => {
    it('writes the output to the file and nothing to stdout', async () => {
      const out = join(root, 'out.csv');
      const r = (await cli('extract', docs, '--format', 'csv', '--out', out));
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, '');
      assert.equal(readFileSync(out, 'utf8'), (await cli('extract', docs, '--format', 'csv')).out);
    });

    it('-o is short for --out', async () => {
      const out = join(root, 'out.json');
      const r = (await cli('extract', docs, '-o', out));
      assert.equal(r.code, 0, r.err);
      assert.equal((JSON.parse(readFileSync(out, 'utf8')) as JsonOutput).documents.length, 3);
    });

    it('says so and exits 1 when the file cannot be written', async () => {
      const r = (await cli('extract', docs, '--out', join(root, 'no-such-folder', 'out.json')));
      assert.equal(r.code, 1);
      assert.match(r.err, /no-such-folder/);
    });
  });

  describe('files that cannot be read', () => {
    let bad: string;

    before(async () => {
      bad = join(root, 'bad');
      mkdirSync(bad);
      writeFileSync(join(bad, 'a-good.txt'), QUANG_NINH);
      writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x41]));
      writeFileSync(join(bad, 'overlong.txt'), Buffer.from([0x56, 0x69, 0xc0, 0xaf, 0x0a]));
      writeFileSync(join(bad, 'latin1.md'), Buffer.from('Vi\xeat Nam, t\xecnh H\xe0 N\xf4\xeci\n', 'latin1'));
      writeFileSync(join(bad, 'z-good.md'), BAC_NINH);
    });

    it('names each bad file on stderr, processes the others, and exits 1', async () => {
      const missing = join(root, 'does-not-exist.txt');
      const r = (await cli('extract', bad, missing));
      assert.equal(r.code, 1);
      const json = JSON.parse(r.out) as JsonOutput;
      assert.deepEqual(json.documents.map((d) => d.path), [join(bad, 'a-good.txt'), join(bad, 'z-good.md')]);
      assert.equal(json.documents[0].goals[0].value, 450000000000000);
      const lines = r.err.trimEnd().split('\n');
      const lineFor = (f: string) => lines.find((l) => l.includes(f)) ?? '';
      assert.match(lineFor(missing), /no such file/i);
      assert.match(lineFor(join(bad, 'binary.txt')), /binary/i);
      assert.match(lineFor(join(bad, 'overlong.txt')), /UTF-8/);
      assert.match(lineFor(join(bad, 'latin1.md')), /UTF-8/);
      assert.match(r.err, /2 file\(s\) processed, 4 problem\(s\)/);
    });

    it('readText says why', async () => {
      assert.match((readText(join(bad, 'binary.txt')) as { error: string }).error, /NUL/);
      assert.match((readText(join(bad, 'overlong.txt')) as { error: string }).error, /UTF-8/);
      assert.match((readText(join(bad, 'latin1.md')) as { error: string }).error, /UTF-8/);
      assert.match((readText(join(bad, 'nope.txt')) as { error: string }).error, /ENOENT/);
      assert.deepEqual(readText(join(bad, 'a-good.txt')), { text: QUANG_NINH });
    });

    it('still writes --out and reports the problems', async () => {
      const out = join(root, 'partial.jsonl');
      const r = (await cli('extract', bad, '--format', 'jsonl', '--out', out));
      assert.equal(r.code, 1);
      assert.equal(readFileSync(out, 'utf8').trimEnd().split('\n').length, 2);
      assert.match(r.err, /binary\.txt/);
    });

    it('a missing path alone: exit 1, an empty result, the path on stderr', async () => {
      const missing = join(root, 'nothing-here');
      const r = (await cli('extract', missing));
      assert.equal(r.code, 1);
      assert.deepEqual((JSON.parse(r.out) as JsonOutput).documents, []);
      assert.ok(r.err.includes(missing), r.err);
    });
  });

  describe('usage errors (exit 2)', () => {
    const usage = (r: CliResult) => r.out + r.err;

    it('no arguments: usage, exit 2', async () => {
      const r = (await cli());
      assert.equal(r.code, 2);
      assert.match(usage(r), /usage: chitieu extract PATH/);
    });

    it('--help: usage on stdout, exit 0', async () => {
      const r = (await cli('--help'));
      assert.equal(r.code, 0);
      assert.match(r.out, /usage: chitieu extract PATH/);
    });

    it('unknown command', async () => {
      const r = (await cli('extrakt', docs));
      assert.equal(r.code, 2);
      assert.match(r.err, /unknown command 'extrakt'/);
    });

    it('extract without a PATH', async () => {
      const r = (await cli('extract'));
      assert.equal(r.code, 2);
      assert.match(r.err, /no PATH/);
    });

    it('an unknown option', async () => {
      const r = (await cli('extract', docs, '--bogus'));
      assert.equal(r.code, 2);
      assert.match(r.err, /unknown option '--bogus'/);
      assert.equal(r.out, '');
    });

    it('a bad or missing format', async () => {
      for (const argv of [['--format', 'xml'], ['--format'], ['-f', 'JSON']]) {
        const r = (await cli('extract', docs, ...argv));
        assert.equal(r.code, 2, argv.join(' '));
        assert.match(r.err, /--format must be one of json, jsonl, csv, tree/, argv.join(' '));
        assert.equal(r.out, '');
      }
    });

    it('--out without a file name', async () => {
      const r = (await cli('extract', docs, '--out'));
      assert.equal(r.code, 2);
      assert.match(r.err, /--out needs a file name/);
    });

    it('a bad --reference-date', async () => {
      for (const d of ['2024/07/15', '24', 'tomorrow']) {
        const r = (await cli('extract', docs, '--reference-date', d));
        assert.equal(r.code, 2, d);
        assert.match(r.err, /--reference-date takes YYYY/);
      }
      assert.equal((await cli('extract', docs, '--reference-date', '2024-07-15')).code, 0);
    });
  });
});
