import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { prefixGuard, prefixesOf } from '../../src/engine/text/regexPrefixes';
import { atLikelyWordStart, atLikelyWordStartPrefixed, execAtWordStart } from '../../src/engine/text/chars';
import { TIME_RULES } from '../../src/engine/recognizers/times';

const sorted = (a: string[] | null) => (a === null ? null : [...a].sort());

describe('regexPrefixes: the strings a pattern\'s matches start with', () => {
  it('lists literals and small classes up to k units', () => {
    assert.deepEqual(sorted(prefixesOf('ab|a[xy]c|từ ngày', true, 3)), ['ab', 'axc', 'ayc', 'từ ']);
    assert.deepEqual(sorted(prefixesOf('n[aă]m(?: \\n? ?|\\n ?)\\d', true, 3)), ['nam', 'năm']);
  });

  it('reads optional parts, repetitions and lookarounds as they can match', () => {
    assert.deepEqual(sorted(prefixesOf('(?:ngày )?tháng', true, 3)), ['ngà', 'thá']);
    assert.deepEqual(sorted(prefixesOf('x{0,2}y', true, 3)), ['xxy', 'xy', 'y']);
    assert.deepEqual(sorted(prefixesOf('(?=abc)(?<![a-z])q(?!r)', true, 3)), ['q']);
  });

  it('stops at what cannot be listed', () => {
    assert.deepEqual(sorted(prefixesOf('a.b', true, 3)), ['a']);
    assert.deepEqual(sorted(prefixesOf('a[^b]c', true, 3)), ['a']);
    assert.deepEqual(sorted(prefixesOf('a\\p{L}', true, 3)), ['a']);
    assert.deepEqual(sorted(prefixesOf('(a)\\1', true, 3)), ['a']);
  });

  it('keeps a large class as one unit of the guard', () => {
    const guard = prefixGuard(['\\d{1,2}/\\d', 'năm'], true, 3, 64);
    assert.ok(guard !== null);
    const re = new RegExp(`^(?:${guard})`, 'u');
    for (const s of ['12/3', '1/2', 'năm']) assert.ok(re.test(s), s);
    for (const s of ['12x', 'nam', 'x']) assert.ok(!re.test(s), s);
  });

  it('gives no guard for a pattern that can match nothing or a character outside the BMP', () => {
    assert.equal(prefixGuard(['a?'], true, 3, 64), null);
    assert.equal(prefixGuard(['😀x'], true, 3, 64), null);
  });
});

describe('atLikelyWordStartPrefixed: the same matches at word starts', () => {
  const sources = [
    '(?:đến|tới)(?: \\n? ?|\\n ?)(?:hết(?: \\n? ?|\\n ?))?n[aă]m (\\d{4})(?![\\p{N}])',
    '(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d\\d)',
    '(?:ngày (?:mồng )?|mồng )(\\d{1,2}) tháng (\\d{1,2})(?![\\p{N}])',
  ];
  const all = (re: RegExp, s: string) => {
    const out: string[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = execAtWordStart(re, s)) !== null) out.push(`${m.index}:${m.join('|')}`);
    return out;
  };
  const words = ['đến', 'tới', 'hết', 'năm', 'nam', 'ngày', 'mồng', 'tháng', '2025', '12', '3', '1/12/2024', '5-6-2021', 'x', 'đếnnăm', ' ', '\n', ',', '('];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((a) => a.join(' '));

  for (const source of sources) {
    it(source.slice(0, 40), () => {
      const plain = new RegExp(atLikelyWordStart(source), 'gu');
      const prefixed = new RegExp(atLikelyWordStartPrefixed(source), 'gu');
      assert.notEqual(prefixed.source, plain.source);
      fc.assert(fc.property(text, (s) => { assert.deepEqual(all(prefixed, s), all(plain, s)); }), { numRuns: 300 });
    });
  }

  it('has a guard for every time rule', () => {
    for (const rule of TIME_RULES) assert.ok(prefixGuard([rule.re.source], true, 3, 64) !== null, rule.id);
  });
});
