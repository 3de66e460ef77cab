/**
 * Reading legacy encodings, each decoding of a file judged. scoreVietnamese, the judge: one pass by a
 * table now, against the patterns it was written with (kept here as its definition), on every
 * decoding of distinct documents and on random strings of letters, marks, surrogates and odd
 * characters. decodeVni, by tables now, against decoding byte by byte.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isVietnameseSyllable, scoreVietnamese } from '../../src/sources/encodings/syllables';
import { decodeAs, LEGACY_ENCODINGS } from '../../src/sources/encodings/detect';
import { decodeVni } from '../../src/sources/encodings/vni';
import { WINDOWS_1252 } from '../../src/sources/encodings/singleByte';
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

describe('decodeVni', () => {
  it('decodes as decoding byte by byte and composing the whole text did, on random bytes', () => {
    // The definition: a base vowel byte takes the marks of the diacritic byte after it; the text is composed once.
    const singles: Record<number, string> = { 0xf1: 'đ', 0xd1: 'Đ', 0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư', 0xed: 'í', 0xcd: 'Í', 0xec: 'ì', 0xcc: 'Ì',
      0xe6: 'ỉ', 0xc6: 'Ỉ', 0xf3: 'ĩ', 0xd3: 'Ĩ', 0xf2: 'ị', 0xd2: 'Ị' };
    const byDefinition = (bytes: Uint8Array) => {
      let out = '';
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        let ch = singles[b] ?? WINDOWS_1252.table[b];
        const base = /[aeiouyAEIOUY]/.test(String.fromCharCode(b)) || [0xf4, 0xd4, 0xf6, 0xd6].includes(b);
        const marks = base && i + 1 < bytes.length ? vniMarks(bytes[i + 1]) : undefined;
        if (marks !== undefined) { ch += marks; i++; }
        out += ch;
      }
      return out.normalize('NFC');
    };
    const bytes = fc.array(fc.oneof(fc.constantFrom(0x61, 0x65, 0x6f, 0x79, 0x41, 0x59, 0xf4, 0xd6, 0x20, 0xe2, 0xc2, 0xea, 0xf9, 0xd9, 0xe1, 0xeb, 0xdc, 0xef), fc.integer({ min: 0, max: 255 })), { maxLength: 40 });
    fc.assert(fc.property(bytes, (a) => {
      const u = Uint8Array.from(a);
      assert.equal(decodeVni(u), byDefinition(u));
    }), { numRuns: 3000 });
    assert.equal(decodeVni(Uint8Array.from([...'Vieät Nam ñöôïc'].map((c) => c.charCodeAt(0)))), 'Việt Nam được');
  });
});

/** The marks VNI's diacritic bytes draw (from the VNI layout), or undefined. */
function vniMarks(b: number): string | undefined {
  const C = '\u0302', B = '\u0306', A = '\u0301', G = '\u0300', H = '\u0309', T = '\u0303', D = '\u0323';
  const table: Array<[number, number, string]> = [[0xe2, 0xc2, C], [0xea, 0xca, B], [0xf9, 0xd9, A], [0xf8, 0xd8, G], [0xfb, 0xdb, H], [0xf5, 0xd5, T], [0xef, 0xcf, D],
    [0xe1, 0xc1, C + A], [0xe0, 0xc0, C + G], [0xe5, 0xc5, C + H], [0xe3, 0xc3, C + T], [0xe4, 0xc4, C + D],
    [0xe9, 0xc9, B + A], [0xe8, 0xc8, B + G], [0xfa, 0xda, B + H], [0xfc, 0xdc, B + T], [0xeb, 0xcb, B + D]];
  return table.find(([lo, up]) => lo === b || up === b)?.[2];
}
