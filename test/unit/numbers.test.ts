import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { extract, type AmountEntity } from '../../src/engine';
import {
  addDecimals, decimalFromNumber, decimalOf, decimalToNumber, detectConvention, DIGIT_TOKEN, type NumberConvention, parseDigitDecimal, parseDigitToken,
  parseNumberWords, shiftDecimal,
} from '../../src/engine/recognizers/numbers';

describe('parseDigitToken', () => {
  // [token, expected with the Vietnamese convention, expected with the English convention]
  const TABLE: Array<[string, number | null, number | null]> = [
    ['75.000', 75000, 75],
    ['1.234.567', 1234567, 1234567],
    ['1,8', 1.8, 1.8],
    ['0,5', 0.5, 0.5],
    ['9,55', 9.55, 9.55],
    ['1.234,5', 1234.5, 1234.5],
    ['1.234.567,89', 1234567.89, 1234567.89],
    ['100,000,000', 100000000, 100000000],
    ['1,234.5', 1234.5, 1234.5],
    ['1,234,567.89', 1234567.89, 1234567.89],
    ['2.5', 2.5, 2.5],
    ['12.75', 12.75, 12.75],
    ['1.2345', 1.2345, 1.2345],
    ['1234.567', 1234.567, 1234.567],
    ['1234,567', 1234.567, 1234.567],
    ['1,234', 1.234, 1234],
    ['1.234', 1234, 1.234],
    ['05', 5, 5],
    ['00075', 75, 75],
    ['2025', 2025, 2025],
    ['0', 0, 0],
    ['75 000', 75000, 75000],
    ['1 234 567', 1234567, 1234567],
    // Malformed shapes are not one number.
    ['1.2.3', null, null],
    ['1,2,3', null, null],
    ['1.234.5', null, null],
    ['12,34,567', null, null],
    ['1.23,4', null, null],
    ['1,2.3', null, null],
    ['1,000.000.5', null, null],
    ['1.000,000,5', null, null],
  ];
  for (const [token, vi, en] of TABLE) {
    it(`${JSON.stringify(token)} → ${vi} (vi), ${en} (en)`, () => {
      assert.equal(parseDigitToken(token), vi, 'default convention is vi');
      assert.equal(parseDigitToken(token, 'vi'), vi, 'vi');
      assert.equal(parseDigitToken(token, 'en'), en, 'en');
    });
  }

  it('every table token is one DIGIT_TOKEN match (the shapes the recognizer hands over)', () => {
    for (const [token] of TABLE) {
      const m = token.match(DIGIT_TOKEN);
      assert.deepEqual(m, [token], token);
    }
  });

  // Regression: a space-grouped token used to go to Number() unchecked (`1 000,5` → NaN, `1 2` → 12).
  it('never returns NaN, and space-grouped tokens must be groups of three', () => {
    for (const token of ['1 000,5', '1 000.5', '1 2', '12 3456']) {
      const v = parseDigitToken(token);
      assert.ok(v === null || Number.isFinite(v), `${JSON.stringify(token)} → ${v}`);
    }
    assert.equal(parseDigitToken('1 2'), null, '"1 2" is not a space-grouped number');
    assert.equal(parseDigitToken('12 3456'), null, '"12 3456" is not a space-grouped number');
  });

  describe('round trip with the formats each convention writes', () => {
    const group = (intPart: string, sep: string) => intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const write = (int: number, frac: string, conv: NumberConvention) => {
      const [g, d] = conv === 'vi' ? ['.', ','] : [',', '.'];
      return group(String(int), g) + (frac ? d + frac : '');
    };
    const frac = fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,4}$/));
    for (const conv of ['vi', 'en'] as const) {
      it(`${conv}: integers and decimals written with ${conv} separators parse back`, () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), frac, (int, f) => {
          const token = write(int, f, conv);
          const expected = Number(String(int) + (f ? '.' + f : ''));
          assert.equal(parseDigitToken(token, conv), expected, token);
        }), { numRuns: 300 });
      });
    }

    it('unambiguous tokens do not depend on the convention', () => {
      fc.assert(fc.property(fc.integer({ min: 1_000_000, max: 999_999_999_999 }), (int) => {
        const vi = write(int, '', 'vi');
        const en = write(int, '', 'en');
        assert.equal(parseDigitToken(vi, 'en'), int, vi);
        assert.equal(parseDigitToken(en, 'vi'), int, en);
      }), { numRuns: 200 });
    });
  });
});

describe('detectConvention', () => {
  const TABLE: Array<[string, NumberConvention]> = [
    ['', 'vi'],
    ['Không có con số nào.', 'vi'],
    ['Kim ngạch xuất khẩu đạt 1,8 tỷ USD.', 'vi'],
    ['Thu hút 75.000 lao động.', 'vi'],
    ['Dân số 1.234.567 người, tăng 1,5%.', 'vi'],
    ['Doanh thu 1.234,5 tỷ đồng.', 'vi'],
    ['Exports reached 1,234,567 USD, 2,500,000 USD and 3,750,000 USD.', 'en'],
    ['Growth of 1.5%, 2.5% and 3.5%.', 'en'],
    ['Values 1,234.5, 2,345.6 and 3,456.7 USD.', 'en'],
    // Two English cases are not enough.
    ['Growth of 1.5% and 2.5%.', 'vi'],
    // English needs more than twice the Vietnamese evidence.
    ['1.5 2.5 3.5 4,5', 'en'],
    ['1.5 2.5 3.5 4,5 5,5', 'vi'],
    // Section numbers are not evidence.
    ['2.1. Mục tiêu\n2.2. Nhiệm vụ\n3.5. Giải pháp\n4.1) Tổ chức', 'vi'],
    // Ambiguous shapes (`1,234`, `1.234`) are no evidence either way.
    ['1,234 1,234 1,234 1.234', 'vi'],
  ];
  for (const [text, expected] of TABLE) {
    it(`${JSON.stringify(text).slice(0, 70)} → ${expected}`, () => {
      assert.equal(detectConvention(text), expected);
    });
  }
});

describe('parseNumberWords', () => {
  const TABLE: Array<[string, { value: number; length: number } | null]> = [
    ['một', { value: 1, length: 1 }],
    ['năm', { value: 5, length: 1 }],
    ['bẩy', { value: 7, length: 1 }],
    ['mười', { value: 10, length: 1 }],
    ['mười lăm', { value: 15, length: 2 }],
    ['mười năm', { value: 15, length: 2 }],
    ['mười một', { value: 11, length: 2 }],
    ['hai mươi', { value: 20, length: 2 }],
    ['hai mươi lăm', { value: 25, length: 3 }],
    ['hai mươi nhăm', { value: 25, length: 3 }],
    ['hai mươi năm', { value: 25, length: 3 }],
    ['hai mươi mốt', { value: 21, length: 3 }],
    ['hai mươi tư', { value: 24, length: 3 }],
    ['hai mươi bốn', { value: 24, length: 3 }],
    ['chín mươi chín', { value: 99, length: 3 }],
    ['một trăm', { value: 100, length: 2 }],
    ['một trăm linh năm', { value: 105, length: 4 }],
    ['một trăm lẻ tám', { value: 108, length: 4 }],
    ['một trăm mười', { value: 110, length: 3 }],
    ['một trăm mười lăm', { value: 115, length: 4 }],
    ['hai trăm năm mươi', { value: 250, length: 4 }],
    ['chín trăm chín mươi chín', { value: 999, length: 5 }],
    // Stops before a scale word above a hundred, and before anything that is not a number word.
    ['một nghìn', { value: 1, length: 1 }],
    ['hai mươi lăm nghìn tỷ', { value: 25, length: 3 }],
    ['ba tỷ', { value: 3, length: 1 }],
    ['năm năm', { value: 5, length: 1 }],
    ['hai mươi năm năm', { value: 25, length: 3 }],
    // mốt / tư only after a tens word of twenty or more, lăm after mười/mươi.
    ['mười mốt', { value: 10, length: 1 }],
    // Not the start of a number.
    ['lăm', null],
    ['nhăm', null],
    ['mốt', null],
    ['tư', null],
    ['không', null],
    ['mươi', null],
    ['trăm', null],
    ['linh năm', null],
    ['năm', { value: 5, length: 1 }],
    // `không trăm` (zero hundreds) inside a compound; `chục` = ten.
    ['không trăm linh năm', { value: 5, length: 4 }],
    ['không trăm mười hai', { value: 12, length: 4 }],
    ['không mười', null],
    ['hai chục', { value: 20, length: 2 }],
    ['một chục', { value: 10, length: 2 }],
    ['đạt', null],
    ['', null],
  ];
  for (const [words, expected] of TABLE) {
    it(`${JSON.stringify(words)} → ${expected ? `${expected.value} (${expected.length} syllables)` : 'null'}`, () => {
      const syllables = words ? words.split(' ') : [];
      assert.deepEqual(parseNumberWords(syllables), expected);
    });
  }

  it('reads at most 12 syllables', () => {
    const r = parseNumberWords(Array(20).fill('một'));
    assert.deepEqual(r, { value: 1, length: 1 });
  });

  it('every number from 1 to 999 written the standard way parses back', () => {
    const UNIT = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
    const write = (n: number): string[] => {
      const h = Math.floor(n / 100), t = Math.floor(n / 10) % 10, o = n % 10;
      const out: string[] = [];
      if (h) out.push(UNIT[h], 'trăm');
      if (t === 0 && o && h) out.push('linh');
      if (t === 1) out.push('mười');
      if (t >= 2) out.push(UNIT[t], 'mươi');
      if (o) out.push(o === 5 && t >= 1 ? 'lăm' : o === 1 && t >= 2 ? 'mốt' : UNIT[o]);
      return out;
    };
    for (let n = 1; n <= 999; n++) {
      const words = write(n);
      assert.deepEqual(parseNumberWords(words), { value: n, length: words.length }, words.join(' '));
    }
  });

  // Regression: `linh tư` / `lẻ tư` (104, 204 …) used not to be read; the parser stopped after
  // `linh` and returned the hundreds alone, having consumed `linh`.
  it('"một trăm linh tư" → 104 and "hai trăm lẻ tư" → 204', () => {
    assert.deepEqual(parseNumberWords(['một', 'trăm', 'linh', 'tư']), { value: 104, length: 4 });
    assert.deepEqual(parseNumberWords(['hai', 'trăm', 'lẻ', 'tư']), { value: 204, length: 4 });
  });

  it('extract reads "một trăm linh tư tỷ đồng" as 104 tỷ đồng (same bug, as a user sees it)', () => {
    const amounts = extract('Thu ngân sách đạt một trăm linh tư tỷ đồng.').entities.filter((e): e is AmountEntity => e.type === 'amount');
    assert.deepEqual(amounts.map((a) => [a.text, a.value, a.unit]), [['một trăm linh tư tỷ đồng', 104e9, 'VND']]);
  });

  // Regression: a dangling `linh` used to be counted as part of the number.
  it('a `linh` with no digit after it is not part of the number', () => {
    assert.deepEqual(parseNumberWords(['hai', 'trăm', 'linh']), { value: 200, length: 2 });
    assert.deepEqual(parseNumberWords(['hai', 'trăm', 'linh', 'tỷ']), { value: 200, length: 2 });
  });
});

describe('decimals (values exactly as written)', () => {
  it('a digit token keeps its digits and the place of its decimal mark', () => {
    assert.deepEqual(parseDigitDecimal('8,3'), { digits: '83', exp: -1 });
    assert.deepEqual(parseDigitDecimal('1.234,50'), { digits: '123450', exp: -2 });
    assert.deepEqual(parseDigitDecimal('075'), { digits: '75', exp: 0 });
    assert.deepEqual(parseDigitDecimal('0,05'), { digits: '5', exp: -2 });
    assert.equal(parseDigitDecimal('1.2.3'), null);
  });
  it('scaling moves the decimal point: 8,3 × 10^9 is 8300000000 exactly (8.3 * 1e9 is not)', () => {
    assert.notEqual(8.3 * 1e9, 8300000000);
    assert.equal(decimalToNumber(shiftDecimal(parseDigitDecimal('8,3')!, 9)), 8300000000);
    assert.equal(decimalToNumber(shiftDecimal(parseDigitDecimal('85,6')!, 6)), 85600000);
    assert.equal(decimalToNumber(shiftDecimal(parseDigitDecimal('0,1')!, 3)), 100);
  });
  it('adds exactly (`1 tỷ rưỡi`, `5 tỷ 300 triệu`)', () => {
    assert.equal(decimalToNumber(addDecimals(shiftDecimal(decimalOf('1'), 9), shiftDecimal(decimalOf('5'), 8))), 1.5e9);
    assert.equal(decimalToNumber(addDecimals(decimalOf('0', '1'), decimalOf('0', '2'))), 0.3);
    assert.equal(decimalToNumber(addDecimals(decimalOf('1', '', true), decimalOf('0', '25'))), -0.75);
  });
  it('a number made by arithmetic on integers round-trips', () => {
    for (const n of [0, 7, 2700, 1e21, 0.5, -12]) assert.equal(decimalToNumber(decimalFromNumber(n)), n);
  });
});
