import { strict as assert } from 'node:assert';
import { extract, type AmountEntity } from '../../src/engine';
import { TABLE_RULES } from '../../src/engine/recognizers/tables';
import { parseUnit, readColumn } from '../../src/engine/recognizers/tableCells';
import { HEADER_EXAMPLES, TABLE_EXAMPLES, UNIT_EXAMPLES } from '../examples/tables.examples';

const close = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));

const isTableAmount = (e: { type: string; rule: string }): e is AmountEntity => e.type === 'amount' && e.rule.startsWith('amount.table.');

describe('table examples (Duckling-style table)', () => {
  const produced = new Set<string>();
  for (const ex of TABLE_EXAMPLES) {
    describe(`${ex.amounts.length ? '+' : '−'} ${ex.name}`, () => {
      const result = extract(ex.text, { referenceDate: ex.referenceDate });
      const amounts = result.entities.filter(isTableAmount);
      const goals = result.goals.filter((g) => g.rule === 'goal.table');
      for (const a of amounts) produced.add(a.rule);
      for (const g of goals) produced.add(g.rule);

      it('reads the table cells', () => {
        assert.deepEqual(amounts.map((a) => a.text), ex.amounts.map((a) => a.text), 'cells');
        ex.amounts.forEach((e, i) => {
          const a = amounts[i];
          assert.ok(close(a.value, e.value), `${e.text}: value ${a.value} ≠ ${e.value}`);
          assert.ok(close(a.max, e.max), `${e.text}: max ${a.max} ≠ ${e.max}`);
          assert.equal(a.unit, e.unit, `${e.text}: unit`);
          assert.equal(a.qualifier, e.qualifier, `${e.text}: qualifier`);
          if (e.role) assert.equal(a.role, e.role, `${e.text}: role`);
        });
      });

      if (ex.goals) {
        const expected = ex.goals;
        it(expected.length ? 'makes a goal of each target cell' : 'makes no goal', () => {
          assert.deepEqual(goals.map((g) => ({ province: g.province, indicator: g.indicator, unit: g.unit, deadline: g.deadline, period: g.period })),
            expected.map((g) => ({ province: g.province, indicator: g.indicator, unit: g.unit, deadline: g.deadline, period: g.period })));
          expected.forEach((e, i) => assert.ok(close(goals[i].value, e.value), `goal ${i}: value ${goals[i].value} ≠ ${e.value}`));
          for (const g of goals) assert.ok(g.evidence.length > 0 && ex.text.includes(g.evidence), 'evidence is a stretch of the text');
        });
      }
    });
  }

  it('every table rule has an example', () => {
    for (const rule of [...Object.values(TABLE_RULES), 'goal.table']) assert.ok(produced.has(rule), `no example produces ${rule}`);
  });
});

describe('table column headers (Duckling-style table)', () => {
  for (const ex of HEADER_EXAMPLES) {
    it(`${ex.expect ? '+' : '−'} ${ex.header}`, () => {
      const col = readColumn(ex.header);
      if (ex.expect === null) { assert.equal(col, null); return; }
      assert.ok(col, 'a value column');
      assert.deepEqual({ role: col.role, year: col.year, period: col.period, unit: col.unit?.unit, indicator: col.indicator },
        { role: ex.expect.role, year: ex.expect.year, period: ex.expect.period, unit: ex.expect.unit, indicator: ex.expect.indicator });
    });
  }
});

describe('table units (Duckling-style table)', () => {
  for (const ex of UNIT_EXAMPLES) {
    it(`${ex.expect ? '+' : '−'} ${ex.written}`, () => {
      const u = parseUnit(ex.written);
      assert.deepEqual(u && { unit: u.unit, factor: u.factor }, ex.expect);
    });
  }
});
