/** The research views' data: indicator groups across documents, the goals table (rows, sort, filter, group), target changes. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/engine';
import { review } from '../../src/annotations/review';
import { definedAbbreviations, foldText, indicatorGroup, indicatorKey } from '../../src/research/indicatorKey';
import { filterRows, goalRows, groupRows, rowsAsTsv, sortRows, unit2025Of, type GoalRow } from '../../src/research/goalTable';
import { changesOf, targetChanges } from '../../src/research/targetChanges';

describe('indicator groups across documents', () => {
  // Pairs that must meet (same key) and pairs that must not.
  const same: Array<[string, string, string?]> = [
    ['Tốc độ tăng trưởng kinh tế', 'tốc độ tăng GRDP'],
    ['tăng trưởng kinh tế', 'Tốc độ tăng trưởng GRDP'],
    ['tổng sản phẩm trên địa bàn', 'GRDP'],
    ['GRDP bình quân đầu người', 'GRDP/người'],
    ['kim ngạch xuất khẩu', 'Giá trị xuất khẩu'],
    ['Tổng kim ngạch xuất khẩu', 'kim ngạch XK'],
    ['vốn đầu tư trực tiếp nước ngoài', 'vốn FDI'],
    ['tỷ lệ nghèo', 'Tỷ lệ hộ nghèo'],
    ['Thu ngân sách', 'tổng thu ngân sách nhà nước'],
    ['giá trị sản xuất công nghiệp', 'GTSX công nghiệp'],
    ['số  khu công nghiệp', 'Số KCN', 'Phát triển các khu công nghiệp (KCN) và cụm công nghiệp (CCN).'],
    ['tỷ lệ đô thị hoá', 'tỷ lệ đô thị hóa'], // old and new tone placement fold alike
  ];
  const different: Array<[string, string]> = [
    ['kim ngạch xuất khẩu', 'kim ngạch nhập khẩu'],
    ['GRDP', 'GDP'],
    ['tỷ lệ hộ nghèo', 'tỷ lệ hộ cận nghèo'],
    ['thu ngân sách nhà nước', 'chi ngân sách nhà nước'],
    ['GRDP bình quân đầu người', 'thu nhập bình quân đầu người'],
    ['số khu công nghiệp', 'số cụm công nghiệp'],
  ];
  for (const [a, b, text] of same) {
    it(`“${a}” meets “${b}”${text ? ' (the text defines the abbreviation)' : ''}`, () => {
      const defined = definedAbbreviations(text ?? '');
      assert.equal(indicatorKey(a, defined), indicatorKey(b, defined));
    });
  }
  for (const [a, b] of different) it(`“${a}” stays apart from “${b}”`, () => assert.notEqual(indicatorKey(a), indicatorKey(b)));

  it('abbreviations defined in a text: the long form is the words whose initials spell it', () => {
    const d = definedAbbreviations('Tỉnh có 5 khu công nghiệp (KCN), thu hút vốn đầu tư trực tiếp nước ngoài (FDI) và Ủy ban nhân dân (UBND).');
    assert.equal(d.get('kcn'), 'khu cong nghiep');
    assert.equal(d.get('ubnd'), 'uy ban nhan dan');
    assert.equal(d.get('fdi'), 'dau tu truc tiep nuoc ngoai'.split(' ').slice(-3).join(' ')); // initials do not spell FDI: as many words as letters
    assert.equal(definedAbbreviations('năm 2025 (dự kiến)').size, 0);
  });

  it('the researcher merges and splits groups', () => {
    assert.equal(indicatorGroup('tỷ lệ nghèo', undefined, { split: ['ty le ngheo'] }), 'ty le ngheo');
    assert.equal(indicatorGroup('tỷ lệ nghèo'), 'ty le ho ngheo');
    assert.equal(indicatorGroup('số dự án FDI', undefined, { merge: { 'so du an fdi': 'so du an von fdi' } }), 'so du an von fdi');
    assert.equal(indicatorGroup('a', undefined, { merge: { a: 'b', b: 'a' } }), 'a', 'a merge cycle ends');
  });

  it('foldText: case, diacritics, đ and punctuation', () => assert.equal(foldText('  Đường  bộ, CAO TỐC!'), 'duong bo cao toc'));
});

describe('goals table', () => {
  const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', '000_b8550bfa09380357.txt'), 'utf8');
  const x = extract(SEED);
  const reviewed = review({ path: 'seeds/vp.txt', text: SEED, extraction: x, annotations: [] }, { rejected: 'mark' });
  const rows = goalRows([{ doc: reviewed, documentDate: '2024-05' }]);

  it('one row per reviewed goal, with the 2025 unit and the document date', () => {
    assert.equal(rows.length, x.goals.length);
    assert.ok(rows.length > 0);
    for (const r of rows) { assert.equal(r.documentDate, '2024-05'); assert.equal(r.document, 'seeds/vp.txt'); }
    assert.ok(rows.some((r) => r.province === 'Vĩnh Phúc' && r.unit2025 === 'Phú Thọ'), 'Vĩnh Phúc became part of Phú Thọ');
  });

  it('2025 units', () => {
    const table: Array<[string | null, string | null]> = [['Vĩnh Phúc', 'Phú Thọ'], ['Hà Nội', 'Hà Nội'], ['Bắc Giang', 'Bắc Ninh'], ['Phú Thọ', 'Phú Thọ'], ['Đắk Lắk', 'Đắk Lắk'], [null, null]];
    for (const [p, u] of table) assert.equal(unit2025Of(p), u, String(p));
  });

  const mk = (over: Partial<GoalRow>, i: number): GoalRow => ({ id: `r${i}`, document: 'd', province: 'Vĩnh Phúc', unit2025: 'Phú Thọ', indicator: 'x', indicatorGroup: 'x', quantitative: true, state: 'unreviewed', span: [i, i + 1], evidence: '', ...over });
  const t = [
    { province: 'Đồng Tháp', value: 15, indicator: 'Tỷ lệ cụm công nghiệp' },
    { province: 'An Giang', value: 9.5, indicator: 'tốc độ tăng GRDP' },
    { province: null, value: 8, indicator: 'tốc độ tăng GDP' },
    { province: 'Bắc Ninh', indicator: 'xây dựng trung tâm', quantitative: false },
    { province: 'Cà Mau', value: 100, state: 'rejected' as const },
  ].map(mk);

  it('sorts by any column, Vietnamese order, empty cells last', () => {
    assert.deepEqual(sortRows(t, 'province').map((r) => r.province), ['An Giang', 'Bắc Ninh', 'Cà Mau', 'Đồng Tháp', null]);
    assert.deepEqual(sortRows(t, 'value', 'desc').map((r) => r.value), [100, 15, 9.5, 8, undefined]);
  });

  it('filters as users type: no diacritics, any case, word starts; rejected hidden unless asked', () => {
    assert.deepEqual(filterRows(t, { text: 'dong thap' }).map((r) => r.id), ['r0']);
    assert.deepEqual(filterRows(t, { text: 'cum' }).map((r) => r.id), ['r0']);
    assert.deepEqual(filterRows(t, { text: 'GRDP' }).map((r) => r.id), ['r1']);
    assert.deepEqual(filterRows(t, { text: 'ong' }).map((r) => r.id), [], 'inside a word does not match');
    assert.equal(filterRows(t, {}).length, 4);
    assert.equal(filterRows(t, { rejected: true }).length, 5);
    assert.deepEqual(filterRows(t, { columns: { province: ['An Giang', 'Bắc Ninh'] } }).map((r) => r.id), ['r1', 'r3']);
  });

  it('groups by province (national under "") and by indicator group', () => {
    assert.deepEqual(groupRows(t, 'province').map((g) => g.key), ['Đồng Tháp', 'An Giang', '', 'Bắc Ninh', 'Cà Mau']);
    assert.deepEqual(groupRows([...t, mk({ indicatorGroup: 'y' }, 9)], 'indicator').map((g) => [g.key, g.rows.length]), [['x', 5], ['y', 1]]);
  });

  it('copies as TSV: a header, one line per row, tabs and line breaks in cells made spaces', () => {
    const tsv = rowsAsTsv([mk({ indicator: 'a\tb\nc', value: 1 }, 0)], ['province', 'indicator', 'value', 'deadline']);
    assert.equal(tsv, 'province\tindicator\tvalue\tdeadline\nVĩnh Phúc\ta b c\t1\t\n');
  });
});

describe('target changes across documents', () => {
  const row = (i: number, documentDate: string | undefined, value: number, deadline = '2025', over: Partial<GoalRow> = {}): GoalRow => ({
    id: `r${i}`, document: `doc${i}`, documentDate, province: 'Vĩnh Phúc', unit2025: 'Phú Thọ', indicator: 'tốc độ tăng GRDP', indicatorGroup: 'toc do tang grdp',
    value, unit: '%', deadline, quantitative: true, state: 'confirmed', span: [0, 1], evidence: '', ...over,
  });
  const rows = [row(1, '2021-03', 7), row(2, '2020-10', 8), row(3, '2023-12', 7), row(4, '2021-03', 8.5, '2030'), row(5, undefined, 9), row(6, '2022', 10, '2025', { state: 'rejected' }),
    row(7, '2022', 6, '2025', { province: 'Phú Thọ' }), row(8, '2022', 6, '2025', { unit: 'VND', value: 5e12 })];

  it('one series per deadline and unit, points by the document date; rejected, undated and other provinces left out', () => {
    const s = targetChanges(rows, 'Vĩnh Phúc', 'toc do tang grdp');
    assert.deepEqual(s.map((x) => [x.deadline, x.unit, x.points.map((p) => [p.documentDate, p.value])]), [
      ['2025', '%', [['2020-10', 8], ['2021-03', 7], ['2023-12', 7]]],
      ['2025', 'VND', [['2022', 5e12]]],
      ['2030', '%', [['2021-03', 8.5]]],
    ]);
    assert.deepEqual(changesOf(s[0]).map((c) => c.change), ['cut', 'kept']);
  });
});
