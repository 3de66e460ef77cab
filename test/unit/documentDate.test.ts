/** The document date a researcher sets: typed input, its place in the annotation file, and merging two writers. */
import { strict as assert } from 'node:assert';
import { DOCUMENT_DATE_INPUTS } from '../examples/inputs.examples';
import { parseDocumentDateInput } from '../../src/annotations/parseInput';
import { AnnotationFileError, isDocumentDate, parseAnnotationFile, serializeAnnotationFile } from '../../src/annotations/storeFormat';
import { mergeDocumentDate } from '../../src/annotations/merge';
import type { Annotation } from '../../src/annotations/model';

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
