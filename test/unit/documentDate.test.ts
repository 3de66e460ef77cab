/** The document date a researcher sets: typed input, its place in the annotation file, and merging two writers. */
import { strict as assert } from 'node:assert';
import { DOCUMENT_DATE_INPUTS } from '../examples/inputs.examples';
import { parseDocumentDateInput } from '../../src/annotations/parseInput';
import { AnnotationFileError, isDocumentDate, parseAnnotationFile, serializeAnnotationFile } from '../../src/annotations/storeFormat';
import { mergeDocumentDate } from '../../src/annotations/merge';
import type { Annotation } from '../../src/annotations/model';
import { datingText, documentDating } from '../../src/extension/views/present';
import { writtenDate } from '../../src/format';
import { NATIONAL, toCsv, toJson, toTree } from '../../src/export/formats';
import type { Extraction, Goal } from '../../src/engine';

const a: Annotation = { id: 'a', label: 'target', status: 'confirmed', start: 0, end: 3, quote: 'abc', prefix: '', suffix: '', attrs: {}, updated: '2026-01-01T00:00:00.000Z' };

describe('document date', () => {
  describe('as typed', () => {
    for (const [input, want] of DOCUMENT_DATE_INPUTS) {
      it(`${JSON.stringify(input)} → ${want instanceof RegExp ? `error ${want}` : JSON.stringify(want)}`, () => {
        const r = parseDocumentDateInput(input);
        if (want instanceof RegExp) { assert.equal(r.ok, false); assert.match((r as { error: string }).error, want); } else { assert.ok(r.ok, JSON.stringify(r)); assert.equal(r.value, want); }
      });
    }
    it('whatever it accepts is what the file format accepts', () => {
      for (const [input, want] of DOCUMENT_DATE_INPUTS) if (typeof want === 'string' && want) assert.ok(isDocumentDate(want), input);
    });
  });

  describe('in the annotation file', () => {
    it('is a top-level "documentDate" after "document", and reads back byte-stable', () => {
      const text = serializeAnnotationFile({ version: 1, document: 'a.txt', documentDate: '2024-03-12', annotations: [a] });
      const lines = text.split('\n');
      assert.equal(lines[2], '  "document": "a.txt",');
      assert.equal(lines[3], '  "documentDate": "2024-03-12",');
      const back = parseAnnotationFile(text);
      assert.equal(back.documentDate, '2024-03-12');
      assert.equal(back.annotations.length, 1);
      assert.equal(serializeAnnotationFile(back), text);
    });

    it('is kept in a file with no annotations', () => {
      const text = serializeAnnotationFile({ version: 1, document: 'a.txt', documentDate: '2031', annotations: [] });
      assert.deepEqual(parseAnnotationFile(text), { version: 1, document: 'a.txt', documentDate: '2031', annotations: [] });
    });

    it('is absent when not set, and files written before it existed still read', () => {
      const text = serializeAnnotationFile({ version: 1, document: 'a.txt', annotations: [a] });
      assert.doesNotMatch(text, /documentDate/);
      const old = '{\n  "version": 1,\n  "document": "a.txt",\n  "annotations": []\n}\n';
      const parsed = parseAnnotationFile(old);
      assert.equal(parsed.documentDate, undefined);
      assert.equal('documentDate' in parsed, false);
      assert.equal(serializeAnnotationFile(parsed), old);
    });

    for (const bad of ['12/03/2024', '2024-13', '2023-02-29', '', 2024]) {
      it(`refuses "documentDate": ${JSON.stringify(bad)} with a message saying the form`, () => {
        const text = JSON.stringify({ version: 1, document: 'a.txt', documentDate: bad, annotations: [] });
        assert.throws(() => parseAnnotationFile(text), (e: Error) => e instanceof AnnotationFileError && /"documentDate" should be a date written YYYY, YYYY-MM or YYYY-MM-DD/.test(e.message));
      });
    }
  });

  describe('two writers', () => {
    it('the side that changed it wins; ours when both did; a clear is a change', () => {
      assert.equal(mergeDocumentDate('2024', '2024', '2025'), '2025', 'they changed it');
      assert.equal(mergeDocumentDate('2024', '2026', '2024'), '2026', 'we changed it');
      assert.equal(mergeDocumentDate('2024', '2026', '2025'), '2026', 'both: ours');
      assert.equal(mergeDocumentDate(undefined, undefined, '2025'), '2025', 'they set it');
      assert.equal(mergeDocumentDate('2024', undefined, '2024'), undefined, 'we cleared it');
      assert.equal(mergeDocumentDate('2024', '2024', undefined), undefined, 'they cleared it');
    });
  });
});

describe('how a document’s date reads (status bar and hover)', () => {
  const x = (over: Partial<Extraction>): Extraction => ({ provinces: [], entities: [], goals: [], ...over });
  it('writes dates as Vietnamese texts do', () => {
    assert.equal(writtenDate('2024-03-12'), '12/03/2024');
    assert.equal(writtenDate('2024-03'), '03/2024');
    assert.equal(writtenDate('2024'), '2024');
  });
  it('says where the date comes from: set by you, the text, the setting, or undated', () => {
    assert.equal(datingText(documentDating(x({ documentYear: 2024 }), '2024-03-12', '')), 'dated 12/03/2024 (set by you)');
    assert.equal(datingText(documentDating(x({ documentYear: 2024 }), undefined, '')), 'dated 2024 (from the text)');
    assert.equal(datingText(documentDating(x({ documentYear: 2031 }), undefined, '2031-06')), 'dated 06/2031 (from the setting chitieu.referenceDate)');
    assert.equal(datingText(documentDating(x({}), undefined, '')), 'undated');
    assert.equal(datingText(documentDating(x({ documentYear: 2024 }), '2024-03-12', ''), 'vi'), 'ngày 12/03/2024 (do bạn đặt)');
    assert.equal(datingText(documentDating(x({ documentYear: 2024 }), undefined, ''), 'vi'), 'năm 2024 (theo văn bản)');
    assert.equal(datingText(documentDating(x({}), undefined, ''), 'vi'), 'chưa có ngày');
  });
  it('takes the engine’s word when it says where its date comes from', () => {
    assert.equal(datingText(documentDating(x({ documentYear: 2024, documentDate: { date: '2024-03-12', source: 'header' } }), undefined, '2031')), 'dated 12/03/2024 (from the text)');
    assert.equal(datingText(documentDating(x({ documentYear: 2024, documentDate: { date: '2024-05', source: 'reporting' } }), undefined, '')), 'dated 05/2024 (from the text)');
    assert.equal(datingText(documentDating(x({ documentYear: 2031, documentDate: { date: '2031', source: 'option' } }), undefined, '2031')), 'dated 2031 (from the setting chitieu.referenceDate)');
    assert.equal(datingText(documentDating(x({ documentYear: 2025, documentDate: { date: '2025-01-02', source: 'user' } }), '2025-01-02', '')), 'dated 02/01/2025 (set by you)');
  });
});

describe('national goals (province null) in exports', () => {
  const goal = (province: string | null, indicator: string): Goal => ({ province, indicator, value: 1, unit: '%', quantitative: true, span: [0, 1], evidence: 'x', rule: 't' });
  const docs = [{ path: 'a.txt', provinces: [], entities: [], goals: [goal('An Giang', 'a'), goal(null, 'tỷ lệ che phủ rừng'), goal('Bắc Ninh', 'b')] }];
  it('the terminal tree lists them first, under Cả nước', () => {
    const lines = toTree(docs).split('\n');
    assert.equal(lines[0], `${NATIONAL} (1 goal)`);
    assert.match(lines[1], /tỷ lệ che phủ rừng/);
  });
  it('CSV leaves the province cell empty; JSON writes null', () => {
    const row = toCsv(docs).split('\n').find((l) => l.includes('tỷ lệ che phủ rừng'))!;
    assert.ok(row.startsWith('a.txt,,tỷ lệ che phủ rừng,'), row);
    const json = JSON.parse(toJson(docs));
    assert.equal(json.documents[0].goals[1].province, null);
  });
  it('JSON carries the document’s date and its source when the engine gives them, and nothing when not', () => {
    assert.equal('documentDate' in JSON.parse(toJson(docs)).documents[0], false);
    const dated = JSON.parse(toJson([{ ...docs[0], documentYear: 2024, documentDate: { date: '2024-03-12', source: 'user' as const } }])).documents[0];
    assert.deepEqual(dated.documentDate, { date: '2024-03-12', source: 'user' });
  });
});
