import { strict as assert } from 'node:assert';
import { extract, type AmountEntity } from '../../src/engine';
import { AMOUNT_EXAMPLES } from '../examples/amounts.examples';

const close = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));

describe('amount examples (Duckling-style table)', () => {
  for (const ex of AMOUNT_EXAMPLES) {
    const label = `${ex.expect ? '+' : '−'} ${JSON.stringify(ex.text).slice(0, 90)}`;
    it(label, () => {
      const amounts = extract(ex.text, { referenceDate: ex.referenceDate }).entities.filter((e): e is AmountEntity => e.type === 'amount');
      if (ex.expect === null) {
        assert.deepEqual(amounts.map((a) => a.text), [], 'expected no amount');
        return;
      }
      assert.equal(amounts.length, 1, `expected one amount, got ${JSON.stringify(amounts.map((a) => a.text))}`);
      const [a] = amounts;
      const e = ex.expect;
      assert.equal(a.text, e.text, 'span text');
      assert.ok(close(a.value, e.value), `value ${a.value} ≠ ${e.value}`);
      assert.ok(close(a.max, e.max), `max ${a.max} ≠ ${e.max}`);
      assert.equal(a.unit, e.unit, 'unit');
      assert.equal(a.qualifier, e.qualifier, 'qualifier');
      if (e.role) assert.equal(a.role, e.role, 'role');
    });
  }
});

describe('qualifiers across two amounts', () => {
  const amountsOf = (text: string) => extract(text).entities.filter((e): e is AmountEntity => e.type === 'amount');
  it('an estimate carries to a second verb coordinated with the first (`ước tăng X … và tăng Y`)', () => {
    const [a, b] = amountsOf('Kim ngạch xuất khẩu ước tăng 8% so với cùng kỳ và tăng 5% so với kế hoạch.');
    assert.equal(a.qualifier, 'about');
    assert.equal(b.qualifier, 'about');
  });
  it('without `ước` before the first verb, neither amount is an estimate', () => {
    const [a, b] = amountsOf('Kim ngạch xuất khẩu tăng 8% so với cùng kỳ và tăng 5% so với kế hoạch.');
    assert.equal(a.qualifier, undefined);
    assert.equal(b.qualifier, undefined);
  });
  it('the estimate stops at the end of the clause', () => {
    const [, b] = amountsOf('Kim ngạch ước tăng 8%; doanh thu dịch vụ và tăng 5% so với kế hoạch.');
    assert.equal(b.qualifier, undefined);
  });
});
