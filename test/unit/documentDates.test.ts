import { strict as assert } from 'node:assert';
import { extract } from '../../src/engine';
import { DATED_ROLE_EXAMPLES, DOCUMENT_DATE_EXAMPLES } from '../examples/documentDates.examples';

describe('document date examples (evidence only)', () => {
  for (const ex of DOCUMENT_DATE_EXAMPLES) {
    it(`${ex.expect ? ex.expect.source : 'undated'}: ${JSON.stringify(ex.text).slice(0, 80)}${ex.options ? ' ' + JSON.stringify(ex.options) : ''}`, () => {
      const got = extract(ex.text, ex.options).documentDate;
      if (ex.expect === null) { assert.equal(got, undefined, `expected undated, got ${JSON.stringify(got)}`); return; }
      assert.ok(got, 'expected a date');
      assert.equal(got.source, ex.expect.source, 'source');
      assert.ok(got.date.startsWith(ex.expect.date) || ex.expect.date.startsWith(got.date), `date ${got.date} vs ${ex.expect.date}`);
    });
  }
});

describe('roles against the document date', () => {
  for (const ex of DATED_ROLE_EXAMPLES) {
    it(`${ex.role}: ${ex.amount} in ${JSON.stringify(ex.text).slice(0, 70)}${ex.options ? ' ' + JSON.stringify(ex.options) : ''}`, () => {
      const a = extract(ex.text, ex.options).entities.find((e) => e.type === 'amount' && e.text.startsWith(ex.amount));
      assert.ok(a && a.type === 'amount', `no amount "${ex.amount}"`);
      assert.equal(a.role, ex.role);
    });
  }
});
