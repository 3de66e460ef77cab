/**
 * The quality bar of issues #2 and #8 (the third set: undated plans, flattened tables, national
 * decisions; indicator agreement on matched goals), asserted on the project's own copy of the development sets
 * (test/fixtures). The engine is also judged on texts we do not have: these thresholds guard
 * against regressions, the example tables guard the language rules.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { formatReport, scoreFolder } from '../scoring/score';

const BAR = {
  amount: { f1: 0.95, value_accuracy: 0.98, unit_accuracy: 0.98, role_accuracy: 0.9 },
  time: { f1: 0.95, kind_accuracy: 0.9, bounds_accuracy: 0.9 },
  goal: { f1: 0.8, indicator_accuracy: 0.8 },
  province: { f1: 0.95 },
} as const;

for (const set of ['seeds', 'more', 'third']) {
  describe(`development set "${set}" meets the quality bar`, () => {
    const dir = join(__dirname, '..', 'fixtures', set);
    const report = scoreFolder(dir, join(dir, 'gold'));
    for (const [kind, bar] of Object.entries(BAR)) {
      for (const [metric, min] of Object.entries(bar)) {
        it(`${kind} ${metric} ≥ ${min}`, () => {
          const got = (report as unknown as Record<string, Record<string, number>>)[kind][metric];
          assert.ok(got >= min, `${kind} ${metric} = ${got.toFixed(3)} < ${min}\n${formatReport(report)}\n${report.misses.join('\n')}`);
        });
      }
    }
    if (set === 'seeds') it('provinces F1 = 1.0 on the seeds', () => assert.equal(report.province.f1, 1, report.misses.join('\n')));
  });
}
