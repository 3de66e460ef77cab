import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { normalizeText } from '../../src/engine/text/normalize';

/** The characters normalizeText deletes. */
const DELETED = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** The characters it replaces by a plain space, one for one. */
const SPACE_LIKE = /[\t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** What the normalised text should read for a slice of the original. */
const expectedOf = (s: string) => s.replace(DELETED, '').normalize('NFC').replace(SPACE_LIKE, ' ').replace(/\u00d0/g, '\u0110');

const SAMPLE = 'Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp của tỉnh Quảng Ninh đạt gần 450 nghìn tỷ đồng.';

/** Checks that every span of `text` maps back to a span of `original` that reads the same once normalised. */
/**
 * A boundary between two characters of `text` as a reader sees them: not inside a surrogate pair and
 * not before a combining mark left uncomposed (`b` + U+0301 has no precomposed form).
 */
function isBoundary(text: string, i: number): boolean {
  if (i === 0 || i === text.length) return true;
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) return false;
  return !/\p{M}/u.test(text[i]);
}

function assertSpansMapBack(original: string): void {
  const n = normalizeText(original);
  const { text } = n;
  for (let a = 0; a <= text.length; a++) {
    if (!isBoundary(text, a)) continue;
    for (let b = a; b <= text.length; b++) {
      if (!isBoundary(text, b)) continue;
      const [s, e] = n.toOriginal(a, b);
      assert.ok(0 <= s && s <= e && e <= original.length, `toOriginal(${a}, ${b}) = [${s}, ${e}] out of range`);
      if (a < b) {
        assert.equal(expectedOf(original.slice(s, e)), text.slice(a, b), `toOriginal(${a}, ${b}) = [${s}, ${e}]`);
      }
    }
  }
}

describe('normalizeText', () => {
  describe('identity fast path', () => {
    it('returns NFC text without special characters unchanged, with an identity offset map', () => {
      const n = normalizeText(SAMPLE);
      assert.equal(n.original, SAMPLE);
      assert.equal(n.text, SAMPLE);
      assert.equal(n.lower, SAMPLE.toLowerCase());
      for (let a = 0; a <= SAMPLE.length; a += 7) {
        for (let b = a; b <= SAMPLE.length; b += 5) assert.deepEqual(n.toOriginal(a, b), [a, b]);
      }
    });

    it('handles the empty string', () => {
      const n = normalizeText('');
      assert.equal(n.text, '');
      assert.equal(n.lower, '');
      assert.deepEqual(n.toOriginal(0, 0), [0, 0]);
    });

    it('keeps `lower` the same length as `text` (İ is kept as is)', () => {
      const n = normalizeText('İstanbul và HÀ NỘI');
      assert.equal(n.lower.length, n.text.length);
      assert.equal(n.lower, 'İstanbul và hà nội');
    });
  });

  describe('NFD input', () => {
    const nfd = SAMPLE.normalize('NFD');

    it('composes to NFC', () => {
      assert.notEqual(nfd.length, SAMPLE.length, 'the fixture must really be decomposed');
      const n = normalizeText(nfd);
      assert.equal(n.original, nfd);
      assert.equal(n.text, SAMPLE);
      assert.equal(n.lower, SAMPLE.toLowerCase());
    });

    it('maps word spans back to the decomposed original', () => {
      const n = normalizeText(nfd);
      const words = [...SAMPLE.matchAll(/[\p{L}\p{N}]+/gu)];
      assert.ok(words.length > 10);
      for (const w of words) {
        const [s, e] = n.toOriginal(w.index, w.index + w[0].length);
        const orig = nfd.slice(s, e);
        assert.equal(orig.normalize('NFC'), w[0], `word ${w[0]}`);
        assert.equal(orig, w[0].normalize('NFD'), `word ${w[0]} covers its combining marks`);
      }
    });

    it('maps every span back to an original span whose NFC equals the normalised slice', () => {
      assertSpansMapBack('Quảng Ninh, Thừa Thiên Huế: đạt 1,8 tỷ USD.'.normalize('NFD'));
    });

    it('handles mixed NFC/NFD text and stacked marks (ệ as e + U+0323 + U+0302)', () => {
      const original = 'Bie\u0323\u0302n ' + 'Hòa Bình ' + 'Ho\u0300a Bi\u0300nh'; // "Biện Hòa Bình Hòa Bình"
      const n = normalizeText(original);
      assert.equal(n.text, 'Biện Hòa Bình Hòa Bình');
      assert.deepEqual(n.toOriginal(0, 4), [0, 6]);
      assertSpansMapBack(original);
    });

    it('handles a combining mark at the very start', () => {
      const n = normalizeText('\u0301a');
      assert.equal(n.text, '\u0301a');
      assertSpansMapBack('\u0301a');
    });
  });

  describe('zero-width characters and soft hyphens', () => {
    it('removes U+200B, a leading BOM, U+200C/D, U+2060 and soft hyphens', () => {
      const original = '\ufeffTỉnh\u200b Quả\u00adng\u200c Ni\u200dnh\u2060 đạt';
      const n = normalizeText(original);
      assert.equal(n.text, 'Tỉnh Quảng Ninh đạt');
      assert.equal(n.lower, 'tỉnh quảng ninh đạt');
    });

    it('maps spans around deleted characters back to the original', () => {
      const original = '\ufeffTỉnh\u200b Quả\u00adng Ninh\u00ad';
      const n = normalizeText(original);
      assert.equal(n.text, 'Tỉnh Quảng Ninh');
      // The BOM is not part of the first word.
      assert.deepEqual(n.toOriginal(0, 4), [1, 5]);
      assert.equal(original.slice(...n.toOriginal(0, 4)), 'Tỉnh');
      // A soft hyphen inside a word is inside its span.
      const q = n.text.indexOf('Quảng');
      assert.equal(original.slice(...n.toOriginal(q, q + 5)), 'Quả\u00adng');
      // A trailing soft hyphen is not part of the last word.
      const k = n.text.indexOf('Ninh');
      assert.equal(original.slice(...n.toOriginal(k, k + 4)), 'Ninh');
      // The end of the text maps to the end of the original.
      assert.deepEqual(n.toOriginal(n.text.length, n.text.length), [original.length, original.length]);
      assertSpansMapBack(original);
    });

    it('maps a text made only of deleted characters to an empty text', () => {
      const n = normalizeText('\u200b\ufeff\u00ad');
      assert.equal(n.text, '');
      assert.deepEqual(n.toOriginal(0, 0), [0, 0]);
    });

    it('handles deleted characters combined with NFD text', () => {
      const original = '\ufeff' + 'Đà Nẵng\u200b đạt 8,5%'.normalize('NFD');
      const n = normalizeText(original);
      assert.equal(n.text, 'Đà Nẵng đạt 8,5%');
      assertSpansMapBack(original);
    });
  });

  describe('space-like characters and line breaks', () => {
    it('turns NBSP, CR, tab and other spaces into plain spaces, same length, identity map', () => {
      const original = '75\u00a0000\tha\r\nđạt\u202f8,5%\u3000x\u2007y\u205fz';
      const n = normalizeText(original);
      assert.equal(n.text, '75 000 ha \nđạt 8,5% x y z');
      assert.equal(n.text.length, original.length);
      assert.equal(n.lower.length, original.length);
      for (let a = 0; a <= original.length; a++) assert.deepEqual(n.toOriginal(a, original.length), [a, original.length]);
    });

    it('keeps LF as LF', () => {
      assert.equal(normalizeText('a\nb\n\nc').text, 'a\nb\n\nc');
    });

    it('replaces space-like characters on the slow path too', () => {
      const original = 'Na\u0306m\u00a02025\r\n\u200bđạt';
      const n = normalizeText(original);
      assert.equal(n.text, 'Năm 2025 \nđạt');
      assertSpansMapBack(original);
    });
  });

  describe('Ð (U+00D0) read as Đ (U+0110)', () => {
    it('on the fast path', () => {
      const n = normalizeText('ÐÀ NẴNG, Ðồng Nai');
      assert.equal(n.text, 'ĐÀ NẴNG, Đồng Nai');
      assert.equal(n.lower, 'đà nẵng, đồng nai');
      assert.deepEqual(n.toOriginal(0, 2), [0, 2]);
    });

    it('on the slow path', () => {
      const original = 'Ðo\u0302\u0300ng Nai\u200b';
      const n = normalizeText(original);
      assert.equal(n.text, 'Đồng Nai');
      assert.equal(n.lower, 'đồng nai');
      assertSpansMapBack(original);
    });
  });

  describe('surrogate pairs', () => {
    it('keeps emoji on the fast path', () => {
      const n = normalizeText('😀 Hà Nội 🇻🇳');
      assert.equal(n.text, '😀 Hà Nội 🇻🇳');
      assert.deepEqual(n.toOriginal(0, 2), [0, 2]);
    });

    it('keeps emoji on the slow path and maps them whole', () => {
      const original = '😀\u200bHà Nội e\u0301😀 𝟙';
      const n = normalizeText(original);
      assert.equal(n.text, '😀Hà Nội é😀 𝟙');
      assert.deepEqual(n.toOriginal(0, 2), [0, 2]);
      const i = n.text.indexOf('😀', 2);
      assert.equal(original.slice(...n.toOriginal(i, i + 2)), '😀');
      // Half of a pair maps to the whole pair.
      assert.equal(original.slice(...n.toOriginal(i, i + 1)), '😀');
      assertSpansMapBack(original);
    });

    it('survives lone surrogates', () => {
      const original = '\ud800a\u0301\udc00\u200b';
      const n = normalizeText(original);
      assert.equal(n.text, '\ud800á\udc00');
    });
  });

  describe('properties', () => {
    const FRAGMENTS = ['Quảng Ninh', 'đạt', ' ', '\n', '\r\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u00ad', 'Ð', '😀', '1,8', 'e\u0301', 'Na\u0306m', 'b\u0301'];
    const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((a) => a.join(''));
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fragmentText,
      fragmentText.map((s) => s.normalize('NFD')));

    it('lower has the length of text; spans map inside the original, in order', () => {
      fc.assert(fc.property(anyText, fc.nat(), fc.nat(), (original, x, y) => {
        const n = normalizeText(original);
        assert.equal(n.lower.length, n.text.length);
        const a = n.text.length ? x % (n.text.length + 1) : 0;
        const b = n.text.length ? a + (y % (n.text.length - a + 1)) : 0;
        const [s, e] = n.toOriginal(a, b);
        assert.ok(0 <= s && s <= e && e <= original.length, `[${s}, ${e}] for [${a}, ${b}] of ${JSON.stringify(original)}`);
        const full = n.toOriginal(0, n.text.length);
        assert.ok(a === b || (full[0] <= s && e <= full[1]));
      }), { numRuns: 300 });
    });

    it('maps each unit of a decomposed text to the cluster it came from, as composing cluster by cluster does', () => {
      /** The definition: each cluster (a unit or surrogate pair and the marks after it) composed alone, a single unit kept as it is; deleted units dropped. */
      const clusters = (s: string) => {
        const out: Array<[string, number, number]> = [];
        for (let i = 0; i < s.length;) {
          if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(s[i])) { i++; continue; }
          let j = i + (/[\ud800-\udbff]/.test(s[i]) && /[\udc00-\udfff]/.test(s[i + 1] ?? '') ? 2 : 1);
          const mark = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
          while (j < s.length && mark(s.charCodeAt(j))) j++;
          out.push([j - i > 1 ? s.slice(i, j).normalize('NFC') : s[i], i, j]);
          i = j;
        }
        return out;
      };
      const units = fc.constantFrom('a', 'e', 'o', 'u', 'y', 'd', 'đ', 'A', 'Ơ', ' ', '\n', '1', 'ß', '\u0301', '\u0300', '\u0303', '\u0309',
        '\u0323', '\u0302', '\u0306', '\u031b', '\u0344', '\u1dc4', '\u200b', '\u00ad', '😀', '\ud83d', 'ǅ');
      // (Each with a zero-width space first: the slow path, which keeps a map; a clean text maps unit to unit.)
      fc.assert(fc.property(fc.array(units, { maxLength: 40 }).map((a) => '\u200b' + a.join('')), (original) => {
        const n = normalizeText(original);
        let k = 0;
        for (const [composed, i, j] of clusters(original)) {
          for (let u = 0; u < composed.length; u++, k++) assert.deepEqual(n.toOriginal(k, k + 1), [i, j], `unit ${k} of ${JSON.stringify(original)}`);
        }
        assert.equal(k, n.text.length);
      }), { numRuns: 500 });
    });

    it('texts built from Vietnamese fragments read the same after normalisation, span by span', () => {
      fc.assert(fc.property(fragmentText.map((s) => s.normalize('NFD')), (original) => {
        const n = normalizeText(original);
        assert.equal(n.text, expectedOf(original));
        assertSpansMapBack(original);
      }), { numRuns: 100 });
    });
  });
});
