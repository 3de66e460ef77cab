/** The annotation core: input parsers (tables), the file format, the three-way merge, and review of engine output. */
import { strict as assert } from 'node:assert';
import { AMOUNT_INPUTS, DATE_INPUTS, PERIOD_INPUTS, PROVINCE_INPUTS } from '../examples/inputs.examples';
import { parseAmountInput, parseDateInput, parsePeriodInput, parseProvinceInput, type Parsed } from '../../src/annotations/parseInput';
import { AnnotationFileError, annotationPathFor, documentPathFor, newAnnotationId, parseAnnotationFile, serializeAnnotationFile } from '../../src/annotations/storeFormat';
import { mergeAnnotations } from '../../src/annotations/merge';
import { review } from '../../src/annotations/review';
import { makeAnchor } from '../../src/annotations/anchor';
import type { Annotation } from '../../src/annotations/model';
import { extract } from '../../src/engine';

function table<T>(name: string, rows: Array<[string, T | RegExp]>, parse: (s: string) => Parsed<unknown>) {
  describe(name, () => {
    for (const [input, want] of rows) {
      it(`${JSON.stringify(input)} → ${want instanceof RegExp ? `error ${want}` : JSON.stringify(want)}`, () => {
        const r = parse(input);
        if (want instanceof RegExp) { assert.equal(r.ok, false); assert.match((r as { error: string }).error, want); } else { assert.ok(r.ok, JSON.stringify(r)); assert.deepEqual(r.value, want); }
      });
    }
  });
}

describe('input parsers', () => {
  table('values', AMOUNT_INPUTS, parseAmountInput);
  table('dates', DATE_INPUTS, parseDateInput);
  table('periods', PERIOD_INPUTS, parsePeriodInput);
  table('provinces', PROVINCE_INPUTS, parseProvinceInput);
});

const a = (over: Partial<Annotation>): Annotation => ({
  id: 'a', label: 'target', status: 'confirmed', start: 0, end: 3, quote: 'abc', prefix: '', suffix: '', attrs: {}, updated: '2026-01-01T00:00:00.000Z', ...over,
});

describe('annotation file format', () => {
  it('maps documents to .chitieu/<path>.json and back', () => {
    assert.equal(annotationPathFor('corpus/a.txt'), '.chitieu/corpus/a.txt.json');
    assert.equal(annotationPathFor('corpus\\a.txt'), '.chitieu/corpus/a.txt.json');
    assert.equal(documentPathFor('.chitieu/corpus/a.txt.json'), 'corpus/a.txt');
    assert.equal(documentPathFor('corpus/a.txt.json'), undefined);
  });

  it('writes a stable key order, one annotation per line, sorted by position; reads it back', () => {
    const file = { version: 1 as const, document: 'a.txt', annotations: [
      a({ id: 'z', start: 10, end: 13, attrs: { unit: 'VND', value: 5 }, note: 'n' }),
      a({ id: 'y', start: 1, end: 4, attrs: { value: 1, indicator: 'x' } }),
    ] };
    const text = serializeAnnotationFile(file);
    const lines = text.split('\n');
    assert.equal(lines[0], '{');
    assert.ok(lines[4].startsWith('    {"id":"y","label":"target","status":"confirmed","start":1,'));
    assert.ok(lines[5].startsWith('    {"id":"z"'));
    assert.match(lines[5], /"attrs":\{"value":5,"unit":"VND"\}/);
    assert.equal(serializeAnnotationFile(parseAnnotationFile(text)), text, 'round trip is byte-stable');
  });

  it('keeps keys added by hand', () => {
    const text = serializeAnnotationFile({ version: 1, document: 'a.txt', annotations: [{ ...a({}), reviewer: 'lan' } as Annotation] });
    assert.match(text, /"reviewer":"lan"/);
    assert.match(serializeAnnotationFile(parseAnnotationFile(text)), /"reviewer":"lan"/);
  });

  const broken: Array<[string, RegExp]> = [
    ['{ "version": 1, "annotations": [ oops', /not valid JSON/],
    ['[]', /JSON object/],
    ['{"document":"a","annotations":[]}', /"version" is missing/],
    ['{"version":2,"document":"a","annotations":[]}', /newer chitieu/],
    ['{"version":1,"document":"a"}', /"annotations" should be a list/],
    [JSON.stringify({ version: 1, document: 'a', annotations: [{ ...a({}), label: 'money' }] }), /annotation 1: "label"/],
    [JSON.stringify({ version: 1, document: 'a', annotations: [{ ...a({}), start: 5, end: 2 }] }), /start ≤ end/],
    [JSON.stringify({ version: 1, document: 'a', annotations: [{ ...a({}), quote: 'abcd' }] }), /as long as/],
    [JSON.stringify({ version: 1, document: 'a', annotations: [a({}), a({})] }), /repeats the id/],
    [JSON.stringify({ version: 1, document: 'a', annotations: [a({ attrs: { value: '5' as unknown as number } })] }), /"value" should be a number/],
    [JSON.stringify({ version: 1, document: 'a', annotations: [a({ attrs: { role: 'boss' as never } })] }), /"role" should be one of/],
    [JSON.stringify({ version: 1, document: 'a', annotations: [{ ...a({}), attrs: { colour: 'red' } }] }), /unknown attribute "colour"/],
  ];
  for (const [text, want] of broken) {
    it(`refuses ${text.slice(0, 60)}… with ${want}`, () => assert.throws(() => parseAnnotationFile(text), (e: Error) => e instanceof AnnotationFileError && want.test(e.message)));
  }

  it('makes distinct ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newAnnotationId()));
    assert.equal(ids.size, 1000);
  });
});

describe('three-way merge (two writers)', () => {
  const base = [a({ id: '1' }), a({ id: '2', status: 'rejected' })];
  it('takes the other writer\'s additions and keeps ours', () => {
    const ours = [...base, a({ id: 'ours' })];
    const theirs = [...base, a({ id: 'theirs' })];
    assert.deepEqual(mergeAnnotations(base, ours, theirs).annotations.map((x) => x.id).sort(), ['1', '2', 'ours', 'theirs']);
  });
  it('a change on one side wins over no change', () => {
    const theirs = [a({ id: '1', status: 'edited', updated: '2026-02-01T00:00:00.000Z' }), base[1]];
    const r = mergeAnnotations(base, base, theirs);
    assert.equal(r.annotations.find((x) => x.id === '1')?.status, 'edited');
    assert.equal(r.fromTheirs, 1);
  });
  it('a change on both sides goes to the later one', () => {
    const ours = [a({ id: '1', status: 'rejected', updated: '2026-03-01T00:00:00.000Z' }), base[1]];
    const theirs = [a({ id: '1', status: 'edited', updated: '2026-02-01T00:00:00.000Z' }), base[1]];
    const r = mergeAnnotations(base, ours, theirs);
    assert.equal(r.annotations.find((x) => x.id === '1')?.status, 'rejected');
    assert.deepEqual(r.conflicts, ['1']);
  });
  it('a deletion on one side is kept, but loses to a change on the other', () => {
    assert.deepEqual(mergeAnnotations(base, [base[1]], base).annotations.map((x) => x.id), ['2']);
    const changed = [a({ id: '1', status: 'edited', updated: '2026-04-01T00:00:00.000Z' }), base[1]];
    assert.ok(mergeAnnotations(base, [base[1]], changed).annotations.some((x) => x.id === '1'));
  });
  it('without a base (file created meanwhile) nothing is lost', () => {
    assert.equal(mergeAnnotations(undefined, [a({ id: 'x' })], [a({ id: 'y' })]).annotations.length, 2);
  });
});

describe('review: engine output merged with annotations', () => {
  const text = 'Tỉnh Thanh Hóa phấn đấu đến năm 2025 thu hút 400 triệu USD vốn FDI. Năm 2023 đạt 300 triệu USD.';
  const x = extract(text);
  const target = x.entities.find((e) => e.type === 'amount' && e.role === 'target')!;
  const actual = x.entities.find((e) => e.type === 'amount' && e.role !== 'target')!;
  const at = (e: { span: [number, number] }, over: Partial<Annotation>) => a({ ...makeAnchor(text, e.span[0], e.span[1]), ...over });

  it('finds the fixtures it needs', () => { assert.ok(target && actual && x.goals.some((g) => g.valueSpan)); });

  it('leaves everything unreviewed without annotations', () => {
    const r = review({ path: 'a', text, extraction: x, annotations: [] });
    assert.ok(r.entities.every((e) => e.state === 'unreviewed'));
    assert.equal(r.goals.length, x.goals.length);
  });

  it('an edited target changes its goal; a rejected amount is left out (or marked)', () => {
    const anns = [at(target, { id: 't', status: 'edited', attrs: { value: 5e8, unit: 'USD', deadline: '2030' } }), at(actual, { id: 'r', label: 'amount', status: 'rejected' })];
    const r = review({ path: 'a', text, extraction: x, annotations: anns });
    const g = r.goals.find((y) => y.valueSpan?.[0] === target.span[0])!;
    assert.equal(g.value, 5e8);
    assert.equal(g.deadline, '2030');
    assert.equal(g.state, 'edited');
    assert.ok(!r.entities.some((e) => e.span[0] === actual.span[0]));
    const marked = review({ path: 'a', text, extraction: x, annotations: anns }, { rejected: 'mark' });
    assert.equal(marked.entities.find((e) => e.span[0] === actual.span[0])?.state, 'rejected');
  });

  it('an empty attribute in a target annotation clears the goal attribute (a deadline that was wrong)', () => {
    const r = review({ path: 'a', text, extraction: x, annotations: [at(target, { id: 't', status: 'edited', attrs: { value: 4e8, unit: 'USD', deadline: '' } })] });
    const g = r.goals.find((y) => y.valueSpan?.[0] === target.span[0])!;
    assert.equal(x.goals.find((y) => y.valueSpan?.[0] === target.span[0])?.deadline, '2025');
    assert.equal(g.deadline, undefined);
  });

  it('rejecting a target rejects the goal made from it; making an amount a target makes a goal', () => {
    const r = review({ path: 'a', text, extraction: x, annotations: [at(target, { id: 't', status: 'rejected' })] });
    assert.ok(!r.goals.some((y) => y.valueSpan?.[0] === target.span[0]));
    const made = review({ path: 'a', text, extraction: x, annotations: [at(actual, { id: 'm', label: 'target', status: 'edited', attrs: { value: 3e8, unit: 'USD', indicator: 'vốn FDI' } })] });
    const g = made.goals.find((y) => y.valueSpan?.[0] === actual.span[0]);
    assert.equal(g?.indicator, 'vốn FDI');
    assert.equal(g?.province, 'Thanh Hóa', 'the document\'s province');
  });

  it('a manual annotation where the engine found nothing is an item of its own; an orphan is listed apart', () => {
    const s = text.indexOf('vốn FDI');
    const r = review({ path: 'a', text, extraction: x, annotations: [
      a({ id: 'm', ...makeAnchor(text, s, s + 7), label: 'amount', status: 'manual', attrs: { value: 1, role: 'other' } }),
      a({ id: 'o', orphaned: true }),
    ] });
    assert.equal(r.entities.find((e) => e.annotationId === 'm')?.state, 'manual');
    assert.deepEqual(r.orphans.map((o) => o.id), ['o']);
  });
});
