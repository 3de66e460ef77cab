/** "Annotate selection…" and "Edit…" record only what the reviewer did (issue 11, item 2). */
import { strict as assert } from 'node:assert';
import { editChanges, sentenceAround, targetContext, widenToWords } from '../../src/annotations/selection';
import { extract } from '../../src/engine';

const TEXT = 'Tỉnh Vĩnh Phúc phấn đấu đến năm 2030, tỷ lệ lao động qua đào tạo nghề đạt 75%. Năm 2024 có 3 dự án mới.';

describe('annotate selection', () => {
  it('widens a selection that starts or ends inside a word to whole words', () => {
    const at = TEXT.indexOf('ạo nghề');
    assert.equal(TEXT.slice(...widenToWords(TEXT, at + 1, at + 5)), 'tạo nghề');
    const v = TEXT.indexOf('75%');
    assert.equal(TEXT.slice(...widenToWords(TEXT, v + 1, v + 3)), '75%');
    assert.equal(TEXT.slice(...widenToWords(TEXT, v - 1, v + 3)), '75%', 'spaces trimmed');
  });

  it('a target starts from the goal read in its sentence: indicator, province, deadline', () => {
    const v = TEXT.indexOf('75%');
    const attrs = targetContext(TEXT, [v, v + 3], extract(TEXT));
    assert.equal(attrs.province, 'Vĩnh Phúc');
    assert.equal(attrs.deadline, '2030');
    assert.match(attrs.indicator ?? '', /lao động qua đào tạo/);
  });

  it('a target the engine made no goal of: read from its sentence alone', () => {
    const text = 'Mở đầu.\nĐến năm 2030, số doanh nghiệp đạt 3 nghìn. Hết.';
    const v = text.indexOf('3 nghìn');
    const noGoals = { goals: [], provinces: [{ name: 'Bắc Ninh', id: 'x', unit2025: 'Bắc Ninh', mentions: 1 }] } as unknown as Parameters<typeof targetContext>[2];
    const attrs = targetContext(text, [v, v + 7], noGoals);
    assert.equal(attrs.province, 'Bắc Ninh');
    assert.equal(text.slice(...sentenceAround(text, v, v + 7)), 'Đến năm 2030, số doanh nghiệp đạt 3 nghìn');
  });
});

describe('edit', () => {
  it('an edit that changes nothing is no edit', () => {
    const before = { label: 'target', attrs: { value: 75, unit: '%', deadline: '2030' }, note: undefined };
    assert.equal(editChanges(before, { label: 'target', attrs: { value: 75, unit: '%', deadline: '2030' }, note: '' }), false);
    assert.equal(editChanges(before, { attrs: { value: 75, unit: '%', deadline: '2030', max: undefined } }), false);
    assert.equal(editChanges(before, { attrs: { value: 76, unit: '%', deadline: '2030' } }), true);
    assert.equal(editChanges(before, { attrs: { value: 75, unit: '%', deadline: '' } }), true, 'a cleared deadline is a change');
    assert.equal(editChanges(before, { note: 'theo NQ' }), true);
    assert.equal(editChanges(before, { label: 'amount' }), true);
  });
});
