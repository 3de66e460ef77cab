/**
 * The hand-made word boundaries of text/chars.ts must match exactly what the lookbehind they replace
 * matches (`(?<![\p{L}])`, `(?<![\p{L}\p{N}])`): same match, same index, on any text, including
 * combining marks, digits of other scripts and astral letters.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { execNotAfterLetterOrNumber, letterBefore, letterOrNumberBefore, notAfterLetter, notAfterLetterOrNumber } from '../../src/engine/text/chars';

const PIECES = ['mục tiêu', 'kế hoạch', 'cả nước', 'gdp', 'xin', 'đề nghị', 'a', 'đ', 'Đ', 'ế', 'e\u0301', '\u0301', '1', '٣', '²', '½',
  '𝐀', '😀', '\ud835', '\udc00', ' ', '\n', '.', ';', ',', '(', '-', 'Bộ Công', 'bộ', 'EVN Hà'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));

function allMatches(next: (s: string) => RegExpExecArray | null, s: string): Array<[number, string]> {
  const m = next(s);
  return m ? [[m.index, m[0]]] : [];
}

describe('word boundaries checked by hand', () => {
  const cases: Array<[string, string, 'letter' | 'letterOrNumber']> = [
    ['(?:mục tiêu|kế hoạch|đề nghị|xin)(?![\\p{L}])', 'u', 'letter'],
    ['(?:đề nghị|xin)(?![\\p{L}])[^.;]*$', 'u', 'letter'],
    ['(?:cả nước|gdp|kế hoạch)(?![\\p{L}\\p{N}])', 'u', 'letterOrNumber'],
    ['(?:[Bb]ộ|EVN)\\s+\\p{Lu}', 'u', 'letterOrNumber'],
  ];
  for (const [source, flags, kind] of cases) {
    it(`${kind}: ${source} matches as with a lookbehind`, () => {
      const lookbehind = new RegExp(`(?<![${kind === 'letter' ? '\\p{L}' : '\\p{L}\\p{N}'}])${source}`, flags);
      const byHand = kind === 'letter' ? notAfterLetter(source, flags) : notAfterLetterOrNumber(source, flags);
      fc.assert(fc.property(text, (s) => {
        assert.deepEqual(allMatches((x) => byHand.exec(x), s), allMatches((x) => lookbehind.exec(x), s), JSON.stringify(s));
        assert.equal(byHand.test(s), lookbehind.test(s));
      }), { numRuns: 500 });
    });
  }

  it('a global scan finds every match the lookbehind finds, in order', () => {
    const source = '(?:cả nước|gdp|mục tiêu)(?![\\p{L}\\p{N}])';
    fc.assert(fc.property(text, (s) => {
      const a: number[] = [], b: number[] = [];
      const plain = new RegExp(source, 'gu'), lb = new RegExp(`(?<![\\p{L}\\p{N}])${source}`, 'gu');
      let m: RegExpExecArray | null;
      while ((m = execNotAfterLetterOrNumber(plain, s)) !== null) a.push(m.index);
      while ((m = lb.exec(s)) !== null) b.push(m.index);
      assert.deepEqual(a, b);
    }), { numRuns: 500 });
  });

  it('reads the code point before: an astral letter, a combining mark, a lone surrogate', () => {
    assert.equal(letterBefore('𝐀x', 2), true); // U+1D400, a letter
    assert.equal(letterBefore('😀x', 2), false);
    assert.equal(letterBefore('e\u0301x', 2), false); // a mark is not a letter
    assert.equal(letterOrNumberBefore('٣x', 1), true); // an Arabic-Indic digit
    assert.equal(letterOrNumberBefore('\udc00x', 1), false);
    assert.equal(letterOrNumberBefore('x', 0), false);
  });
});
