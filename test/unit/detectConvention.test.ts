import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectConvention, type NumberConvention } from '../../src/engine/recognizers/numbers';

/** The convention as decided over the matches of `\d+(?:[.,]\d+)*` one after another (the first implementation). */
function byTokens(text: string): NumberConvention {
  let vi = 0, en = 0, seen = 0;
  const re = /\d+(?:[.,]\d+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && seen < 2000) {
    const t = m[0];
    if (!t.includes('.') && !t.includes(',')) continue;
    seen++;
    const next = text[m.index + t.length];
    if (next === '.' || next === ')') continue;
    const hasDot = t.includes('.'), hasComma = t.includes(',');
    if (hasDot && hasComma) { if (t.lastIndexOf(',') > t.lastIndexOf('.')) vi++; else en++; continue; }
    const parts = t.split(/[.,]/);
    const tail = parts[parts.length - 1].length;
    if (hasComma) { if (tail !== 3) vi++; else if (parts.length > 2) en++; } else if (tail !== 3) en++; else if (parts.length > 2) vi++;
  }
  return en >= 3 && en > 2 * vi ? 'en' : 'vi';
}

describe('detectConvention reads digit chains as the token pattern does', () => {
  it('on texts of digits, separators and words', () => {
    const pieces = ['1', '2', '0', '.', ',', ')', ' ', 'a', '12', '123', '1.234', '1,5', '2.1.', '1.234.567', '100,000', '9,99', '..', ',,', '3.5'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), (s) => {
      assert.equal(detectConvention(s), byTokens(s));
    }), { numRuns: 3000 });
  });

  it('stops after 2000 numbers with a separator', () => {
    for (const n of [1997, 1998]) {
      const s = '1.234 '.repeat(n) + '1.5 '.repeat(3);
      assert.equal(detectConvention(s), byTokens(s));
    }
    assert.equal(detectConvention('1.234 '.repeat(1997) + '1.5 '.repeat(3)), 'en');
    assert.equal(detectConvention('1.234 '.repeat(1998) + '1.5 '.repeat(3)), 'vi');
  });
});
