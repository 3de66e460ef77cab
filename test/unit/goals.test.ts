/**
 * The goal example table (test/examples/goals.examples.ts) against `extract`.
 *
 * Today's engine fails many rows, so by default one test asserts that the number of rows passed
 * does not fall below GOAL_TABLE_FLOOR (raise it as the engine improves), and prints the pass
 * counts per category. `CHITIEU_GOAL_TABLE=all npx mocha test/unit/goals.test.ts` runs one test
 * per row instead, with the reason each failing row fails.
 */
import { strict as assert } from 'node:assert';
import { extract, PROVINCES, type Goal } from '../../src/engine';
import { GOAL_CATEGORIES, GOAL_EXAMPLES, type GoalCategory, type GoalExample, type GoalExpect } from '../examples/goals.examples';

/** Rows today's engine passes; the table may not regress below it. */
export const GOAL_TABLE_FLOOR = 177;

// An indicator agrees when it shares most of its syllables with the expected one (syllable F1 ≥ 0.6),
// as /work/shared/eval/score.mjs `sameIndicator` decides.
const syllables = (s: string | undefined): string[] => String(s ?? '').normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
export function sameIndicator(expected: string, predicted: string): boolean {
  const A = syllables(expected), B = syllables(predicted);
  if (!A.length || !B.length) return false;
  const left = [...B];
  let hit = 0;
  for (const x of A) {
    const k = left.indexOf(x);
    if (k >= 0) { hit++; left.splice(k, 1); }
  }
  const pr = hit / B.length, rc = hit / A.length;
  return pr + rc > 0 && 2 * pr * rc / (pr + rc) >= 0.6;
}

const fold = (s: string | null | undefined): string => String(s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
// Province names compare without an administrative prefix and with either tone-mark placement.
const TONE: Record<string, string> = { 'oá': 'óa', 'oà': 'òa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oé': 'óe', 'oè': 'òe', 'uý': 'úy', 'uỳ': 'ùy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy' };
const provinceKey = (p: string | null): string | null => p === null ? null : fold(p)
  .replace(/^(tỉnh|thành phố|tp\.?)\s*/, '')
  .replace(/o[áàảãạéè]|u[ýỳỷỹỵ]/g, (m) => TONE[m] ?? m);

const UNIT_ALIASES: Record<string, string> = { 'đồng': 'vnd', 'vnđ': 'vnd', 'vnd': 'vnd', 'đ': 'vnd', 'usd': 'usd', 'đô la mỹ': 'usd', '%': '%', 'phần trăm': '%', 'héc-ta': 'ha', 'hecta': 'ha', 'ha': 'ha', 'km2': 'km²', 'km²': 'km²', 'm2': 'm²', 'm²': 'm²', 'μg/m3': 'μg/m³', 'µg/m3': 'μg/m³', 'µg/m³': 'μg/m³', 'μg/m³': 'μg/m³' };
const CANONICAL = new Set(Object.values(UNIT_ALIASES));
const unitKey = (u: string | undefined): string => { const f = fold(u); return UNIT_ALIASES[f] ?? f; };
/** Canonical units must be equal (case-insensitive, `đồng` = `VNĐ` = `VND`); a counted noun may be written shorter (`cụm` ~ `cụm công nghiệp`), as SCHEMA says the scorer accepts. */
function sameUnit(expected: string | undefined, predicted: string | undefined): boolean {
  const x = unitKey(expected), y = unitKey(predicted);
  if (x === y) return true;
  if (!x || !y || CANONICAL.has(x) || CANONICAL.has(y)) return false;
  return x.startsWith(y + ' ') || y.startsWith(x + ' ');
}
const close = (a: number | undefined, b: number | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
/** A deadline agrees when the predicted one is the expected one or more precise (`2030` ~ `2030-12`). */
const sameDeadline = (expected: string, predicted: string | undefined): boolean =>
  predicted !== undefined && (predicted === expected || predicted.startsWith(expected + '-'));

const isQuantitative = (e: GoalExpect): boolean => e.quantitative ?? e.value !== undefined;

/** The ways a predicted goal disagrees with an expected one; empty when it matches. */
function disagreements(e: GoalExpect, g: Goal): string[] {
  const out: string[] = [];
  if (isQuantitative(e) !== g.quantitative) out.push(`quantitative ${g.quantitative}`);
  if (isQuantitative(e)) {
    if (!close(g.value, e.value)) out.push(`value ${g.value} ≠ ${e.value}`);
    if (!close(g.max, e.max)) out.push(`max ${g.max} ≠ ${e.max}`);
    if (!sameUnit(e.unit, g.unit)) out.push(`unit ${JSON.stringify(g.unit)} ≠ ${JSON.stringify(e.unit)}`);
  }
  if (e.qualifier !== undefined && g.qualifier !== e.qualifier) out.push(`qualifier ${g.qualifier} ≠ ${e.qualifier}`);
  if (e.deadline !== undefined && !sameDeadline(e.deadline, g.deadline)) out.push(`deadline ${g.deadline} ≠ ${e.deadline}`);
  if (!sameIndicator(e.indicator, g.indicator)) out.push(`indicator "${g.indicator}" ≁ "${e.indicator}"`);
  return out;
}

/** A pairing candidate: same province and, for a quantitative goal, the same value and unit. */
function candidate(e: GoalExpect, g: Goal): boolean {
  if (provinceKey(e.province) !== provinceKey(g.province)) return false;
  if (isQuantitative(e)) return g.quantitative && close(g.value, e.value) && sameUnit(e.unit, g.unit);
  return !g.quantitative && sameIndicator(e.indicator, g.indicator);
}

const describeGoal = (g: Goal): string =>
  `${g.province ?? 'national'} / ${g.indicator} ${g.quantitative ? `${g.value ?? ''}${g.max !== undefined ? `–${g.max}` : ''} ${g.unit ?? ''}${g.qualifier ? ` (${g.qualifier})` : ''}` : '(qualitative)'} ${g.deadline ?? ''}`.trim();
const describeExpect = (e: GoalExpect): string =>
  `${e.province ?? 'national'} / ${e.indicator} ${isQuantitative(e) ? `${e.value ?? ''}${e.max !== undefined ? `–${e.max}` : ''} ${e.unit ?? ''}${e.qualifier ? ` (${e.qualifier})` : ''}` : '(qualitative)'} ${e.deadline ?? ''}`.trim();

/** Why the engine's goals for an example differ from the expected ones (empty when they match one-to-one). */
export function goalTableProblems(ex: GoalExample): string[] {
  const goals = extract(ex.text, { referenceDate: ex.referenceDate }).goals;
  const free = goals.map(() => true);
  const problems: string[] = [];
  for (const e of ex.expect) {
    const options = goals.map((g, i) => ({ g, i })).filter(({ g, i }) => free[i] && candidate(e, g));
    if (!options.length) { problems.push(`missing: ${describeExpect(e)}`); continue; }
    const best = options.find(({ g }) => disagreements(e, g).length === 0) ?? options[0];
    free[best.i] = false;
    const diff = disagreements(e, best.g);
    if (diff.length) problems.push(`${describeExpect(e)}: ${diff.join('; ')}`);
  }
  goals.forEach((g, i) => { if (free[i]) problems.push(`extra: ${describeGoal(g)}`); });
  return problems;
}

const label = (ex: GoalExample): string => `[${ex.category}] ${JSON.stringify(ex.text).slice(0, 90)} → ${ex.expect.length || 'none'}`;

/** Rows passed, in all and per category, with the summary line the lead tracks. */
function tallyTable(): { passed: number; summary: string } {
  const tally = new Map<GoalCategory, { passed: number; total: number }>();
  for (const key of Object.keys(GOAL_CATEGORIES) as GoalCategory[]) tally.set(key, { passed: 0, total: 0 });
  let passed = 0;
  for (const ex of GOAL_EXAMPLES) {
    const t = tally.get(ex.category)!;
    t.total++;
    if (goalTableProblems(ex).length === 0) { t.passed++; passed++; }
  }
  const perCategory = [...tally].map(([key, t]) => `${key} ${t.passed}/${t.total}`).join(', ');
  return { passed, summary: `goal table: ${passed}/${GOAL_EXAMPLES.length} passed (${perCategory})` };
}

describe('goal examples (Duckling-style table)', () => {
  if (process.env.CHITIEU_GOAL_TABLE === 'all') {
    for (const ex of GOAL_EXAMPLES) {
      it(label(ex), () => {
        const problems = goalTableProblems(ex);
        if (problems.length) assert.fail(problems.join('\n'));
      });
    }
    after(() => { process.stdout.write(`\n  ${tallyTable().summary}\n`); });
    return;
  }
  it(`passes at least ${GOAL_TABLE_FLOOR} of ${GOAL_EXAMPLES.length} rows (CHITIEU_GOAL_TABLE=all runs each row)`, () => {
    const { passed, summary } = tallyTable();
    process.stdout.write(`\n  ${summary}\n`);
    assert.ok(passed >= GOAL_TABLE_FLOOR, `goal table passes ${passed} rows, below the floor ${GOAL_TABLE_FLOOR}`);
  });
});

describe('goal example table: shape', () => {
  it('has positive and negative rows in every category', () => {
    for (const key of Object.keys(GOAL_CATEGORIES) as GoalCategory[]) {
      const rows = GOAL_EXAMPLES.filter((ex) => ex.category === key);
      assert.ok(rows.some((ex) => ex.expect.length > 0), `${key}: no positive row`);
      assert.ok(rows.some((ex) => ex.expect.length === 0), `${key}: no negative row`);
    }
    assert.ok(GOAL_EXAMPLES.filter((ex) => ex.expect.length === 0).length >= 20, 'too few negative rows');
  });

  it('names provinces by their canonical names', () => {
    const names = new Set(PROVINCES.map((p) => p.name));
    for (const ex of GOAL_EXAMPLES) {
      for (const e of ex.expect) if (e.province !== null) assert.ok(names.has(e.province), `${e.province} in ${JSON.stringify(ex.text).slice(0, 60)}`);
    }
  });

  it('matches the indicator by syllable F1 ≥ 0.6, as the project scorer does', () => {
    assert.ok(sameIndicator('tỷ lệ hộ dân có điện thoại thông minh', 'Tỷ lệ hộ dân có điện thoại thông minh'));
    assert.ok(sameIndicator('tốc độ tăng trưởng GRDP', 'tăng trưởng GRDP'));
    assert.ok(!sameIndicator('tỷ lệ hộ nghèo', '%'));
    assert.ok(!sameIndicator('kim ngạch xuất khẩu', 'lĩnh vực'));
  });
});
