/** `chitieu export`: the engine's output merged with the annotations in .chitieu/, in every format, read back. */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { extract } from '../../src/engine';
import { makeAnchor } from '../../src/annotations/anchor';
import { serializeAnnotationFile } from '../../src/annotations/storeFormat';
import type { Annotation } from '../../src/annotations/model';
import { entityAttributes } from '../../src/annotations/review';
import { DATASET_FORMATS } from '../../src/export/dataset';
import ExcelJS from 'exceljs';
import { cli } from './cliRunner';


const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', '000_b8550bfa09380357.txt'), 'utf8');

describe('chitieu export', () => {
  let root: string;
  let doc: string;
  const ann = (text: string, start: number, end: number, rest: Partial<Annotation>): Annotation => ({
    id: `t${start}`, label: 'amount', status: 'confirmed', attrs: {}, updated: '2026-11-21T00:00:00.000Z', ...makeAnchor(text, start, end), ...rest,
  });

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'chitieu-export-'));
    mkdirSync(join(root, 'corpus'));
    mkdirSync(join(root, '.chitieu', 'corpus'), { recursive: true });
    doc = join(root, 'corpus', 'vp.txt');
    // The annotations were made on the seed text; the document was edited since (a paragraph added on top).
    const x = extract(SEED);
    const target = x.entities.find((e) => e.type === 'amount' && e.text.includes('450 nghìn tỷ'))!;
    const amount = x.entities.find((e) => e.type === 'amount' && e.role !== 'target')!;
    const time = x.entities.find((e) => e.type === 'time')!;
    const manualAt = SEED.indexOf('Vĩnh Phúc');
    const annotations: Annotation[] = [
      ann(SEED, target.span[0], target.span[1], { label: 'target', status: 'edited', attrs: { ...entityAttributes(target), role: undefined, value: 5e14, deadline: '2030' }, rule: target.rule, note: 'theo Nghị quyết' }),
      ann(SEED, amount.span[0], amount.span[1], { status: 'rejected', attrs: entityAttributes(amount), rule: amount.rule }),
      ann(SEED, time.span[0], time.span[1], { label: 'deadline', status: 'confirmed', attrs: entityAttributes(time), rule: time.rule }),
      ann(SEED, manualAt, manualAt + 'Vĩnh Phúc'.length, { id: 'manual-1', label: 'goal', status: 'manual', attrs: { indicator: '=HYPERLINK("x")', province: 'Vĩnh Phúc' } }),
      { ...ann(SEED, 0, 0, {}), id: 'gone', start: 10, end: 18, quote: 'KHÔNG CÓ', prefix: '', suffix: '', label: 'amount', status: 'confirmed' },
    ];
    writeFileSync(join(root, '.chitieu', 'corpus', 'vp.txt.json'), serializeAnnotationFile({ version: 1, document: 'corpus/vp.txt', annotations }));
    writeFileSync(doc, 'Bản cập nhật 📈 ngày 1/6/2024.\n\n' + SEED);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds .chitieu above the path, re-anchors, and merges: edited wins, rejected left out, orphans reported', async () => {
    const r = (await cli('export', join(root, 'corpus'), '--format', 'json'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /5 annotation\(s\) \(1 orphaned/);
    const d = JSON.parse(r.out).documents[0];
    assert.equal(d.path, 'corpus/vp.txt');
    const text = readFileSync(doc, 'utf8');
    const target = d.entities.find((e: { state: string; label: string }) => e.state === 'edited');
    assert.equal(target.attrs.value, 5e14);
    assert.equal(text.slice(target.span[0], target.span[1]), target.text, 're-anchored into the edited document');
    assert.ok(!d.entities.some((e: { state: string }) => e.state === 'rejected'));
    const goal = d.goals.find((g: { value?: number }) => g.value === 5e14);
    assert.equal(goal.deadline, '2030');
    assert.equal(goal.state, 'edited');
    assert.ok(d.goals.some((g: { state: string; rule: string }) => g.state === 'manual' && g.rule === 'manual'));
    assert.equal(d.orphans[0].id, 'gone');
  });

  it('keeps rejected items, marked, with --rejected mark', async () => {
    const d = JSON.parse((await cli('export', doc, '--format', 'json', '--rejected', 'mark')).out).documents[0];
    assert.ok(d.entities.some((e: { state: string }) => e.state === 'rejected'));
  });

  it('writes goals and entities CSV that a CSV parser reads back, formula cells neutralised', async () => {
    const rows = parse((await cli('export', doc, '--format', 'goals-csv')).out, { columns: true, bom: true }) as Array<Record<string, string>>;
    const edited = rows.find((r) => r.state === 'edited')!;
    assert.equal(edited.value, '500000000000000');
    assert.equal(edited.note, 'theo Nghị quyết');
    assert.equal(rows.find((r) => r.state === 'manual')!.indicator, `'=HYPERLINK("x")`);
    const entities = parse((await cli('export', doc, '--format', 'entities-csv')).out, { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.ok(entities.some((r) => r.label === 'deadline' && r.state === 'confirmed'));
  });

  it('writes doccano JSONL with code-point offsets (the document starts with an emoji)', async () => {
    const line = JSON.parse((await cli('export', doc, '--format', 'doccano')).out.trim());
    const cps = [...line.text];
    const target = line.label.find((l: [number, number, string]) => l[2] === 'TARGET');
    assert.equal(cps.slice(target[0], target[1]).join(''), '450 nghìn tỷ đồng');
  });

  it('writes a brat folder (.txt, .ann, annotation.conf); by default a new one under exports/', async () => {
    const byDefault = (await cli('export', doc, '--format', 'brat'));
    assert.equal(byDefault.code, 0, byDefault.err);
    assert.match(byDefault.err, /wrote .*exports.brat-\d{4}-\d\d-\d\d-\d{4}/);
    const out = join(root, 'brat');
    assert.equal((await cli('export', doc, '--format', 'brat', '--out', out)).code, 0);
    for (const f of ['corpus/vp.txt', 'corpus/vp.ann', 'annotation.conf']) assert.ok(existsSync(join(out, f)), f);
    const txt = [...readFileSync(join(out, 'corpus', 'vp.txt'), 'utf8')];
    const t = readFileSync(join(out, 'corpus', 'vp.ann'), 'utf8').split('\n').find((l) => /^T\d+\tTarget /.test(l))!;
    const [, type, s, e] = /^T\d+\t(\w+) (\d+) (\d+)/.exec(t)!;
    assert.equal(type, 'Target');
    assert.equal(txt.slice(+s, +e).join(''), t.split('\t')[2]);
  });

  it('applies the researcher’s indicator groups (.chitieu/indicator-groups.json) to the indicator_group column; a broken file is reported, the groups automatic', async () => {
    const read = async () => parse((await cli('export', doc, '--format', 'goals-csv')).out, { columns: true, bom: true }) as Array<Record<string, string>>;
    const automatic = await read();
    const edited = automatic.find((r) => r.state === 'edited')!;
    assert.ok(edited.indicator_group, 'every goal with an indicator has a group');
    writeFileSync(join(root, '.chitieu', 'indicator-groups.json'), JSON.stringify({ version: 1, merge: { [edited.indicator_group]: 'nhom chung' } }));
    const merged = await read();
    assert.equal(merged.find((r) => r.state === 'edited')!.indicator_group, 'nhom chung');
    writeFileSync(join(root, '.chitieu', 'indicator-groups.json'), '{ not json');
    const r = await cli('export', doc, '--format', 'goals-csv');
    assert.equal(r.code, 1);
    assert.match(r.err, /indicator-groups\.json: cannot read the indicator groups/);
    const rows = parse(r.out, { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.equal(rows.find((x) => x.state === 'edited')!.indicator_group, edited.indicator_group);
  });

  it('reports a corrupt annotation file, exports that document without it, and exits 1', async () => {
    writeFileSync(join(root, '.chitieu', 'corpus', 'vp.txt.json'), '{ broken');
    const r = (await cli('export', doc, '--format', 'json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /vp\.txt\.json: cannot read its annotations \(it is not valid JSON/);
    assert.equal(JSON.parse(r.out).documents[0].entities.every((e: { state: string }) => e.state === 'unreviewed'), true);
  });

  it('refuses a missing or unknown format', async () => {
    assert.equal((await cli('export', doc)).code, 2);
    assert.equal((await cli('export', doc, '--format', 'xml')).code, 2);
  });
});

describe('chitieu export --format xlsx', () => {
  it('writes a workbook read back with exceljs: numbers as numbers, text as text (never a formula), header frozen and filtered, widths set, Vietnamese intact', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chitieu-xlsx-'));
    try {
      const text = 'Phấn đấu đến năm 2030, tỉnh Vĩnh Phúc có tỷ lệ lao động qua đào tạo đạt 75%; =HYPERLINK("x") đạt 3 nghìn doanh nghiệp.\n';
      writeFileSync(join(root, 'vp.txt'), text);
      const out = join(root, 'out.xlsx');
      const { code, err } = await cli('export', join(root, 'vp.txt'), '--format', 'xlsx', '--out', out);
      assert.equal(code, 0, err);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const goals = wb.getWorksheet('Goals')!;
      const entities = wb.getWorksheet('Entities')!;
      assert.deepEqual(goals.views[0], { ...goals.views[0], state: 'frozen', ySplit: 1 });
      assert.ok(goals.autoFilter, 'filtered');
      const header = (goals.getRow(1).values as unknown[]).slice(1);
      assert.equal(header[0], 'document');
      const valueCol = header.indexOf('value') + 1;
      const rows = goals.getRows(2, goals.rowCount - 1)!;
      const target = rows.find((r) => r.getCell(valueCol).value === 75)!;
      assert.equal(typeof target.getCell(valueCol).value, 'number');
      assert.equal(target.getCell(header.indexOf('province') + 1).value, 'Vĩnh Phúc');
      assert.ok(goals.getColumn(header.indexOf('evidence') + 1).width! > 10);
      // No cell anywhere is a formula, whatever the text starts with.
      for (const ws of [goals, entities]) ws.eachRow((row) => row.eachCell((cell) => assert.notEqual(cell.type, ExcelJS.ValueType.Formula)));
      const cells: unknown[] = [];
      entities.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      assert.ok(cells.includes('75%'), 'the entity text as written');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('offers the workbook first', async () => {
    assert.equal(DATASET_FORMATS[0], 'xlsx');
  });
});
