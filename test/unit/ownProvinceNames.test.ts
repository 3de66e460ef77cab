/**
 * OwnProvinceNames: the document's own province names removed from an indicator, by a table of
 * examples, and against the pattern it replaces (built per document) on random strings.
 */
import { strict as assert } from 'node:assert';
import { alternation } from '../../src/engine/text/chars';
import { collapseSpaces } from '../../src/engine/text/scan';
import { OwnProvinceNames } from '../../src/engine/goals/ownProvinceNames';

/** The pattern the engine built for each document's names before (indicator.ts), as the specification. */
function byPattern(t: string, names: readonly string[]): string {
  const uniq = [...new Set(names)].filter(Boolean).slice(0, 200);
  if (!uniq.length) return t;
  const re = new RegExp(`(?:^|\\s)(?:của\\s+)?(?:(?:tỉnh|thành phố)\\s+)?(?:${alternation(uniq)})(?=\\s|$|,)`, 'giu');
  return t.replace(re, ' ');
}

const NAMES = ['Bình Định', 'Hà Nội', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Bà Rịa - Vũng Tàu', 'Hà Nam', 'Nam Định'];

/** [indicator, the document's names, the indicator without them] */
const EXAMPLES: Array<[string, string[], string]> = [
  ['tỷ lệ hộ nghèo của tỉnh Bình Định', NAMES, 'tỷ lệ hộ nghèo '],
  ['GRDP của Hà Nội', NAMES, 'GRDP '],
  ['Bình Định có tốc độ tăng trưởng', NAMES, '  có tốc độ tăng trưởng'],
  ['vốn FDI vào thành phố Hà Nội, Hà Nam', NAMES, 'vốn FDI vào , '],
  ['dân số TỈNH BÌNH ĐỊNH', NAMES, 'dân số '],
  ['kim ngạch xuất khẩu của TP. Hồ Chí Minh', NAMES, 'kim ngạch xuất khẩu '],
  ['khu công nghiệp Bà Rịa - Vũng Tàu', NAMES, 'khu công nghiệp '],
  // Only whole names: not a name inside a word or a longer name the document does not have.
  ['hàng Hà Nội-Hải Phòng', NAMES, 'hàng Hà Nội-Hải Phòng'],
  ['tỉnh Hà Namh', NAMES, 'tỉnh Hà Namh'],
  ['sông Nam Định Giang', NAMES, 'sông  Giang'],
  ['của tỉnh', NAMES, 'của tỉnh'],
  ['tỷ lệ che phủ rừng', NAMES, 'tỷ lệ che phủ rừng'],
  // Names the document does not have stay.
  ['GRDP của Hà Nội', ['Bình Định'], 'GRDP của Hà Nội'],
];

describe('OwnProvinceNames', () => {
  for (const [t, names, expected] of EXAMPLES) {
    it(`${JSON.stringify(t)} → ${JSON.stringify(expected)}`, () => {
      assert.equal(OwnProvinceNames.of(names)!.removeFrom(t), expected);
      assert.equal(byPattern(t, names), expected, 'the table agrees with the pattern it replaces');
    });
  }

  it('is null for a document that names no province', () => {
    assert.equal(OwnProvinceNames.of([]), null);
    assert.equal(OwnProvinceNames.of(['']), null);
  });

  it('removes what the pattern removed, on random strings with single spaces', () => {
    const words = ['của', 'Của', 'tỉnh', 'Tỉnh', 'thành', 'phố', 'thành phố', 'Hà', 'Nội', 'Nam', 'HÀ NỘI', 'hà nam', 'Định', 'Bình Định', 'bình',
      ',', ', ', 'x', 'GRDP', 'đạt', '-', 'Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Nam Định', 'namđịnh', 'TP.', 'Hồ Chí Minh'];
    const nameSets = [NAMES, ['Hà Nội', 'Hà Nam'], ['Hà', 'Hà Nội Hà'], ['Nam Định', 'Nam', 'Định'], ['Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Vũng Tàu']];
    let seed = 7;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed % n; };
    let changed = 0;
    for (let k = 0; k < 4000; k++) {
      const parts: string[] = [];
      for (let w = 1 + rnd(9); w > 0; w--) parts.push(words[rnd(words.length)]);
      const t = collapseSpaces(parts.join(rnd(4) === 0 ? '' : ' ')).trim();
      const names = nameSets[rnd(nameSets.length)];
      const expected = byPattern(t, names);
      assert.equal(OwnProvinceNames.of(names)!.removeFrom(t), expected, `${JSON.stringify(t)} with ${JSON.stringify(names)}`);
      if (expected !== t) changed++;
    }
    assert.ok(changed > 1000, `the random strings exercise the removal (${changed} changed)`);
  });
});
