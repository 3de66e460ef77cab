/**
 * Helpers that replace slower code in the engine's speed work: each is checked against the code it
 * replaces, on many generated inputs.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { collapseSpaces, leadingWords, letterNumberWords, letterNumberWordSet } from '../../src/engine/text/scan';
import { wholeWordTest } from '../../src/engine/goals/indicator';
import { addDaysByDate, addDaysIso, civilFromDays, daysFromCivil } from '../../src/engine/refiners/civilDate';

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

  const p2 = (n: number) => String(n).padStart(2, '0');
  const p4 = (n: number) => String(n).padStart(4, '0');

  it('daysFromCivil and civilFromDays agree with Date.UTC on every day of 1600–2500 and around the year 0 and 9999', () => {
    const check = (z: number) => {
      const d = new Date(z * 86_400_000);
      assert.deepEqual(civilFromDays(z), [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
      assert.equal(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), z);
    };
    for (let z = daysFromCivil(1600, 1, 1); z <= daysFromCivil(2500, 12, 31); z++) check(z);
    for (let z = daysFromCivil(0, 1, 1) - 800; z <= daysFromCivil(1, 12, 31) + 800; z++) check(z);
    for (let z = daysFromCivil(9998, 1, 1); z <= daysFromCivil(9999, 12, 31) + 800; z++) check(z);
  });

  it('addDaysIso is the Date sum it replaces: leap years, month ends, days past a month, bad dates', () => {
    const years = [0, 1, 4, 99, 100, 400, 1582, 1899, 1900, 1970, 1999, 2000, 2004, 2019, 2023, 2024, 2025, 2026, 2100, 2400, 9998, 9999];
    for (const y of years) for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) for (const days of [-366, -31, -1, 0, 1, 28, 29, 30, 31, 59, 365, 366, 1000]) {
      const iso = `${p4(y)}-${p2(m)}-${p2(d)}`;
      assert.equal(addDaysIso(iso, days), addDaysByDate(iso, days), `${iso} + ${days}`);
    }
    for (const iso of ['', '2026', '2026-05', '2026-1-01', '2026-01-1', '12026-01-01', '2026-01-01T00:00', ' 2026-01-01', 'abcd-ef-gh']) {
      assert.equal(addDaysIso(iso, 31), addDaysByDate(iso, 31), iso);
    }
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: -5000, max: 5000 }), (y, m, d, days) => {
      const iso = `${p4(y)}-${p2(m)}-${p2(d)}`;
      assert.equal(addDaysIso(iso, days), addDaysByDate(iso, days), `${iso} + ${days}`);
    }), { numRuns: 20000 });
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
