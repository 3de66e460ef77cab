/** Which texts chitieu analyses (platform/language.ts): a table of texts and the answer, positive and negative. */
import * as assert from 'assert';
import { isVietnamese, shouldAnalyse } from '../../src/extension/platform/language';

const EXAMPLES: Array<[string, boolean]> = [
  ['Phấn đấu đến năm 2030, tổng sản phẩm trên địa bàn tỉnh tăng bình quân 8%/năm.', true],
  ['PHẤN ĐẤU ĐẾN NĂM 2030, TỔNG SẢN PHẨM TRÊN ĐỊA BÀN TỈNH TĂNG BÌNH QUÂN 8%/NĂM.', true],
  // Without diacritics: frequent syllables decide.
  ['Muc tieu den nam 2030 cua tinh la thu hut von dau tu va phat trien kinh te cac vung.', true],
  ['The province aims to attract investment and develop its economy by the year 2030.', false],
  ['Die Provinz möchte bis 2030 Investitionen anziehen und ihre Wirtschaft stärken, große Pläne.', false],
  ['Провинция планирует привлечь инвестиции и развивать экономику к 2030 году.', false],
  ['省计划到2030年吸引投资并发展经济，这是一个测试文本，足够长的中文文本。', false],
  // Too few letters to tell.
  ['Đến năm 2030', false],
  ['2030: 8%; 2025: 6,5%; 45.000 tỷ', false],
];

describe('is a text Vietnamese?', () => {
  for (const [text, expected] of EXAMPLES) {
    it(`${expected ? 'yes' : 'no '}: ${text.slice(0, 50)}`, () => assert.equal(isVietnamese(text), expected));
  }
  it('letters outside the Basic Multilingual Plane count as one letter each', () => {
    assert.equal(isVietnamese('𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐𝐑𝐒𝐓𝐔 Phấn đấu'), true);
    assert.equal(isVietnamese('𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐𝐑𝐒𝐓𝐔𝐕𝐖𝐗𝐘𝐙𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐𝐑𝐒𝐓𝐔 Phấn'), false);
  });
  it('a Vietnamese opening decides as the whole sample does: over 3% of its letters Vietnamese whatever follows', () => {
    const vi = 'Phấn đấu đến năm 2030, tổng sản phẩm trên địa bàn tỉnh tăng bình quân 8%/năm. ';
    const en = 'The province aims to attract investment and develop its economy by the year 2030. ';
    // The share of Vietnamese letters in the first 6,000 code units, as the rule reads it.
    const share = (t: string) => { const s = t.slice(0, 6000); const letters = s.match(/\p{L}/gu)?.length ?? 0; return (s.match(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu)?.length ?? 0) / letters; };
    for (const head of [1, 2, 3, 5, 8, 12]) {
      for (const tail of [0, 10, 40, 80]) {
        const t = vi.repeat(head) + en.repeat(tail);
        assert.equal(isVietnamese(t), share(t) > 0.03, `${head} Vietnamese sentences, then ${tail} English ones (share ${share(t).toFixed(3)})`);
      }
    }
  });
  it('the setting decides first', () => {
    assert.equal(shouldAnalyse('never', EXAMPLES[0][0]), false);
    assert.equal(shouldAnalyse('always', EXAMPLES[3][0]), true);
    assert.equal(shouldAnalyse('auto', EXAMPLES[3][0], true), true);
  });
});
