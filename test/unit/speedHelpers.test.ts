/**
 * Helpers that replace slower code in the engine's speed work: each is checked against the code it
 * replaces, on many generated inputs.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { letterNumberWords, letterNumberWordSet } from '../../src/engine/text/scan';

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
});
