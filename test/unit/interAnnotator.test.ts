/** Agreement between annotators: Cohen's κ against published worked examples, span F1 and values on hand-made cases. */
import { strict as assert } from 'node:assert';
import { cohensKappa } from '../../src/research/kappa';
import { compareAnnotators, type AnnotatedDocument } from '../../src/research/interAnnotator';
import type { Annotation, Attributes, Label, Status } from '../../src/annotations/model';

const pairs = (cells: Array<[string, string, number]>) => cells.flatMap(([a, b, n]) => Array.from({ length: n }, () => [a, b] as [string, string]));
const close = (x: number | undefined, y: number, msg?: string) => assert.ok(x !== undefined && Math.abs(x - y) < 1e-9, `${msg ?? ''} ${x} ≠ ${y}`);

describe("Cohen's kappa", () => {
  // Worked examples: Wikipedia, "Cohen's kappa" (50 grant proposals, two readers).
  const examples: Array<{ name: string; cells: Array<[string, string, number]>; kappa: number; observed: number; expected: number }> = [
    { name: 'Wikipedia, 50 proposals: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no', cells: [['yes', 'yes', 20], ['yes', 'no', 5], ['no', 'yes', 10], ['no', 'no', 15]], kappa: 0.4, observed: 0.7, expected: 0.5 },
    { name: 'Wikipedia, 60 of 100 alike: 45 yes/yes, 15 yes/no, 25 no/yes, 15 no/no (published κ = 0.1304)', cells: [['yes', 'yes', 45], ['yes', 'no', 15], ['no', 'yes', 25], ['no', 'no', 15]], kappa: 0.1304347826086957, observed: 0.6, expected: 0.54 },
    { name: 'Wikipedia, same agreement, other marginals: 25 yes/yes, 35 yes/no, 5 no/yes, 35 no/no (published κ = 0.2593)', cells: [['yes', 'yes', 25], ['yes', 'no', 35], ['no', 'yes', 5], ['no', 'no', 35]], kappa: 7 / 27, observed: 0.6, expected: 0.46 },
    { name: 'perfect agreement, three categories', cells: [['a', 'a', 3], ['b', 'b', 2], ['c', 'c', 5]], kappa: 1, observed: 1, expected: 0.38 },
    { name: 'agreement no better than chance', cells: [['yes', 'yes', 1], ['yes', 'no', 1], ['no', 'yes', 1], ['no', 'no', 1]], kappa: 0, observed: 0.5, expected: 0.5 },
  ];
  for (const e of examples) {
    it(e.name, () => {
      const k = cohensKappa(pairs(e.cells));
      close(k.kappa, e.kappa, 'kappa'); close(k.observed, e.observed, 'observed'); close(k.expected, e.expected, 'expected');
    });
  }
  it('no items, or one category for both: undefined, not NaN', () => {
    assert.equal(cohensKappa([]).kappa, undefined);
    assert.equal(cohensKappa(pairs([['yes', 'yes', 4]])).kappa, undefined);
  });
});

let seq = 0;
function ann(label: Label, start: number, end: number, status: Status = 'confirmed', attrs: Attributes = {}): Annotation {
  return { id: `a${seq++}`, label, status, start, end, quote: 'x'.repeat(end - start), prefix: '', suffix: '', attrs, updated: '2026-01-01T00:00:00.000Z' };
}
const doc = (path: string, annotations: Annotation[]): AnnotatedDocument => ({ path, annotations });

describe('agreement between two annotators', () => {
  it('identical annotations: F1 1, value agreement 1, no disagreement', () => {
    const list = [ann('target', 0, 5, 'confirmed', { value: 10, unit: '%' }), ann('deadline', 10, 20, 'confirmed', { kind: 'deadline' }), ann('province', 30, 40, 'rejected')];
    const r = compareAnnotators([doc('d.txt', list)], [doc('d.txt', list.map((a) => ({ ...a, id: a.id + 'b' })))]);
    assert.equal(r.overall.f1, 1); assert.equal(r.overall.valueAgreement, 1); assert.equal(r.overall.reviewedByBoth, 3);
    assert.deepEqual(r.disagreements, []);
  });

  it('span F1, exact and overlapping, per label', () => {
    const A = [ann('target', 0, 5), ann('target', 10, 20), ann('target', 40, 50)];
    const B = [ann('target', 0, 5), ann('target', 12, 22), ann('amount', 60, 70)];
    const r = compareAnnotators([doc('d', A)], [doc('d', B)]);
    // target: A 3, B 2; exact 1 → 2/5; overlapping 2 → 4/5.
    close(r.labels.target.f1, 2 / 5); close(r.labels.target.f1Overlap, 4 / 5);
    assert.equal(r.labels.amount.f1, 0);
    assert.equal(r.labels.province.f1, undefined);
    close(r.overall.f1, 2 / 6);
    assert.deepEqual(r.disagreements.map((d) => [d.kind, d.start]), [['only-a', 10], ['only-b', 12], ['only-a', 40], ['only-b', 60]]);
  });

  it('κ on the items both reviewed: accepted against rejected, and the label given', () => {
    const A = [ann('target', 0, 5), ann('target', 10, 15), ann('amount', 20, 25, 'rejected'), ann('target', 30, 35), ann('deadline', 40, 50)];
    const B = [ann('target', 0, 5), ann('target', 10, 15, 'rejected'), ann('amount', 20, 25, 'rejected'), ann('amount', 30, 35)];
    const r = compareAnnotators([doc('d', A)], [doc('d', B)]);
    assert.equal(r.overall.reviewedByBoth, 4); // the deadline only A reviewed
    // pairs: target/target, target/rejected, rejected/rejected, target/amount → po 0.5; A: target 3/4, rejected 1/4; B: target 1/4, rejected 2/4, amount 1/4 → pe 0.3125
    close(r.overall.kappa, (0.5 - 0.3125) / (1 - 0.3125));
    assert.deepEqual(r.disagreements.filter((d) => d.kind === 'decision').map((d) => [d.start, d.a?.status, d.b?.status, d.b?.label]), [[10, 'confirmed', 'rejected', 'target'], [30, 'confirmed', 'confirmed', 'amount']]);
  });

  it('values: the same item accepted with another value, unit or deadline is a value disagreement naming the fields', () => {
    const A = [ann('goal', 0, 5, 'confirmed', { province: 'Vĩnh Phúc', indicator: 'Tốc độ tăng GRDP', value: 10, unit: '%', deadline: '2025' }), ann('target', 10, 15, 'edited', { value: 1.5e12, unit: 'VND' })];
    const B = [ann('goal', 0, 5, 'edited', { province: 'Vĩnh Phúc', indicator: 'tốc độ  tăng grdp', value: 10, unit: '%', deadline: '2030' }), ann('target', 10, 15, 'confirmed', { value: 1.5e12, unit: 'VND' })];
    const r = compareAnnotators([doc('d', A)], [doc('d', B)]);
    close(r.overall.valueAgreement, 0.5); // case and spaces of the indicator do not count
    assert.deepEqual(r.disagreements.map((d) => [d.kind, d.label, d.fields]), [['value', 'goal', ['deadline']]]);
  });

  it('documents only one side annotated count, and unplaced (orphaned, ambiguous) annotations are left out and counted', () => {
    const r = compareAnnotators([doc('a', [ann('target', 0, 5)]), doc('b', [{ ...ann('target', 0, 5), orphaned: true }])], [doc('c', [ann('province', 1, 4)])]);
    assert.equal(r.documents, 3);
    assert.deepEqual(r.unplaced, { a: 1, b: 0 });
    assert.deepEqual(r.disagreements.map((d) => [d.document, d.kind]), [['a', 'only-a'], ['c', 'only-b']]);
  });

  it('two annotations on one item on a side: the later decides (as in review)', () => {
    const old = { ...ann('target', 0, 5, 'rejected'), updated: '2026-01-01T00:00:00.000Z' };
    const later = { ...ann('target', 0, 5, 'confirmed'), updated: '2026-02-01T00:00:00.000Z' };
    const r = compareAnnotators([doc('d', [later, old])], [doc('d', [ann('target', 0, 5)])]);
    assert.equal(r.overall.f1, 1);
  });
});
