/** The CLI reads the date a researcher set for a document in .chitieu/ (for `extract` and `export`); `--reference-date` is the fallback. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeAnnotationFile } from '../../src/annotations/storeFormat';
import { cli } from './cliRunner';


// An undated plan: its targets are ahead or past only against a date given from outside.
const PLAN = 'Kế hoạch phát triển đô thị tỉnh Nghệ An\n\nĐến năm 2030, tỷ lệ đô thị hóa của tỉnh Nghệ An đạt 45%; thu nhập bình quân đầu người đạt 120 triệu đồng.\n';

describe('chitieu CLI: the document date set in .chitieu/', () => {
  let root: string;
  const setDate = (name: string, documentDate?: string) =>
    writeFileSync(join(root, '.chitieu', 'corpus', `${name}.json`), serializeAnnotationFile({ version: 1, document: `corpus/${name}`, documentDate, annotations: [] }));
  const goalsOf = (json: string, name: string) => {
    const d = JSON.parse(json).documents.find((x: { path: string }) => x.path.endsWith(name));
    return d.goals as Array<{ value?: number }>;
  };

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'chitieu-date-'));
    mkdirSync(join(root, '.chitieu', 'corpus'), { recursive: true });
    mkdirSync(join(root, 'corpus'));
    for (const n of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(root, 'corpus', n), PLAN);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('extract: a document dated after its targets’ year has no goals; one dated before keeps them; others follow the text', async () => {
    setDate('a.txt', '2031');
    setDate('b.txt', '2024-03-12');
    const r = (await cli('extract', join(root, 'corpus'), '--format', 'json'));
    assert.equal(r.code, 0, r.err);
    assert.equal(goalsOf(r.out, 'a.txt').length, 0);
    assert.equal(goalsOf(r.out, 'b.txt').length, 2);
    assert.equal(goalsOf(r.out, 'c.txt').length, 2);
    const years = JSON.parse(r.out).documents.map((d: { documentYear?: number }) => d.documentYear);
    assert.deepEqual(years, [2031, 2024, undefined]); // c.txt is undated: a target year is no evidence of when a text speaks
  });

  it('extract: --reference-date dates the documents without a date of their own; a set date wins over it', async () => {
    setDate('b.txt', '2024');
    const r = (await cli('extract', join(root, 'corpus'), '--format', 'json', '--reference-date', '2031-01-01'));
    assert.equal(r.code, 0, r.err);
    assert.equal(goalsOf(r.out, 'a.txt').length, 0);
    assert.equal(goalsOf(r.out, 'b.txt').length, 2);
    assert.equal(goalsOf(r.out, 'c.txt').length, 0);
  });

  it('export: the same date is used for the reviewed data set', async () => {
    setDate('a.txt', '2031');
    const r = (await cli('export', join(root, 'corpus'), '--format', 'json', '--reference-date', '2024'));
    assert.equal(r.code, 0, r.err);
    assert.equal(goalsOf(r.out, 'a.txt').length, 0);
    assert.equal(goalsOf(r.out, 'b.txt').length, 2);
  });

  it('an annotation file that cannot be read is reported, and the document is read without its date', async () => {
    writeFileSync(join(root, '.chitieu', 'corpus', 'a.txt.json'), '{"version":1,"document":"corpus/a.txt","documentDate":"12/03/2031","annotations":[]}');
    const r = (await cli('extract', join(root, 'corpus', 'a.txt'), '--format', 'json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.txt\.json: cannot read its document date \("documentDate" should be a date written YYYY, YYYY-MM or YYYY-MM-DD\); corpus\/a\.txt is read without it/);
    assert.equal(goalsOf(r.out, 'a.txt').length, 2);
  });

  it('a file outside the folder holding .chitieu/ has no set date', async () => {
    const other = mkdtempSync(join(tmpdir(), 'chitieu-nodate-'));
    try {
      writeFileSync(join(other, 'x.txt'), PLAN);
      const r = (await cli('extract', join(other, 'x.txt'), '--format', 'json'));
      assert.equal(r.code, 0, r.err);
      assert.equal(goalsOf(r.out, 'x.txt').length, 2);
    } finally { rmSync(other, { recursive: true, force: true }); }
  });
});
