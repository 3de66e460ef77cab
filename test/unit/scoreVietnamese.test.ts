/**
 * scoreVietnamese, the judge of a decoding: one pass by a table now, against the patterns it was
 * written with (kept here as its definition) on every decoding of distinct documents and on random
 * strings of letters, marks, surrogates and odd characters.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isVietnameseSyllable, scoreVietnamese } from '../../src/sources/encodings/syllables';
import { decodeAs, LEGACY_ENCODINGS } from '../../src/sources/encodings/detect';
import { DocumentMixer, fixtureTexts } from '../../scripts/bench-corpus';

/** The definition: words are runs of `[\p{L}\p{M}]`; those with a unit outside printable ASCII are judged. */
function byPatterns(text: string): { good: number; bad: number; odd: number } {
  let good = 0, bad = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (!/[^\x20-\x7e]/u.test(m[0])) continue;
    if (isVietnameseSyllable(m[0])) good++; else bad++;
  }
  // eslint-disable-next-line no-control-regex -- the control characters are what it counts
  const odd = text.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00a1-\u00bf\u00d7\u00f7\ufffd]/gu)?.length ?? 0;
  return { good, bad, odd };
}
const counts = (t: string) => { const { good, bad, odd } = scoreVietnamese(t); return { good, bad, odd }; };

describe('scoreVietnamese', () => {
  it('counts what the patterns counted, on every decoding of distinct documents', () => {
    const mixer = new DocumentMixer(['seeds', 'more'].flatMap(fixtureTexts));
    for (let k = 0; k < 40; k++) {
      const bytes = new TextEncoder().encode(mixer.next());
      for (const name of LEGACY_ENCODINGS) {
        const text = decodeAs(bytes, name);
        assert.deepEqual(counts(text), byPatterns(text), `document ${k} read as ${name}`);
      }
    }
  });

  it('counts what the patterns counted, on random strings', () => {
    const units = fc.constantFrom('a', 'á', 'ệ', 'Đ', 'ª', 'µ', 'º', '¿', '×', '\u0001', '\u009f', '\ufffd', ' ', '1', '-', 'e\u0301', '\u0301',
      '𝐀', '😀', '\ud835', '\udc00', 'ß', 'Ω', '中', 'ườ', 'qu', 'ngh');
    fc.assert(fc.property(fc.array(units, { maxLength: 30 }).map((a) => a.join('')), (t) => {
      assert.deepEqual(counts(t), byPatterns(t));
    }), { numRuns: 2000 });
  });

  it('scores a Vietnamese text high and a wrong decoding low', () => {
    assert.ok(scoreVietnamese('Phấn đấu đến năm 2025 tỷ lệ hộ nghèo giảm còn 2%').score > 0.9);
    assert.ok(scoreVietnamese('PhÊn ®Êu ®Õn n¨m 2025 tû lÖ hé nghÌo').score < 0.5);
  });
});
