/**
 * Helpers that replace slower code in the engine's speed work: each is checked against the code it
 * replaces, on many generated inputs.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { collapseSpaces, leadingWords, letterNumberWords, letterNumberWordSet } from '../../src/engine/text/scan';
import { wholeWordTest } from '../../src/engine/goals/indicator';

/** Every code unit `\s` matches, and some it does not. */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e'];
/** Pieces a text is made of: Vietnamese words, digits, punctuation, spaces, a surrogate pair, a lone surrogate, a combining mark. */
const PIECES = ['tỷ', 'lệ', 'GRDP', 'đạt', '2030', '8,5', ' ', '  ', '\n', ',', '-', '(', ')', '%', 'Ð', 'İ', '𝐀', '😀', '\ud800', '\udc00', 'e\u0301', 'ς', 'ǅ', '_'];

describe('speed helpers', () => {
  it('letterNumberWordSet is the set of letterNumberWords split at spaces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.string({ maxLength: 20 }), (parts, noise) => {
      const s = parts.join('') + noise;
      const words = letterNumberWords(s, 0, s.length);
      assert.deepEqual([...letterNumberWordSet(s)].sort(), [...new Set(words ? words.split(' ') : [])].sort());
    }), { numRuns: 5000 });
  });

  it('collapseSpaces is replace(/\\s+/g, " "), and returns the string itself when nothing changes', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES, ...SPACES, ...SPACES), { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      const expected = s.replace(/\s+/g, ' ');
      assert.equal(collapseSpaces(s), expected);
      if (expected === s) assert.ok(Object.is(collapseSpaces(s), s));
    }), { numRuns: 20000 });
  });

  it('leadingWords is split(/\\s+/, max) on a trimmed, non-empty string', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES, ...SPACES, ...SPACES), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (parts, max) => {
      const s = parts.join('').trim();
      if (!s) return;
      assert.deepEqual(leadingWords(s, max), s.split(/\s+/, max));
    }), { numRuns: 20000 });
  });

  /** Letters that fold together under `iu` (and some that lower-case to a letter of a word but do not fold to it). */
  const CASES = ['với', 'VỚI', 'Với', 'mà', 'MÀ', 'khi', 'KHI', 'K\u212aHI', 'nhằm', 'NHẰM', 'để', 'ĐỂ', 'thì', 'THÌ', 'tỷ lệ', 'TỶ LỆ', 'Tỷ Lệ',
    'mức', 'MỨC', 'có', 'CÓ', 'İ', 'ı', 'ſ', 'ß', 'ẞ', 'ǅ', 'Σ', 'ς', '𐐀', '𐐨', ' ', ' ', ' ', 'x', 'a', 'đạt', 'ra', 'trong tổng số', 'TRONG TỔNG SỐ'];

  it('wholeWordTest is the whole-string pattern it stands for, case-blind', () => {
    const words = ['có', 'là', 'với', 'chưa đạt', 'đặt ra', 'trong tổng số', 'tỷ lệ', 'mức', 'k'];
    for (const orEmpty of [false, true]) {
      const re = new RegExp(`^(?:${words.join('|')})${orEmpty ? '?' : ''}$`, 'iu');
      const test = wholeWordTest(words, orEmpty);
      fc.assert(fc.property(fc.array(fc.constantFrom(...CASES), { maxLength: 4 }), (parts) => {
        const s = parts.join('');
        assert.equal(test(s), re.test(s), JSON.stringify(s));
      }), { numRuns: 20000 });
      for (const w of [...words, ...words.map((x) => x.toUpperCase()), '', 'K', '\u212a']) assert.equal(test(w), re.test(w), w);
    }
  });
});
