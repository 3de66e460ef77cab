/**
 * The time, province and number-word recognizers try their patterns only at the word starts
 * text/syllableStarts finds for them (text/matchStarts reads what a time expression can start with
 * from the rules): the same matches as the whole-text scan they replace, which they still run for
 * texts with letters outside the Latin and Vietnamese blocks.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchStartsOf } from '../../src/engine/text/matchStarts';
import { SyllableStarts, startsOrNull } from '../../src/engine/text/syllableStarts';
import { WordStartMatches } from '../../src/engine/text/wordStartMatches';
import { normalizeText } from '../../src/engine/text/normalize';
import { recognizeTimes, TIME_STARTS } from '../../src/engine/recognizers/times';
import { PROVINCE_FORMS, recognizeProvinces } from '../../src/engine/recognizers/provinces';
import { recognizeAmounts } from '../../src/engine/recognizers/amounts';
import { NUMBER_WORD_STARTS } from '../../src/engine/recognizers/numbers';

const sorted = (xs: readonly string[]) => [...xs].sort();
const chars = (units: readonly number[]) => String.fromCharCode(...units);

describe('matchStartsOf: what a pattern\'s matches start with', () => {
  const cases: Array<[string, string[], string]> = [
    ['năm \\d{4}|từ\\nngày', ['từ', 'năm'], ''],
    ['(?:ngày )?(\\d{1,2})/(\\d{1,2})', ['ngày'], '0123456789'],
    ['n[aă]m \\d|qu[ýí]/', ['nam', 'năm', 'quí', 'quý'], ''],
    ['\\((?:ttxvn|vna) \\d|(?=x)sau \\d', ['sau'], '('],
    ['(?:19|20)\\d\\d-(?:19|20)\\d\\d', [], '12'],
  ];
  for (const [source, syllables, units] of cases) {
    it(`+ ${source}`, () => {
      const s = matchStartsOf(source);
      assert.deepEqual(sorted(s.syllables), sorted(syllables));
      assert.equal(chars(s.units), units);
    });
  }

  it('refuses a pattern whose starts cannot be told', () => {
    for (const source of ['.x', 'năm\\p{L}', 'năm', 'kỳ(?![\\p{L}]) ?x', '[a-zđ]x', 'x?', '\u00a0năm', 'năm[^ ]']) {
      assert.throws(() => matchStartsOf(source), /matchStartsOf/, source);
    }
  });

  it('reads the time rules: their first syllables, the digits and the bracket of a news dateline', () => {
    for (const w of ['ngày', 'mồng', 'từ', 'đến', 'tới', 'năm', 'nam', 'tháng', 'quý', 'quí', 'giai', 'cả', 'sau']) assert.ok(TIME_STARTS.syllables.includes(w), w);
    for (const w of ['tăng', 'hà', 'đạt']) assert.ok(!TIME_STARTS.syllables.includes(w), w);
    assert.equal(chars(TIME_STARTS.units), '(0123456789');
  });
});

describe('SyllableStarts with start units', () => {
  const starts = new SyllableStarts([{ syllables: ['năm', 'đến'], units: [...'(0123456789'].map((c) => c.charCodeAt(0)) }, ['hà nội']]);
  const cases: Array<[string, number[], number[]]> = [
    ['đến năm 2025', [0, 4, 8], []], // at the text's start, the digits at a word start only
    ['12/3/2024 hà nội', [0, 3, 5], [10]], // a number after `/` starts a word (as for execAtWordStart)
    ['2021-2025', [0, 5], []],
    ['x12 x(1)', [6], []], // digits and a bracket after a letter: no start; a digit after a bracket: one
    ['năm2024 2năm ănăm', [0, 8], []], // a syllable then digits: its start (the pattern decides); after a digit, inside a word: none
    ['đ2024 Đ2024 (2024)', [12, 13], []], // after đ/Đ (letters): no start; after a space and a bracket: starts
    ['(ttxvn 1/12)', [0, 7, 9], []],
    ['năm\n2025; hànội', [0, 4], []],
  ];
  for (const [text, first, second] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(first)}`, () => {
      const found = starts.find(text.toLowerCase());
      assert.deepEqual(found.lists, [first, second]);
    });
  }

  it('gives no list for a text with other letters (the recognizers then scan)', () => {
    assert.equal(startsOrNull(starts.find('năm 2025 α'), 0), null);
    assert.equal(startsOrNull(starts.find('na\u0306m 2025'), 0), null); // NFD
    assert.deepEqual(startsOrNull(starts.find('năm 2025'), 0), [0, 4]);
  });

  it('refuses a start unit that is a letter or outside ASCII', () => {
    assert.throws(() => new SyllableStarts([{ syllables: [], units: [0x61] }]));
    assert.throws(() => new SyllableStarts([{ syllables: [], units: [0xa0] }]));
  });
});

describe('WordStartMatches: tried at offsets as the scan finds them', () => {
  const m = new WordStartMatches('ab|b');
  const all = (s: string, starts: readonly number[] | null, retry: boolean) => {
    const out: number[] = [];
    let x: RegExpExecArray | null;
    m.reset(s, starts);
    while ((x = m.next()) !== null) { out.push(x.index); if (retry) m.from = x.index + 1; }
    return out;
  };
  it('skips offsets inside the last match, and retries inside it when told', () => {
    // Offsets: 0 `ab`, 1 `b` (inside `ab`), 3 `ab`, 6 `xb` (not a word start: not tried, not a candidate).
    assert.deepEqual(all('ab ab xb', null, false), [0, 3]);
    assert.deepEqual(all('ab ab xb', [0, 1, 3], false), [0, 3]);
    assert.deepEqual(all('ab-b', null, true), [0, 3]);
    assert.deepEqual(all('ab-b', [0, 1, 3], true), [0, 1, 3]); // an offset given is tried: a word start is the caller's to give
  });
});

describe('the recognizers at syllable starts give what the whole-text scan gives', () => {
  const texts = [
    'Đến năm 2025, ngày 12/3/2024 và giai đoạn 2021-2025; Sáng 8/1 (TTXVN 1/12) tại Hà Nội; tỉnh Quảng Ninh đạt hai mươi lăm phần trăm.',
    'năm2024 2năm 2024 xnăm 2025 đnăm 2025 Đnăm 2025 12/3/2024đ, từ ngày 3/9 đến ngày 25/9/2026, Hà Nam, hànội, ba tỷ rưỡi đồng, năm triệu USD',
    'tháng 3–5/2026, quý II/2025, từ năm 2016 đến nay, cả năm, 5 năm tới; Thái Bình Dương; Nguyễn Hòa Bình; thành phố Huế',
  ];
  const F = join(__dirname, '../fixtures');
  for (const set of ['seeds', 'more']) {
    for (const f of readdirSync(join(F, set)).filter((n) => n.endsWith('.txt')).sort().slice(0, 40)) texts.push(readFileSync(join(F, set, f), 'utf8'));
  }
  const lists = new SyllableStarts([TIME_STARTS, PROVINCE_FORMS, NUMBER_WORD_STARTS]);
  const variants = (t: string) => [t, t.normalize('NFD'), t + ' α', t.replace(/\s+/g, '\n'), t.slice(7), t.slice(0, Math.floor(t.length / 2))];

  it('times, provinces and amounts in words, on fixtures and their variants (NFD, other letters: the scan)', () => {
    let tried = 0;
    for (const t of texts) {
      for (const v of variants(t)) {
        const { text, lower } = normalizeText(v);
        const found = lists.find(lower);
        const [times, provinces, words] = [0, 1, 2].map((k) => startsOrNull(found, k));
        if (times !== null) tried++;
        assert.deepEqual(recognizeTimes(lower, times), recognizeTimes(lower, null));
        assert.deepEqual(recognizeTimes(lower), recognizeTimes(lower, null));
        for (const ascii of [false, true]) {
          assert.deepEqual(recognizeProvinces(text, lower, ascii, true, provinces), recognizeProvinces(text, lower, ascii, true, null));
          assert.deepEqual(recognizeProvinces(text, lower, ascii, false), recognizeProvinces(text, lower, ascii, false, null));
        }
        assert.deepEqual(recognizeAmounts(text, lower, 'vi', words), recognizeAmounts(text, lower, 'vi', null));
        assert.deepEqual(recognizeAmounts(text, lower, 'vi'), recognizeAmounts(text, lower, 'vi', null));
      }
    }
    assert.ok(tried > texts.length * 3, 'most variants are tried at offsets, not scanned');
  });

  it('finds the expressions of a sentence, and none inside words or after digits', () => {
    const lower = normalizeText(texts[1]).lower;
    const times = recognizeTimes(lower).map((t) => lower.slice(t.start, t.end));
    assert.deepEqual(times, ['12/3/2024', 'từ ngày 3/9 đến ngày 25/9/2026']);
    const provinces = recognizeProvinces(texts[1], lower, false, true).map((p) => texts[1].slice(p.start, p.end));
    assert.deepEqual(provinces, ['Hà Nam']);
    const words = recognizeAmounts(texts[1], lower, 'vi').filter((a) => a.rule === 'amount.words').map((a) => lower.slice(a.start, a.end));
    assert.deepEqual(words, ['ba tỷ rưỡi đồng', 'năm triệu usd']);
  });
});
