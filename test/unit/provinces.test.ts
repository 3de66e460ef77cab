import { strict as assert } from 'node:assert';
import { extract, type ProvinceEntity } from '../../src/engine';
import { PROVINCE_DOCUMENT_EXAMPLES, PROVINCE_EXAMPLES, type ProvinceExample } from '../examples/provinces.examples';

/** PROVINCE_DOCUMENT_EXAMPLES rows today's engine passes; they may not regress below it. */
export const PROVINCE_DOCUMENT_FLOOR = 12;

const mentions = (text: string): string[] =>
  extract(text).entities.filter((e): e is ProvinceEntity => e.type === 'province').map((p) => p.name);

/** Why a document-province row fails (empty when the mentions and the document's provinces are right). */
function documentProblems(ex: Required<ProvinceExample>): string[] {
  const result = extract(ex.text);
  const named = result.entities.filter((e): e is ProvinceEntity => e.type === 'province').map((p) => p.name);
  const about = result.provinces.map((p) => p.name).sort();
  const problems: string[] = [];
  if (JSON.stringify(named) !== JSON.stringify(ex.expect)) problems.push(`mentions ${JSON.stringify(named)} ≠ ${JSON.stringify(ex.expect)}`);
  if (JSON.stringify(about) !== JSON.stringify([...ex.about].sort())) problems.push(`about ${JSON.stringify(about)} ≠ ${JSON.stringify([...ex.about].sort())}`);
  return problems;
}

describe('province examples', () => {
  for (const ex of PROVINCE_EXAMPLES) {
    it(`${JSON.stringify(ex.text).slice(0, 90)} → ${ex.expect.join(', ') || 'none'}`, () => {
      assert.deepEqual(mentions(ex.text), ex.expect);
    });
  }
});

describe('document province examples (issue 8, item 12)', () => {
  if (process.env.CHITIEU_GOAL_TABLE === 'all') {
    for (const ex of PROVINCE_DOCUMENT_EXAMPLES) {
      it(`${JSON.stringify(ex.text).slice(0, 90)} → about ${ex.about.join(', ') || 'none'}`, () => {
        const problems = documentProblems(ex);
        if (problems.length) assert.fail(problems.join('\n'));
      });
    }
    return;
  }
  it(`passes at least ${PROVINCE_DOCUMENT_FLOOR} of ${PROVINCE_DOCUMENT_EXAMPLES.length} rows (CHITIEU_GOAL_TABLE=all runs each row)`, () => {
    const passed = PROVINCE_DOCUMENT_EXAMPLES.filter((ex) => documentProblems(ex).length === 0).length;
    process.stdout.write(`\n  document provinces: ${passed}/${PROVINCE_DOCUMENT_EXAMPLES.length} passed\n`);
    assert.ok(passed >= PROVINCE_DOCUMENT_FLOOR, `document province rows pass ${passed}, below the floor ${PROVINCE_DOCUMENT_FLOOR}`);
  });
});
