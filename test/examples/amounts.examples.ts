/**
 * Amount corpus (Duckling style) for the chitieu engine.
 *
 * How to read an example (see shared/gold/SCHEMA.md and shared/gold/more/NOTES.md, which are
 * authoritative; the lexicon is shared/data/lexicon.md):
 * - Run `extract(text, { referenceDate })` and keep the entities with `type === 'amount'`.
 * - `expect === null`: there must be no amount entity at all.
 * - Otherwise there must be exactly one amount entity, and its `text` (the document text at its
 *   span) must equal `expect.text` exactly (qualifier words are outside the span), with the
 *   given `value`, `max`, `unit` and `qualifier` (absent = none). `role` is only checked when
 *   given: it is given where the phrase alone decides it.
 * - `value`/`max` are the number with its scale applied. Compare them with a small relative
 *   tolerance (say 1e-9): `85,6 triệu` computed as 85.6 × 1e6 is not exact in binary floating point.
 * - Counted nouns: `unit` is the head noun as written, without the modifiers after it (gold:
 *   "4 trụ cột chính" → `4 trụ cột`, "6 nhóm sản phẩm chủ lực" → `6 nhóm sản phẩm`), with a line
 *   break inside it read as a space in `unit` (NOTES: "100 doanh\nnghiệp").
 */

export interface AmountExample {
  text: string;
  expect: null | {
    text: string;
    value: number;
    max?: number;
    unit: string;
    qualifier?: 'more_than' | 'nearly' | 'about' | 'at_least' | 'at_most';
    role?: 'target' | 'actual' | 'other';
  };
  referenceDate?: string;
}

export const AMOUNT_EXAMPLES: AmountExample[] = [
  // ───────────────────────── Number formats ─────────────────────────
  {
    text: 'Toàn tỉnh hiện có 75.000 lao động làm việc tại các khu công nghiệp.',
    expect: { text: '75.000 lao động', value: 75000, unit: 'lao động', role: 'actual' },
  },
  {
    text: 'Năm 2023, toàn tỉnh đón 1.234.567 lượt khách.',
    expect: { text: '1.234.567 lượt khách', value: 1234567, unit: 'lượt khách' },
  },
  {
    text: 'Năm 2022, tổng thu ngân sách đã đạt 1.234,5 tỷ đồng.',
    expect: { text: '1.234,5 tỷ đồng', value: 1234500000000, unit: 'VND', role: 'actual' },
  },
  {
    text: 'Năm 2022, kim ngạch nhập khẩu đạt 1,8 tỷ USD, tăng so với cùng kỳ.',
    expect: { text: '1,8 tỷ USD', value: 1800000000, unit: 'USD', role: 'actual' },
  },
  // One dot followed by exactly three digits: thousands in the Vietnamese convention (lexicon §1).
  {
    text: 'Trên địa bàn tỉnh có 1.234 doanh nghiệp đang hoạt động.',
    expect: { text: '1.234 doanh nghiệp', value: 1234, unit: 'doanh nghiệp' },
  },
  {
    text: 'Khu công nghiệp có tổng diện tích 1.800 ha.',
    expect: { text: '1.800 ha', value: 1800, unit: 'ha' },
  },
  // A dot followed by one or two digits does not fit the Vietnamese convention: an English-style
  // decimal (lexicon §1 "`2.5`, `1.8` ... are decimals written English-style").
  {
    text: 'Tăng trưởng tín dụng trong quý đầu năm đạt 2.5%.',
    expect: { text: '2.5%', value: 2.5, unit: '%' },
  },
  // English-style grouping with two commas: unambiguous (lexicon §1, STYLE "decide from the whole number").
  {
    text: 'Mỗi hộ được hỗ trợ 100,000,000 đồng để xây nhà.',
    expect: { text: '100,000,000 đồng', value: 100000000, unit: 'VND' },
  },
  // English-style `1,234.5`: comma then dot settles the convention (lexicon §1).
  {
    text: 'Sản lượng cà phê xuất khẩu đạt 1,234.5 tấn.',
    expect: { text: '1,234.5 tấn', value: 1234.5, unit: 'tấn' },
  },
  {
    text: 'Dự án tạo việc làm cho 75 000 lao động.',
    expect: { text: '75 000 lao động', value: 75000, unit: 'lao động' },
  },
  // No-break space (U+00A0) as group separator (lexicon §1); the span keeps it as written.
  {
    text: 'Diện tích trồng rừng tập trung đạt 12\u00a0500 ha.',
    expect: { text: '12\u00a0500 ha', value: 12500, unit: 'ha' },
  },
  {
    text: 'Dự án có tổng vốn đăng ký 05 triệu USD.',
    expect: { text: '05 triệu USD', value: 5000000, unit: 'USD' },
  },
  {
    text: 'Trong quý I, tỉnh cấp mới 02 dự án.',
    expect: { text: '02 dự án', value: 2, unit: 'dự án' },
  },
  {
    text: 'Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 8,12%.',
    expect: { text: '8,12%', value: 8.12, unit: '%', qualifier: 'about', role: 'actual' },
  },
  {
    text: 'Ngành dịch vụ chiếm 18,0% GRDP của tỉnh.',
    expect: { text: '18,0%', value: 18, unit: '%', role: 'actual' },
  },
  // A number with no unit after it keeps unit '' (NOTES: HDI "0,75").
  {
    text: 'Năm 2022, chỉ số HDI của tỉnh ước đạt 0,71.',
    expect: { text: '0,71', value: 0.71, unit: '', qualifier: 'about', role: 'actual' },
  },

  // ───────────────────────── Scale words ─────────────────────────
  {
    text: 'Toàn tỉnh có 3,2 nghìn doanh nghiệp đang hoạt động.',
    expect: { text: '3,2 nghìn doanh nghiệp', value: 3200, unit: 'doanh nghiệp' },
  },
  {
    text: 'Năm 2023, tỉnh giải quyết việc làm cho 25 ngàn lao động.',
    expect: { text: '25 ngàn lao động', value: 25000, unit: 'lao động' },
  },
  {
    text: 'GRDP bình quân đầu người năm 2023 đạt 85,6 triệu đồng, tăng so với năm trước.',
    expect: { text: '85,6 triệu đồng', value: 85600000, unit: 'VND', role: 'actual' },
  },
  // "trên địa bàn" is a preposition, not the qualifier "trên" (lexicon §3 traps).
  {
    text: 'Thu ngân sách nhà nước trên địa bàn đạt 12.500 tỷ đồng.',
    expect: { text: '12.500 tỷ đồng', value: 12500000000000, unit: 'VND' },
  },
  {
    text: 'Năm 2022, kim ngạch xuất khẩu đạt 2,3 tỉ USD, tăng so với cùng kỳ.',
    expect: { text: '2,3 tỉ USD', value: 2300000000, unit: 'USD', role: 'actual' },
  },
  {
    text: 'Phấn đấu đến năm 2030, giá trị sản xuất công nghiệp đạt 320 nghìn tỷ đồng.',
    expect: { text: '320 nghìn tỷ đồng', value: 320000000000000, unit: 'VND', role: 'target' },
  },
  {
    text: 'Tổng vốn đầu tư toàn xã hội năm 2023 ước đạt 150 ngàn tỷ đồng.',
    expect: { text: '150 ngàn tỷ đồng', value: 150000000000000, unit: 'VND', qualifier: 'about', role: 'actual' },
  },
  {
    text: 'Năm 2024, kế hoạch thu ngân sách là 2,5 nghìn tỷ đồng.',
    expect: { text: '2,5 nghìn tỷ đồng', value: 2500000000000, unit: 'VND', role: 'target' },
  },
  {
    text: 'Dự án có tổng mức đầu tư 1.200 tỷ đồng.',
    expect: { text: '1.200 tỷ đồng', value: 1200000000000, unit: 'VND' },
  },
  {
    text: 'Năm 2023, tỉnh đón 3,5 triệu lượt khách.',
    expect: { text: '3,5 triệu lượt khách', value: 3500000, unit: 'lượt khách' },
  },
  {
    text: 'Dân số toàn tỉnh khoảng 1,2 triệu người.',
    expect: { text: '1,2 triệu người', value: 1200000, unit: 'người', qualifier: 'about' },
  },
  {
    text: 'Diện tích cây ăn quả của tỉnh đạt 25 nghìn ha.',
    expect: { text: '25 nghìn ha', value: 25000, unit: 'ha' },
  },

  // ───────────────────────── Money units ─────────────────────────
  {
    text: 'Mỗi doanh nghiệp được hỗ trợ 200 triệu VNĐ.',
    expect: { text: '200 triệu VNĐ', value: 200000000, unit: 'VND' },
  },
  {
    text: 'Công ty có vốn điều lệ 500 tỷ VND.',
    expect: { text: '500 tỷ VND', value: 500000000000, unit: 'VND' },
  },
  {
    text: 'Lệ phí cấp giấy phép là 500.000đ.',
    expect: { text: '500.000đ', value: 500000, unit: 'VND' },
  },
  {
    text: 'Mỗi lao động được hỗ trợ 5 triệu đồng.',
    expect: { text: '5 triệu đồng', value: 5000000, unit: 'VND' },
  },
  {
    text: 'Năm 2024, tỉnh thu hút 50 triệu US$ vốn đầu tư nước ngoài.',
    expect: { text: '50 triệu US$', value: 50000000, unit: 'USD' },
  },
  {
    text: 'Kim ngạch nhập khẩu máy móc đạt 120 triệu đô la Mỹ.',
    expect: { text: '120 triệu đô la Mỹ', value: 120000000, unit: 'USD' },
  },
  // EUR and JPY are not in the SCHEMA unit list; codes as in lexicon §2 (EUR, yên → JPY).
  {
    text: 'Dự án được Liên minh châu Âu tài trợ 15 triệu EUR.',
    expect: { text: '15 triệu EUR', value: 15000000, unit: 'EUR' },
  },
  {
    text: 'Dự án sử dụng vốn vay ODA 30 tỷ yên.',
    expect: { text: '30 tỷ yên', value: 30000000000, unit: 'JPY' },
  },

  // ───────────────────────── Physical units ─────────────────────────
  // "tỷ lệ" is not the scale word tỷ (lexicon §1 traps).
  {
    text: 'Tỷ lệ đô thị hóa đạt 45%.',
    expect: { text: '45%', value: 45, unit: '%' },
  },
  // "phần trăm" = % (lexicon §1 number words); digits before it, so an amount.
  {
    text: 'Chi phí logistics giảm 5 phần trăm.',
    expect: { text: '5 phần trăm', value: 5, unit: '%' },
  },
  {
    text: 'Tỉnh quy hoạch 7.500 ha đất công nghiệp.',
    expect: { text: '7.500 ha', value: 7500, unit: 'ha' },
  },
  {
    text: 'Năm 2023, toàn tỉnh trồng mới 1.200 héc-ta rừng.',
    expect: { text: '1.200 héc-ta', value: 1200, unit: 'ha' },
  },
  // Canonical unit km² (types.ts AmountEntity.unit, lexicon §2).
  {
    text: 'Tỉnh có diện tích tự nhiên 4.860 km2.',
    expect: { text: '4.860 km2', value: 4860, unit: 'km²' },
  },
  {
    text: 'Khu kinh tế có tổng diện tích 1.520 km².',
    expect: { text: '1.520 km²', value: 1520, unit: 'km²' },
  },
  {
    text: 'Tổng công suất các nhà máy điện mặt trời đạt 1.200 MW.',
    expect: { text: '1.200 MW', value: 1200, unit: 'MW' },
  },
  {
    text: 'Mục tiêu đến năm 2030 phát triển 6 GW điện gió ngoài khơi.',
    expect: { text: '6 GW', value: 6, unit: 'GW', role: 'target' },
  },
  {
    text: 'Sản lượng điện thương phẩm năm 2023 đạt 2,5 tỷ kWh, tăng so với năm trước.',
    expect: { text: '2,5 tỷ kWh', value: 2500000000, unit: 'kWh', role: 'actual' },
  },
  {
    text: 'Sản lượng lúa cả năm đạt 1,2 triệu tấn.',
    expect: { text: '1,2 triệu tấn', value: 1200000, unit: 'tấn' },
  },
  // The scale folds into value and leaves the unit (gold 07: "7.600 nghìn lượt khách" → 7600000 lượt khách).
  {
    text: 'Sản lượng thủy sản nuôi trồng đạt 320 nghìn tấn.',
    expect: { text: '320 nghìn tấn', value: 320000, unit: 'tấn' },
  },
  // Judgement: canonical m³ by analogy with km² (lexicon §2 lists m3/m³ without a canonical
  // form); "/ngày đêm" is a rate suffix kept out of text and unit like "/năm" (NOTES).
  {
    text: 'Nhà máy nước có công suất 30.000 m3/ngày đêm.',
    expect: { text: '30.000 m3', value: 30000, unit: 'm³' },
  },
  {
    text: 'Sản lượng hàng container qua cảng đạt 1,5 triệu TEU.',
    expect: { text: '1,5 triệu TEU', value: 1500000, unit: 'TEU' },
  },
  {
    text: 'Tuyến đường ven biển dài 45 km.',
    expect: { text: '45 km', value: 45, unit: 'km' },
  },
  // NOTES: "03x900MVA" is one amount, 3 × 900 = 2700 MVA; planned equipment after "sẽ" is target.
  {
    text: 'Theo quy hoạch, trạm biến áp sẽ được nâng công suất lên 03x900MVA.',
    expect: { text: '03x900MVA', value: 2700, unit: 'MVA', role: 'target' },
  },
  // Same reading as 03x900MVA (2 × 63 = 126); the voltage class "110kV" is not an amount (NOTES).
  {
    text: 'Trạm biến áp 110kV có quy mô 2x63MVA.',
    expect: { text: '2x63MVA', value: 126, unit: 'MVA' },
  },

  // ───────────────────────── Counted nouns ─────────────────────────
  {
    text: 'Lũy kế đến nay, tỉnh thu hút 318 dự án.',
    expect: { text: '318 dự án', value: 318, unit: 'dự án', role: 'actual' },
  },
  {
    text: 'Năm 2023, có thêm 1.050 doanh nghiệp thành lập mới.',
    expect: { text: '1.050 doanh nghiệp', value: 1050, unit: 'doanh nghiệp' },
  },
  {
    text: 'Mục tiêu đến năm 2030, tỉnh có 15 khu công nghiệp.',
    expect: { text: '15 khu công nghiệp', value: 15, unit: 'khu công nghiệp', role: 'target' },
  },
  {
    text: 'Tỉnh hiện có 31 cụm công nghiệp.',
    expect: { text: '31 cụm công nghiệp', value: 31, unit: 'cụm công nghiệp', role: 'actual' },
  },
  // Counted noun as written, abbreviation included (SCHEMA: "the counted noun as written").
  {
    text: 'Tỉnh đã thành lập 12 KCN.',
    expect: { text: '12 KCN', value: 12, unit: 'KCN' },
  },
  {
    text: 'Năm qua, toàn tỉnh đã hỗ trợ 350 hộ thoát nghèo.',
    expect: { text: '350 hộ', value: 350, unit: 'hộ' },
  },
  {
    text: 'Năm nay có thêm 12 xã đạt chuẩn nông thôn mới nâng cao.',
    expect: { text: '12 xã', value: 12, unit: 'xã' },
  },
  {
    text: 'Toàn tỉnh có 150 sản phẩm OCOP.',
    expect: { text: '150 sản phẩm OCOP', value: 150, unit: 'sản phẩm OCOP' },
  },
  {
    text: 'Chương trình gồm 4 trụ cột.',
    expect: { text: '4 trụ cột', value: 4, unit: 'trụ cột', role: 'other' },
  },
  {
    text: 'Tỉnh ưu tiên thu hút đầu tư vào 2 lĩnh vực chủ lực.',
    expect: { text: '2 lĩnh vực', value: 2, unit: 'lĩnh vực', role: 'other' },
  },
  // SCHEMA: in "1 trong 2 nhóm ngành" only "2 nhóm ngành" is an amount (other).
  {
    text: 'Chế biến nông sản là 1 trong 3 nhóm ngành được ưu tiên.',
    expect: { text: '3 nhóm ngành', value: 3, unit: 'nhóm ngành', role: 'other' },
  },
  {
    text: 'Dự án được chia thành 2 giai đoạn.',
    expect: { text: '2 giai đoạn', value: 2, unit: 'giai đoạn', role: 'other' },
  },
  {
    text: 'Đến năm 2025, xây dựng ít nhất 20 mô hình.',
    expect: { text: '20 mô hình', value: 20, unit: 'mô hình', qualifier: 'at_least', role: 'target' },
  },
  {
    text: 'Năm 2025, tỉnh khởi công 2.000 căn nhà ở xã hội.',
    expect: { text: '2.000 căn', value: 2000, unit: 'căn' },
  },

  // ───────────────────────── Line breaks ─────────────────────────
  // NOTES: a counted noun split by a line break stays in the span.
  {
    text: 'Phấn đấu hỗ trợ ít nhất 30 doanh\nnghiệp chuyển đổi số.',
    expect: { text: '30 doanh\nnghiệp', value: 30, unit: 'doanh nghiệp', qualifier: 'at_least', role: 'target' },
  },
  {
    text: 'Đến năm 2030, thu hút thêm 25\ndoanh nghiệp.',
    expect: { text: '25\ndoanh nghiệp', value: 25, unit: 'doanh nghiệp', role: 'target' },
  },
  {
    text: 'Thành lập 01 trung\ntâm đổi mới sáng tạo.',
    expect: { text: '01 trung\ntâm', value: 1, unit: 'trung tâm' },
  },
  {
    text: 'Năm 2023, kim ngạch xuất khẩu đạt 6,03\ntỷ USD, tăng so với cùng kỳ.',
    expect: { text: '6,03\ntỷ USD', value: 6030000000, unit: 'USD', role: 'actual' },
  },

  // ───────────────────────── Ranges ─────────────────────────
  {
    text: 'Phấn đấu tỷ lệ nội địa hóa đạt 30 - 50%.',
    expect: { text: '30 - 50%', value: 30, max: 50, unit: '%', role: 'target' },
  },
  {
    text: 'Doanh thu du lịch tăng 10 -13%.',
    expect: { text: '10 -13%', value: 10, max: 13, unit: '%' },
  },
  // SCHEMA/NOTES: "từ" stays in the span of a range it introduces.
  {
    text: 'Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử đạt từ 30% đến 50%.',
    expect: { text: 'từ 30% đến 50%', value: 30, max: 50, unit: '%' },
  },
  {
    text: 'Đến năm 2030, GRDP bình quân đầu người đạt từ 5.200-5.800 USD.',
    expect: { text: 'từ 5.200-5.800 USD', value: 5200, max: 5800, unit: 'USD', role: 'target' },
  },
  // NOTES: en-dash range; "/năm" kept out of text and unit.
  {
    text: 'Vườn ươm cung ứng 3 – 5 triệu cây/năm.',
    expect: { text: '3 – 5 triệu cây', value: 3000000, max: 5000000, unit: 'cây' },
  },
  {
    text: 'Thu nhập bình quân của hộ đạt 118 -125 triệu đồng.',
    expect: { text: '118 -125 triệu đồng', value: 118000000, max: 125000000, unit: 'VND' },
  },
  // NOTES (09): "từ 20 - 22.000 ha" is 20.000–22.000 ha; the lower bound drops the thousands.
  {
    text: 'Đến năm 2025, diện tích trồng dừa đạt từ 15 - 18.000 ha.',
    expect: { text: 'từ 15 - 18.000 ha', value: 15000, max: 18000, unit: 'ha', role: 'target' },
  },
  // The scale word after the upper bound applies to both bounds.
  {
    text: 'Mỗi dự án được hỗ trợ 3 - 4 tỷ đồng.',
    expect: { text: '3 - 4 tỷ đồng', value: 3000000000, max: 4000000000, unit: 'VND' },
  },
  {
    text: 'Vốn đối ứng của địa phương từ 2 đến 3 tỷ đồng.',
    expect: { text: 'từ 2 đến 3 tỷ đồng', value: 2000000000, max: 3000000000, unit: 'VND' },
  },
  {
    text: 'Kế hoạch năm 2025, tăng trưởng GRDP đạt 7,5-8%.',
    expect: { text: '7,5-8%', value: 7.5, max: 8, unit: '%', role: 'target' },
  },
  {
    text: 'Kim ngạch xuất khẩu tăng 12-12,5%.',
    expect: { text: '12-12,5%', value: 12, max: 12.5, unit: '%' },
  },
  {
    text: 'Diện tích cây dược liệu tăng thêm khoảng 1.000-2.000 ha.',
    expect: { text: '1.000-2.000 ha', value: 1000, max: 2000, unit: 'ha', qualifier: 'about' },
  },
  // The period "2026 - 2030" must not become a range amount.
  {
    text: 'Phấn đấu giai đoạn 2026 - 2030 thu hút 30 – 40 dự án.',
    expect: { text: '30 – 40 dự án', value: 30, max: 40, unit: 'dự án', role: 'target' },
  },
  // Em dash with spaces (lexicon §0 lists -, – and — for ranges).
  {
    text: 'Doanh thu thương mại điện tử tăng 20 — 25%.',
    expect: { text: '20 — 25%', value: 20, max: 25, unit: '%' },
  },
  {
    text: 'Diện tích chuyển đổi sang cây ăn quả đạt 2.000 - 2.500 ha.',
    expect: { text: '2.000 - 2.500 ha', value: 2000, max: 2500, unit: 'ha' },
  },
  // Plan values quoted in a results report are target (NOTES, 07).
  {
    text: 'Chỉ tiêu tăng trưởng GRDP chưa đạt (kế hoạch tăng 6,5 - 7%).',
    expect: { text: '6,5 - 7%', value: 6.5, max: 7, unit: '%', role: 'target' },
  },

  // ───────────────────────── Ratios ─────────────────────────
  // SCHEMA: a ratio is one amount whose value is the first number (no max).
  {
    text: 'Toàn tỉnh có 215/248 trường đạt chuẩn quốc gia.',
    expect: { text: '215/248 trường', value: 215, unit: 'trường' },
  },
  {
    text: 'Đã có 98/112 xã đạt chuẩn nông thôn mới.',
    expect: { text: '98/112 xã', value: 98, unit: 'xã', role: 'actual' },
  },

  // ───────────────────────── Qualifiers ─────────────────────────
  {
    text: 'Toàn tỉnh có hơn 500 hợp tác xã.',
    expect: { text: '500 hợp tác xã', value: 500, unit: 'hợp tác xã', qualifier: 'more_than' },
  },
  {
    text: 'Tỷ lệ che phủ rừng đạt trên 42%.',
    expect: { text: '42%', value: 42, unit: '%', qualifier: 'more_than' },
  },
  // Judgement: "vượt" + a value (no plan/budget word after it) is the qualifier more_than (SCHEMA);
  // compare "vượt 5% dự toán" below.
  {
    text: 'Năm 2023, kim ngạch xuất khẩu vượt 1 tỷ USD.',
    expect: { text: '1 tỷ USD', value: 1000000000, unit: 'USD', qualifier: 'more_than' },
  },
  {
    text: 'Vốn FDI đăng ký mới đạt gần 180 triệu USD.',
    expect: { text: '180 triệu USD', value: 180000000, unit: 'USD', qualifier: 'nearly' },
  },
  {
    text: 'Dự kiến có khoảng 20 doanh nghiệp tham gia hội chợ.',
    expect: { text: '20 doanh nghiệp', value: 20, unit: 'doanh nghiệp', qualifier: 'about' },
  },
  {
    text: 'Giá trị sản xuất nông nghiệp ước 15.600 tỷ đồng.',
    expect: { text: '15.600 tỷ đồng', value: 15600000000000, unit: 'VND', qualifier: 'about' },
  },
  {
    text: 'Kim ngạch xuất khẩu 6 tháng đầu năm ước đạt 850 triệu USD, tăng so với cùng kỳ.',
    expect: { text: '850 triệu USD', value: 850000000, unit: 'USD', qualifier: 'about', role: 'actual' },
  },
  // SCHEMA: "ước" before a verb (ước tăng) makes the amount about.
  {
    text: 'Chỉ số sản xuất công nghiệp ước tăng 9,2% so với cùng kỳ.',
    expect: { text: '9,2%', value: 9.2, unit: '%', qualifier: 'about', role: 'actual' },
  },
  {
    text: 'Công nghiệp chiếm xấp xỉ 40% GRDP.',
    expect: { text: '40%', value: 40, unit: '%', qualifier: 'about', role: 'actual' },
  },
  {
    text: 'Phấn đấu có ít nhất 100 doanh nghiệp ứng dụng công nghệ cao.',
    expect: { text: '100 doanh nghiệp', value: 100, unit: 'doanh nghiệp', qualifier: 'at_least', role: 'target' },
  },
  {
    text: 'Tỷ lệ doanh nghiệp sử dụng nền tảng số đạt tối thiểu 60%.',
    expect: { text: '60%', value: 60, unit: '%', qualifier: 'at_least' },
  },
  {
    text: 'Mức hỗ trợ tối đa 2 tỷ đồng cho mỗi dự án.',
    expect: { text: '2 tỷ đồng', value: 2000000000, unit: 'VND', qualifier: 'at_most' },
  },
  {
    text: 'Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 1%.',
    expect: { text: '1%', value: 1, unit: '%', qualifier: 'at_most', role: 'target' },
  },
  // NOTES: "≥" is at_least, also across a line break.
  {
    text: 'Tỷ lệ hồ sơ được giải quyết trực tuyến ≥ 95%.',
    expect: { text: '95%', value: 95, unit: '%', qualifier: 'at_least' },
  },
  {
    text: 'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử ≥\n80%.',
    expect: { text: '80%', value: 80, unit: '%', qualifier: 'at_least' },
  },
  // NOTES: "chưa tới" is at_most. Role left open: "chiếm" reads actual (lexicon §5) but NOTES
  // gives `other` to a ratio describing a proposal.
  {
    text: 'Quy mô đề xuất chỉ chiếm chưa tới 5% tiềm năng.',
    expect: { text: '5%', value: 5, unit: '%', qualifier: 'at_most' },
  },
  // "không quá" is at_most (lexicon §3; not in the SCHEMA list).
  {
    text: 'Tỷ lệ nợ xấu được kiểm soát không quá 3%.',
    expect: { text: '3%', value: 3, unit: '%', qualifier: 'at_most' },
  },
  // SCHEMA: "vượt" used as a verb ("vượt gần 9% kế hoạch") is not a qualifier of its own; "gần" is.
  {
    text: 'Thu ngân sách năm 2023 vượt gần 7% dự toán.',
    expect: { text: '7%', value: 7, unit: '%', qualifier: 'nearly', role: 'actual' },
  },
  // Same rule without "gần": no qualifier at all (lexicon §5: "vượt X% kế hoạch" is actual).
  {
    text: 'Thu ngân sách năm 2023 vượt 5% dự toán.',
    expect: { text: '5%', value: 5, unit: '%', role: 'actual' },
  },
  // "gần như" → nearly (SCHEMA lists it as a qualifier word, lexicon §3 puts it in nearly).
  {
    text: 'Lưới điện quốc gia đã phủ gần như 100% số hộ.',
    expect: { text: '100%', value: 100, unit: '%', qualifier: 'nearly' },
  },

  // ───────────────────────── Rate suffixes and roles ─────────────────────────
  // NOTES: "/năm" kept out of text and unit; forecasts after "sẽ" are target (11).
  {
    text: 'Dự báo giai đoạn tới, xuất khẩu sẽ tăng trưởng 12%/năm.',
    expect: { text: '12%', value: 12, unit: '%', role: 'target' },
  },
  {
    text: 'Phấn đấu tăng trưởng bình quân 8,5%/năm.',
    expect: { text: '8,5%', value: 8.5, unit: '%', role: 'target' },
  },
  // Judgement: "/người/năm" is a rate suffix like "/năm" (NOTES) and stays out of text and unit.
  {
    text: 'Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm.',
    expect: { text: '72 triệu đồng', value: 72000000, unit: 'VND' },
  },
  // NOTES: assessed potentials are actual.
  {
    text: 'Tiềm năng điện gió của tỉnh khoảng 12.000 MW.',
    expect: { text: '12.000 MW', value: 12000, unit: 'MW', qualifier: 'about', role: 'actual' },
  },
  {
    text: 'Doanh thu bán lẻ hàng hóa tăng 12,4% so với cùng kỳ.',
    expect: { text: '12,4%', value: 12.4, unit: '%', role: 'actual' },
  },
  {
    text: 'Kế hoạch năm 2025 thu hút hơn 350 triệu USD.',
    expect: { text: '350 triệu USD', value: 350000000, unit: 'USD', qualifier: 'more_than', role: 'target' },
  },
  {
    text: 'Dự kiến đến năm 2027, nhà máy sẽ đạt công suất 500 MW.',
    expect: { text: '500 MW', value: 500, unit: 'MW', role: 'target' },
  },
  {
    text: 'Mục tiêu đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%.',
    expect: { text: '75%', value: 75, unit: '%', role: 'target' },
  },

  // ═════════════════════════ Negatives: no amount at all ═════════════════════════
  // Years, dates, reporting times.
  { text: 'Năm 2025 là năm cuối của kế hoạch trung hạn.', expect: null },
  { text: 'Hội nghị được tổ chức ngày 1/12/2023.', expect: null },
  { text: 'Hạn chót nộp báo cáo là ngày 30/6.', expect: null },
  { text: 'Số liệu được tổng hợp đến hết tháng 5/2024.', expect: null },
  { text: 'Báo cáo kết quả thực hiện quý I/2025.', expect: null },
  // A span of years is a period, not a range amount.
  { text: 'Kế hoạch thu hút đầu tư giai đoạn 2021 - 2025.', expect: null },
  { text: 'Kế hoạch đầu tư công trung hạn 2021-2025 của tỉnh.', expect: null },
  // Document numbers (lexicon §1; NOTES: document numbers are not amounts).
  { text: 'Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội.', expect: null },
  { text: 'Căn cứ Quyết định 759/QĐ-TTg của Thủ tướng Chính phủ.', expect: null },
  { text: 'Quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị.', expect: null },
  { text: 'Căn cứ Nghị định 30/2020/NĐ-CP của Chính phủ.', expect: null },
  { text: 'Thực hiện Chỉ thị số 08/CT-UBND của Chủ tịch UBND tỉnh.', expect: null },
  // Article, clause and list numbering (NOTES).
  { text: 'Điều 3. Tổ chức thực hiện', expect: null },
  { text: 'Theo khoản 2 Điều 5 của Quyết định này.', expect: null },
  { text: '1. Mục đích', expect: null },
  { text: '2.1. Đến năm 2030', expect: null },
  // Names containing numbers (SCHEMA, NOTES).
  { text: 'Đẩy nhanh tiến độ dự án đường vành đai 4.', expect: null },
  { text: 'Khắc phục hậu quả của đại dịch Covid-19.', expect: null },
  { text: 'Thu hút đầu tư từ các nước G7.', expect: null },
  { text: 'Nhà máy điện mặt trời Tây Ninh 1 đã vận hành thương mại.', expect: null },
  { text: 'Triển khai Luật Nhà ở 2023 trên địa bàn tỉnh.', expect: null },
  { text: 'Thực hiện Quy hoạch điện VIII.', expect: null },
  { text: 'Nâng cấp, mở rộng Quốc lộ 14.', expect: null },
  { text: 'Phong trào thi đua “3 tốt” được triển khai rộng rãi.', expect: null },
  { text: 'Thành phố được công nhận là đô thị loại I.', expect: null },
  // Judgement: "giai đoạn 2" (stage two) is an ordinal name, unlike the count "2 giai đoạn" (gold 08).
  { text: 'Khởi công giai đoạn 2 của dự án.', expect: null },
  // Ranks (NOTES, lexicon §1).
  { text: 'Chỉ số PCI của tỉnh đứng thứ 5 cả nước.', expect: null },
  { text: 'Phấn đấu nằm trong top 03 của vùng.', expect: null },
  { text: 'Chỉ số năng lực cạnh tranh cấp tỉnh xếp hạng 56/63.', expect: null },
  { text: 'Tỉnh đứng thứ 12/63 địa phương về chuyển đổi số.', expect: null },
  // Durations (SCHEMA, NOTES).
  { text: 'Trong 10 năm, diện mạo nông thôn thay đổi rõ rệt.', expect: null },
  { text: 'Sau 5 tháng triển khai, dự án đã hoàn thành phần móng.', expect: null },
  { text: 'Trong 5 năm gần đây, kinh tế tỉnh tăng trưởng khá.', expect: null },
  // Times of day (NOTES).
  { text: 'Cập nhật lúc 09:46.', expect: null },
  // Voltage classes and circuit numbers in equipment names (NOTES).
  { text: 'Hoàn thành đường dây 500kV mạch 3.', expect: null },
  { text: 'Đầu tư xây dựng trạm biến áp 220KV.', expect: null },
  // Indefinites (SCHEMA, lexicon §1).
  { text: 'Một số doanh nghiệp gặp khó khăn về vốn.', expect: null },
  { text: 'Hàng nghìn lao động được đào tạo nghề.', expect: null },
  { text: 'Mỗi năm tỉnh đón hàng triệu lượt khách.', expect: null },
  { text: 'Hàng chục dự án chậm tiến độ.', expect: null },
  { text: 'Dự án đã tiêu tốn hàng tỷ đồng.', expect: null },
  { text: 'Đây là một trong những địa phương dẫn đầu cả nước.', expect: null },
  // Scale/unit traps right after a year: tỷ lệ, tỷ trọng, tỷ giá, đồng thời, cộng đồng,
  // Đồng Nai, hạ tầng (lexicon §0–§2).
  { text: 'Đến năm 2025 tỷ lệ hộ nghèo giảm mạnh.', expect: null },
  { text: 'Năm 2024 tỷ trọng công nghiệp tiếp tục tăng.', expect: null },
  { text: 'Trong năm 2023 tỷ giá biến động mạnh.', expect: null },
  { text: 'Năm 2024 đồng thời là năm tăng tốc.', expect: null },
  { text: 'Năm 2023 cộng đồng doanh nghiệp phục hồi.', expect: null },
  { text: 'Năm 2024 Đồng Nai thu hút nhiều dự án lớn.', expect: null },
  { text: 'Đến năm 2030 hạ tầng giao thông được hoàn thiện.', expect: null },
  { text: 'Trên địa bàn tỉnh có nhiều khu công nghiệp.', expect: null },
  // Ordinals (SCHEMA, lexicon).
  { text: 'Hội nghị lần thứ hai của Ban Chấp hành Đảng bộ tỉnh.', expect: null },
  { text: 'Kỳ họp thứ 8 của Hội đồng nhân dân tỉnh.', expect: null },
  { text: 'Đại hội thi đua yêu nước lần thứ I.', expect: null },
  { text: 'Thực hiện Nghị quyết Đại hội XIII của Đảng.', expect: null },
  { text: 'Đại biểu Quốc hội khóa XV tiếp xúc cử tri.', expect: null },
  // Phone numbers (lexicon §1).
  { text: 'Điện thoại: 0277.3851.234', expect: null },
  { text: 'Hotline: 0912 345 678', expect: null },
  // Word numerals are not amounts in the gold (NOTES: "ít nhất một cơ sở", 08). The rule is
  // applied to single word numerals ("một", "ba"), which are as often "a"/"some" as numbers.
  // Product decision (issue #2 asks for number words): a compound numeral ("hai mươi lăm", "một
  // trăm") or one with a scale word or a measure unit is an amount, as in Duckling.
  { text: 'Mỗi xã duy trì ít nhất một điểm bưu điện văn hóa.', expect: null },
  { text: 'Tỉnh xác định ba đột phá chiến lược.', expect: null },
  { text: 'Cắt giảm hai mươi lăm phần trăm thủ tục hành chính.', expect: { text: 'hai mươi lăm phần trăm', value: 25, unit: '%' } },
  { text: 'Phấn đấu thu hút một trăm dự án.', expect: { text: 'một trăm dự án', value: 100, unit: 'dự án', role: 'target' } },
  { text: 'Tổng vốn đăng ký đạt năm triệu USD.', expect: { text: 'năm triệu USD', value: 5000000, unit: 'USD' } },
  { text: 'Doanh thu ước đạt 1 tỷ rưỡi đồng.', expect: { text: '1 tỷ rưỡi đồng', value: 1500000000, unit: 'VND', qualifier: 'about' } },
  { text: 'Huyện có hai mươi mốt xã.', expect: { text: 'hai mươi mốt xã', value: 21, unit: 'xã' } },
  { text: 'Năm nay tỉnh đón thêm năm dự án.', expect: null },
  // A bare `năm` before a measure unit is "year" far more often than "five": a crop kind ("cây hằng
  // năm", annual crops) or a table's header before its unit column. With a scale word or as part of
  // a compound numeral it is still five.
  { text: 'Diện tích gieo trồng cây hằng năm ha giảm so với cùng kỳ.', expect: null },
  { text: 'Sản lượng cây hằng năm tấn tăng khá.', expect: null },
  { text: 'Khoảng năm mươi ha rừng được trồng mới.', expect: { text: 'năm mươi ha', value: 50, unit: 'ha', qualifier: 'about' } },

  // ═════════════════════════ Issue 8: ranges, qualifiers, number and money forms ═════════════════════════
  // Ranges: the noun written on both bounds, a rate suffix on both bounds, `÷` as a dash, a scale
  // only on the upper bound; `từ` stays in the span and a qualifier before it is kept.
  {
    text: 'Cảng sẽ có từ 6 bến phao đến 9 bến phao.',
    expect: { text: 'từ 6 bến phao đến 9 bến phao', value: 6, max: 9, unit: 'bến phao' },
  },
  {
    text: 'Mỗi xã xây dựng từ 3 nhà văn hóa đến 5 nhà văn hóa.',
    expect: { text: 'từ 3 nhà văn hóa đến 5 nhà văn hóa', value: 3, max: 5, unit: 'nhà văn hóa' },
  },
  {
    text: 'Lãi suất cho vay khoảng từ 6,5%/năm đến 7,2%/năm.',
    expect: { text: 'từ 6,5%/năm đến 7,2%', value: 6.5, max: 7.2, unit: '%', qualifier: 'about' },
  },
  {
    text: 'Quy hoạch 03÷05 bến tổng hợp.',
    expect: { text: '03÷05 bến', value: 3, max: 5, unit: 'bến' },
  },
  {
    text: 'Dự án cần huy động từ 1200 đến 1800 tỷ đồng.',
    expect: { text: 'từ 1200 đến 1800 tỷ đồng', value: 1.2e12, max: 1.8e12, unit: 'VND' },
  },
  // A number after `đến`/`tới` followed by a unit is an amount, never a year.
  {
    text: 'Sản lượng điện tăng tới 2030 MW.',
    expect: { text: '2030 MW', value: 2030, unit: 'MW' },
  },
  {
    text: 'Diện tích trồng rừng đạt đến 2025 ha.',
    expect: { text: '2025 ha', value: 2025, unit: 'ha' },
  },
  // Qualifiers: the "less than" family and its negations.
  { text: 'Tỷ lệ thất nghiệp thấp hơn 3%.', expect: { text: '3%', value: 3, unit: '%', qualifier: 'at_most' } },
  { text: 'Số vụ tai nạn ít hơn 120 vụ.', expect: { text: '120 vụ', value: 120, unit: 'vụ', qualifier: 'at_most' } },
  { text: 'Năng suất kém hơn 5 tấn mỗi héc-ta.', expect: { text: '5 tấn', value: 5, unit: 'tấn', qualifier: 'at_most' } },
  { text: 'Bội chi ngân sách không quá 4%.', expect: { text: '4%', value: 4, unit: '%', qualifier: 'at_most' } },
  { text: 'Nợ công không vượt quá 60%.', expect: { text: '60%', value: 60, unit: '%', qualifier: 'at_most' } },
  { text: 'Lạm phát không cao hơn 4,5%.', expect: { text: '4,5%', value: 4.5, unit: '%', qualifier: 'at_most' } },
  { text: 'Bến cảng tiếp nhận tàu trọng tải đến 50.000 tấn.', expect: { text: '50.000 tấn', value: 50000, unit: 'tấn', qualifier: 'at_most' } },
  { text: 'Tỷ lệ che phủ rừng không thấp hơn 42%.', expect: { text: '42%', value: 42, unit: '%', qualifier: 'at_least' } },
  { text: 'Tỷ lệ lao động qua đào tạo không dưới 70%.', expect: { text: '70%', value: 70, unit: '%', qualifier: 'at_least' } },
  { text: 'Kim ngạch thương mại vượt mốc 20 tỷ USD.', expect: { text: '20 tỷ USD', value: 2e10, unit: 'USD', qualifier: 'more_than' } },
  { text: 'Tốc độ tăng giá vượt ngưỡng 5%.', expect: { text: '5%', value: 5, unit: '%', qualifier: 'more_than' } },
  { text: 'Chỉ số sai lệch < 2,5 theo quy chuẩn.', expect: { text: '2,5', value: 2.5, unit: '', qualifier: 'at_most' } },
  // `vượt` coordinated with `đạt` is a verb: no qualifier.
  { text: 'Huyện phấn đấu đạt và vượt 12/12 chỉ tiêu.', expect: { text: '12/12 chỉ tiêu', value: 12, unit: 'chỉ tiêu' } },
  // `thấp hơn` with no number after it qualifies nothing.
  { text: 'Năng suất lao động còn thấp hơn mức bình quân.', expect: null },
  // A minus sign keeps the sign; a list dash (followed by a space) does not.
  { text: 'Chỉ số sản xuất ngành khai khoáng giảm -2,7%.', expect: { text: '-2,7%', value: -2.7, unit: '%' } },
  { text: 'Tăng trưởng khu vực nông nghiệp (-1,5%) thấp.', expect: { text: '-1,5%', value: -1.5, unit: '%' } },
  { text: '- 12% hộ dân dùng nước sạch.', expect: { text: '12%', value: 12, unit: '%' } },
  { text: 'Tỷ lệ tăng 10 -13% mỗi năm.', expect: { text: '10 -13%', value: 10, max: 13, unit: '%' } },
  // Currency before the number.
  { text: 'Vé vào cổng $15 một người.', expect: { text: '$15', value: 15, unit: 'USD' } },
  { text: 'Dự án có vốn US$ 45 triệu.', expect: { text: 'US$ 45 triệu', value: 4.5e7, unit: 'USD' } },
  { text: 'Tổng vốn đăng ký USD 3,2 tỷ.', expect: { text: 'USD 3,2 tỷ', value: 3.2e9, unit: 'USD' } },
  { text: 'Giá bán EUR 85 mỗi tấn.', expect: { text: 'EUR 85', value: 85, unit: 'EUR' } },
  // A currency code before a year is no amount; an amount already holding the code keeps it.
  { text: 'Tỷ giá USD 2024 biến động.', expect: null },
  { text: 'Xuất khẩu đạt 2 tỷ USD 5 năm liền.', expect: { text: '2 tỷ USD', value: 2e9, unit: 'USD' } },
  // `k` thousands, `rưỡi`, `không trăm`/`linh` in compounds, one-syllable numerals with a scale.
  { text: 'Mỗi suất ăn 45k đồng.', expect: { text: '45k đồng', value: 45000, unit: 'VND' } },
  { text: 'Mỗi suất ăn 45K đồng.', expect: { text: '45K đồng', value: 45000, unit: 'VND' } },
  { text: 'Kinh phí hỗ trợ hai tỷ rưỡi đồng.', expect: { text: 'hai tỷ rưỡi đồng', value: 2.5e9, unit: 'VND' } },
  { text: 'Tổng số có bốn mươi nghìn không trăm linh tám người.', expect: { text: 'bốn mươi nghìn không trăm linh tám người', value: 40008, unit: 'người' } },
  { text: 'Quỹ có hai nghìn ba trăm lẻ năm hộ.', expect: { text: 'hai nghìn ba trăm lẻ năm hộ', value: 2305, unit: 'hộ' } },
  { text: 'Tỉnh dành mười tỷ đồng cho đề án.', expect: { text: 'mười tỷ đồng', value: 1e10, unit: 'VND' } },
  { text: 'Ngân sách cấp bảy triệu USD.', expect: { text: 'bảy triệu USD', value: 7e6, unit: 'USD' } },
  // Compounds of scales: `5 tỷ 300 triệu`, in words too.
  { text: 'Tổng vốn 2 tỷ 450 triệu đồng.', expect: { text: '2 tỷ 450 triệu đồng', value: 2.45e9, unit: 'VND' } },
  { text: 'Giá trị 3 triệu 200 nghìn đồng mỗi tháng.', expect: { text: '3 triệu 200 nghìn đồng', value: 3.2e6, unit: 'VND' } },
  { text: 'Hỗ trợ năm tỷ ba trăm triệu đồng.', expect: { text: 'năm tỷ ba trăm triệu đồng', value: 5.3e9, unit: 'VND' } },
  // `hai nghìn năm` is "two thousand years": the last group needs several syllables.
  { text: 'Lịch sử hai nghìn năm văn hiến.', expect: null },
  // Spoken decimals; the marks alone are no unit.
  { text: 'Tăng trưởng đạt 6 chấm 5 phần trăm.', expect: { text: '6 chấm 5 phần trăm', value: 6.5, unit: '%' } },
  { text: 'Thu ngân sách 7 phẩy 2 tỷ đồng.', expect: { text: '7 phẩy 2 tỷ đồng', value: 7.2e9, unit: 'VND' } },
  { text: 'Bảng điểm ghi 3 chấm đỏ.', expect: null },
  { text: 'Câu này có 1 phẩy.', expect: null },
  // `top/tốp/nhóm N` counts a listed noun; a verb or a place after it is a rank.
  { text: 'Tỉnh lọt top 20 doanh nghiệp xuất khẩu.', expect: { text: '20 doanh nghiệp', value: 20, unit: 'doanh nghiệp' } },
  { text: 'Lọt vào nhóm 10 tỉnh dẫn đầu.', expect: { text: '10 tỉnh', value: 10, unit: 'tỉnh' } },
  { text: 'Tỉnh vào tốp 5 xuất khẩu của cả nước.', expect: null },
  { text: 'Phấn đấu vào top 3 vùng Tây Nguyên.', expect: null },
  { text: 'Học sinh nhóm 2 được ưu tiên.', expect: null },
  // Numbers inside names, clause references and ranks are not amounts.
  { text: 'Vận hành mô hình chính quyền địa phương 2 cấp.', expect: null },
  { text: 'Hoàn thành đường vành đai 3 của vùng.', expect: null },
  { text: 'Thực hiện theo Tiểu mục 2 mục II của Kế hoạch.', expect: null },
  { text: 'Nội dung quy định tại 3 khoản 2 của Nghị định.', expect: null },
  { text: 'Tỉnh đứng vị trí 9/63 tỉnh, thành phố.', expect: null },
  { text: 'Chỉ số xếp hạng 15/63 tỉnh.', expect: null },
  // A capitalised document kind before a number: the document's number, not a count of what follows.
  { text: 'Thực hiện Nghị định 100 Chính phủ ban hành năm ngoái.', expect: null },
  { text: 'Theo Quyết định 927 Thủ tướng Chính phủ phê duyệt.', expect: null },
  { text: 'Thực hiện Chương trình 135 giai đoạn mới.', expect: null },
  // A capital after a line break starts a new line, not the number's noun.
  { text: 'Tỷ lệ hộ dùng nước sạch đạt 95\nTỷ lệ hộ nghèo giảm nhanh.', expect: null },
  // Lower-case `quyết định` is a verb: the count stands.
  { text: 'Tỉnh quyết định 5 dự án trọng điểm.', expect: { text: '5 dự án', value: 5, unit: 'dự án' } },
  // Ages are amounts with unit `tuổi` (role other: they bound who is counted).
  { text: 'Tỷ lệ dân số từ 18 tuổi trở lên có tài khoản ngân hàng.', expect: { text: '18 tuổi', value: 18, unit: 'tuổi', qualifier: 'at_least', role: 'other' } },
  { text: 'Giảm tỷ lệ suy dinh dưỡng trẻ em dưới 6 tuổi.', expect: { text: '6 tuổi', value: 6, unit: 'tuổi', qualifier: 'at_most', role: 'other' } },
  // Units: data rates, concentrations, areas in one canonical form.
  { text: 'Băng rộng di động tốc độ 100 Mbps.', expect: { text: '100 Mbps', value: 100, unit: 'Mb/s' } },
  { text: 'Đường truyền trục đạt 10 Gbps.', expect: { text: '10 Gbps', value: 10, unit: 'Gb/s' } },
  { text: 'Đường truyền trục đạt 10 Gb/s.', expect: { text: '10 Gb/s', value: 10, unit: 'Gb/s' } },
  { text: 'Nồng độ bụi PM2.5 dưới 50 μg/m3.', expect: { text: '50 μg/m3', value: 50, unit: 'μg/m³', qualifier: 'at_most' } },
  { text: 'Nồng độ bụi mịn dưới 25 µg/m³.', expect: { text: '25 µg/m³', value: 25, unit: 'μg/m³', qualifier: 'at_most' } },
  { text: 'Diện tích tự nhiên 4.860 km2.', expect: { text: '4.860 km2', value: 4860, unit: 'km²' } },
  { text: 'Diện tích tự nhiên 4.860 km².', expect: { text: '4.860 km²', value: 4860, unit: 'km²' } },
  // Counted nouns written with a capital: title case is a noun, a proper name is not.
  { text: 'Phát sóng 24 Chuyên đề về nông nghiệp.', expect: { text: '24 Chuyên đề', value: 24, unit: 'Chuyên đề' } },
  { text: 'Thành lập 2 Liên hiệp HTX nông nghiệp.', expect: { text: '2 Liên hiệp HTX', value: 2, unit: 'Liên hiệp HTX' } },
  { text: 'Nhà máy Thủy điện Sơn La 2 Hà Nội tài trợ.', expect: null },
  // `chục` = ten (`hai chục` = 20); `hàng chục` is indefinite.
  { text: 'Tỉnh thu hút hai chục doanh nghiệp công nghệ.', expect: { text: 'hai chục doanh nghiệp', value: 20, unit: 'doanh nghiệp' } },
  { text: 'Hàng chục doanh nghiệp tham gia hội chợ.', expect: null },
  // More money forms: a code flush before the number, pounds, `euros`, one number word before a money unit.
  { text: 'Phí dịch vụ USD2,50 mỗi lượt.', expect: { text: 'USD2,50', value: 2.5, unit: 'USD' } },
  { text: 'Giá vé £12 mỗi người.', expect: { text: '£12', value: 12, unit: 'GBP' } },
  { text: 'Giá vé GBP 30 mỗi người.', expect: { text: 'GBP 30', value: 30, unit: 'GBP' } },
  { text: 'Giá vé 15 euros mỗi người.', expect: { text: '15 euros', value: 15, unit: 'EUR' } },
  { text: 'Chi phí mười đô la mỗi ngày.', expect: { text: 'mười đô la', value: 10, unit: 'USD' } },
  // Letters before a number that are no currency still block it (`QH15`, `G20`).
  { text: 'Đại biểu Quốc hội khóa QH15 tiếp xúc cử tri.', expect: null },
  // `giữa X và Y` is a range; a qualifier before it is kept.
  { text: 'Giá đất khoảng giữa 2 và 3 triệu đồng mỗi mét vuông.', expect: { text: 'giữa 2 và 3 triệu đồng', value: 2e6, max: 3e6, unit: 'VND', qualifier: 'about' } },
  { text: 'Giá bán từ 1 phẩy 2 đến 1 chấm 5 triệu đồng.', expect: { text: 'từ 1 phẩy 2 đến 1 chấm 5 triệu đồng', value: 1.2e6, max: 1.5e6, unit: 'VND' } },
  // Negated comparisons.
  { text: 'Giá vé không hơn 50.000 đồng.', expect: { text: '50.000 đồng', value: 50000, unit: 'VND', qualifier: 'at_most' } },
  { text: 'Giá vé không tới 50.000 đồng.', expect: { text: '50.000 đồng', value: 50000, unit: 'VND', qualifier: 'at_most' } },
  { text: 'Lãi suất không ít hơn 5%.', expect: { text: '5%', value: 5, unit: '%', qualifier: 'at_least' } },
  // A unit word that starts another word is no unit: `đồng chí` are counted, not money.
  { text: 'Đoàn công tác gồm 12 đồng chí.', expect: { text: '12 đồng chí', value: 12, unit: 'đồng chí' } },
  { text: 'Hội nghị có hai đồng chí phát biểu.', expect: null },
  { text: 'Hội nghị có hai mươi đồng chí dự.', expect: { text: 'hai mươi đồng chí', value: 20, unit: 'đồng chí' } },
  // `ước` carries across the span it estimates right before the verb, not across a subject.
  { text: 'Thu ngân sách ước cả năm đạt 12.000 tỷ đồng.', expect: { text: '12.000 tỷ đồng', value: 1.2e13, unit: 'VND', qualifier: 'about' }, referenceDate: '2025' },
  { text: 'Xuất khẩu ước 9 tháng tăng 2 tỷ USD.', expect: { text: '2 tỷ USD', value: 2e9, unit: 'USD', qualifier: 'about' } },
  { text: 'Ước cả năm kim ngạch tăng 3 tỷ USD.', expect: { text: '3 tỷ USD', value: 3e9, unit: 'USD' }, referenceDate: '2025' },
  // Per mille: birth and death rates.
  { text: 'Tỷ suất sinh thô giảm còn 14,5‰.', expect: { text: '14,5‰', value: 14.5, unit: '‰' } },
  { text: 'Tỷ lệ tăng dân số tự nhiên 9 phần nghìn.', expect: { text: '9 phần nghìn', value: 9, unit: '‰' } },
  // Values exactly as written (issue 11): no binary rounding in the scaled value.
  { text: 'Kim ngạch xuất khẩu đạt 8,3 tỷ USD.', expect: { text: '8,3 tỷ USD', value: 8300000000, unit: 'USD' } },
  // A currency before the number keeps it when a noun follows the number (`USD 50 triệu vốn FDI`).
  { text: 'Năm 2026, tỉnh thu hút USD 50 triệu vốn đầu tư trực tiếp nước ngoài.', expect: { text: 'USD 50 triệu', value: 5e7, unit: 'USD' } },
  { text: 'Phấn đấu thu hút $2 tỷ vốn đầu tư vào khu kinh tế.', expect: { text: '$2 tỷ', value: 2e9, unit: 'USD' } },
  { text: 'Dự án cần 2 tỷ vốn đối ứng.', expect: { text: '2 tỷ vốn', value: 2e9, unit: 'vốn' } },
  // `tỷ lệ`, `tỷ trọng` after a year are no scale: the year stays a deadline.
  { text: 'Đến năm 2030 tỷ lệ hộ nghèo còn dưới 1,5%.', expect: { text: '1,5%', value: 1.5, unit: '%', qualifier: 'at_most', role: 'target' } },
  // A lower bound written without its thousands (`20 - 22.000 ha`) is read in thousands only when that leaves a range.
  { text: 'Vốn đầu tư từ 1 đến 1.000 USD mỗi hộ.', expect: { text: 'từ 1 đến 1.000 USD', value: 1, max: 1000, unit: 'USD' } },
];
