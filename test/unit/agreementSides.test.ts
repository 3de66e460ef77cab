/** Compare annotations…: one side's files read and re-anchored, annotators and their sides, adjudication and settlement; the report page's messages; the store keeps an adjudication. */
import { strict as assert } from 'node:assert';
import { makeAnchor } from '../../src/annotations/anchor';
import type { Annotation, Attributes, Label, Status } from '../../src/annotations/model';
import { parseAnnotationFile, serializeAnnotationFile } from '../../src/annotations/storeFormat';
import { textHash } from '../../src/annotations/textHash';
import { adjudicationOf, annotatedDocuments, annotatorSide, annotatorsIn, lineColumn, settlementOf, withoutAdjudications } from '../../src/research/agreementSides';
import { compareAnnotators } from '../../src/research/interAnnotator';
import { review } from '../../src/annotations/review';
import { REVIEWED_ENTITY_COLUMNS, REVIEWED_GOAL_COLUMNS, reviewedEntitiesCsv, reviewedGoalsCsv } from '../../src/export/reviewed';
import { parseHostMessage, parseWebviewMessage, REPORT_WORDS } from '../../src/webview/agreement/protocol';

const TEXT = 'Tăng trưởng đạt 8%. Thu ngân sách đạt 20.000 tỷ đồng.';
let seq = 0;
function ann(who: string | undefined, label: Label, quote: string, status: Status = 'confirmed', attrs: Attributes = {}, updated = '2026-01-01T00:00:00.000Z'): Annotation {
  const at = TEXT.indexOf(quote);
  const a: Annotation = { id: `x${seq++}`, label, status, attrs, updated, ...makeAnchor(TEXT, at, at + quote.length) };
  if (who) a.annotator = who;
  return a;
}
const file = (annotations: Annotation[], text = TEXT) => serializeAnnotationFile({ version: 1, document: 'd.txt', annotations, textHash: textHash(text) });

describe('agreement sides', () => {
  it('reads one side’s files, re-anchors them to the current text, and reports a file it cannot read', () => {
    const problems: string[] = [];
    const moved = 'Mở đầu. ' + TEXT;
    const docs = annotatedDocuments([
      { document: 'd.txt', source: 'A/.chitieu/d.txt.json', json: file([ann('an', 'target', '8%')]) },
      { document: 'e.txt', source: 'A/.chitieu/e.txt.json', json: '{"version": 1' },
    ], (d) => (d === 'd.txt' ? moved : undefined), problems);
    assert.equal(docs.length, 1);
    assert.equal(docs[0].annotations[0].start, moved.indexOf('8%'), 'found where the text now has it');
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^A\/\.chitieu\/e\.txt\.json: .*left out of the comparison$/);
  });

  it('line and column of an offset', () => {
    assert.deepEqual(lineColumn('ab\ncd\nef', 0), [1, 1]);
    assert.deepEqual(lineColumn('ab\ncd\nef', 4), [2, 2]);
    assert.deepEqual(lineColumn('ab\ncd\nef', 6), [3, 1]);
  });

  it('lists annotators (most annotations first, adjudications aside) and takes one annotator’s side', () => {
    const adj = { ...ann('carol', 'target', '8%'), adjudication: { chose: 'an', over: 'binh' } };
    const docs = [{ path: 'd.txt', annotations: [ann('an', 'target', '8%'), ann('an', 'amount', '20.000 tỷ đồng'), ann('binh', 'target', '8%'), ann(undefined, 'target', '8%'), adj] }];
    assert.deepEqual(annotatorsIn(docs).map((c) => [c.name, c.annotations, c.documents]), [['an', 2, 1], ['', 1, 1], ['binh', 1, 1]]);
    assert.deepEqual(annotatorSide(docs, 'an')[0].annotations.map((a) => a.annotator), ['an', 'an']);
    assert.equal(annotatorSide(docs, '')[0].annotations.length, 1);
    assert.equal(withoutAdjudications(docs)[0].annotations.length, 4);
    assert.deepEqual(annotatorSide([...docs, { path: 'e.txt', annotations: [ann('binh', 'target', '8%')] }], 'an').map((d) => d.path), ['d.txt'], 'only the documents that annotator annotated');
  });

  it('adjudication takes the chosen side: confirmed when it accepted, rejected when it rejected or did not annotate', () => {
    const a = ann('an', 'target', '8%', 'confirmed', { value: 8, unit: '%' });
    const b = ann('binh', 'target', '8%', 'edited', { value: 9, unit: '%' });
    const r = compareAnnotators([{ path: 'd.txt', annotations: [a] }], [{ path: 'd.txt', annotations: [b] }]);
    const [d] = r.disagreements;
    assert.equal(d.kind, 'value');
    const names = { a: 'an', b: 'binh' };
    const tookB = adjudicationOf(d, 'b', names, { a, b }, 'carol', '2026-02-01T00:00:00.000Z');
    assert.deepEqual({ status: tookB.status, value: tookB.attrs.value, annotator: tookB.annotator, adjudication: tookB.adjudication, start: tookB.start },
      { status: 'confirmed', value: 9, annotator: 'carol', adjudication: { chose: 'binh', over: 'an' }, start: a.start });
    const only = compareAnnotators([{ path: 'd.txt', annotations: [] }], [{ path: 'd.txt', annotations: [b] }]).disagreements[0];
    assert.equal(only.kind, 'only-b');
    const tookA = adjudicationOf(only, 'a', names, { b }, '', '2026-02-01T00:00:00.000Z');
    assert.equal(tookA.status, 'rejected');
    assert.equal(tookA.label, 'target');
    assert.equal(tookA.annotator, undefined, 'no name known: none written');
    // Settled by the latest adjudication between these sides, unless a side changed since.
    const settled: Annotation = { id: 's', ...makeAnchor(TEXT, a.start, a.end), ...tookB };
    assert.deepEqual(settlementOf(d, [settled], names, { a: a.updated, b: b.updated }), { side: 'b', by: 'carol', at: '2026-02-01T00:00:00.000Z' });
    assert.equal(settlementOf(d, [settled], names, { a: '2026-03-01T00:00:00.000Z' }), undefined, 'A changed after');
    assert.equal(settlementOf(d, [settled], { a: 'an', b: 'chi' }, {}), undefined, 'another pair of sides');
    assert.equal(settlementOf(d, [{ ...settled, label: 'deadline' }], names, {}), undefined, 'another item');
  });

  it('the store format keeps an adjudication, and refuses a malformed one', () => {
    const a = { ...ann('carol', 'target', '8%'), adjudication: { chose: 'an', over: 'binh' } };
    const back = parseAnnotationFile(file([a]));
    assert.deepEqual(back.annotations[0].adjudication, { chose: 'an', over: 'binh' });
    assert.equal(back.annotations[0].annotator, 'carol');
    assert.throws(() => parseAnnotationFile(file([{ ...a, adjudication: { chose: 1 } as never }])), /"adjudication" should be/);
  });
});

describe('the annotator in reviews and exports', () => {
  it('a reviewed item says who annotated it, and the CSVs have an annotator column', () => {
    const rd = review({ path: 'd.txt', text: TEXT, extraction: { provinces: [], entities: [], goals: [] }, annotations: [ann('an', 'target', '8%', 'manual', { value: 8, unit: '%', indicator: 'tăng trưởng' })] });
    assert.equal(rd.entities[0].annotator, 'an');
    assert.equal(rd.goals[0].annotator, 'an', 'the goal made from the target');
    // The annotator column is found by name (the indicator group follows it).
    const column = (csv: string, name: string) => { const lines = csv.split('\r\n').filter(Boolean).map((l) => l.split(',')); const i = lines[0].indexOf(name); return lines.map((l) => l[i]); };
    assert.ok(REVIEWED_ENTITY_COLUMNS.includes('annotator'));
    assert.ok(REVIEWED_GOAL_COLUMNS.includes('annotator'));
    assert.deepEqual(column(reviewedEntitiesCsv([rd]), 'annotator'), ['annotator', 'an']);
    assert.deepEqual(column(reviewedGoalsCsv([rd]), 'annotator'), ['annotator', 'an']);
  });
});

describe('agreement report: messages', () => {
  it('from the page: ready, open and adjudicate with an index and a side; nothing else', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'open', index: 3, x: 1 }), { type: 'open', index: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'adjudicate', index: 0, side: 'b' }), { type: 'adjudicate', index: 0, side: 'b' });
    for (const bad of [null, 'open', {}, { type: 'open' }, { type: 'open', index: -1 }, { type: 'open', index: 1.5 }, { type: 'open', index: '1' },
      { type: 'adjudicate', index: 1, side: 'c' }, { type: 'adjudicate', side: 'a' }, { type: 'run', command: 'x' }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
  it('from the extension: a report with every word, or nothing', () => {
    const words = Object.fromEntries(REPORT_WORDS.map((k) => [k, k]));
    const report = { type: 'report', words, heading: 'h', summary: ['s'], columns: ['c'], scores: [{ name: 'overall', cells: ['1'] }],
      disagreements: [{ where: 'd.txt:1:1', kind: 'value', label: 'target', quote: '8%', a: 'x', b: 'y', canAdjudicate: true, settled: 'a', settledText: 'A' }] };
    assert.ok(parseHostMessage(report));
    assert.equal(parseHostMessage({ ...report, words: { ...words, takeA: 1 } }), undefined);
    assert.equal(parseHostMessage({ ...report, disagreements: [{ ...report.disagreements[0], settled: 'c' }] }), undefined);
    assert.equal(parseHostMessage({ ...report, scores: [{ name: 'x', cells: [1] }] }), undefined);
  });
});
