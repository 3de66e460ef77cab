import { strict as assert } from 'node:assert';
import { extract, type TimeEntity } from '../../src/engine';
import { TIME_EXAMPLES } from '../examples/times.examples';
import { TIME_RULES, withoutCaptures } from '../../src/engine/recognizers/times';

describe('time examples (Duckling-style table)', () => {
  for (const ex of TIME_EXAMPLES) {
    it(`${ex.expect ? '+' : '−'} ${JSON.stringify(ex.text).slice(0, 90)}`, () => {
      const times = extract(ex.text, { referenceDate: ex.referenceDate }).entities.filter((e): e is TimeEntity => e.type === 'time');
      if (ex.expect === null) {
        assert.deepEqual(times.map((t) => t.text), [], 'expected no time expression');
        return;
      }
      assert.equal(times.length, 1, `expected one time, got ${JSON.stringify(times.map((t) => t.text))}`);
      const [t] = times;
      assert.equal(t.text, ex.expect.text, 'span text');
      assert.equal(t.kind, ex.expect.kind, 'kind');
      assert.equal(t.start, ex.expect.start, 'start');
      assert.equal(t.end, ex.expect.end, 'end');
    });
  }
});

describe('the combined time pattern', () => {
  it('keeps, for each rule, the groups V8 counts in its source made non-capturing (those back-references need)', () => {
    for (const rule of TIME_RULES) {
      const { source, kept } = withoutCaptures(rule.re.source, 1);
      const count = (new RegExp(`${source}|`, 'u').exec('') as RegExpExecArray).length - 1;
      assert.equal(count, kept, `time rule ${rule.id}`);
    }
  });
});
