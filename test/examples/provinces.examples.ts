/**
 * Province-mention corpus for the chitieu engine.
 *
 * How to read an example (shared/gold/SCHEMA.md, shared/gold/more/NOTES.md and
 * shared/data/provinces.json `alias_rules` are authoritative; lexicon §7):
 * - Run `extract(text)` and keep the entities with `type === 'province'`, sorted by offset.
 * - Their `name`s must equal `expect`, in order, one entry per mention (a name mentioned twice
 *   appears twice). `expect: []` means no province entity at all.
 * - Names are the canonical `old_units[].name` of provinces.json: 'Thanh Hóa', 'Khánh Hòa',
 *   'Hòa Bình' (tone on the second vowel), 'Hồ Chí Minh' (not 'TP. Hồ Chí Minh', which is its
 *   display_name), 'Bà Rịa - Vũng Tàu', and 'Huế' for the old Thừa Thiên Huế (the old unit's
 *   canonical name in provinces.json is 'Huế', with 'Thừa Thiên Huế' as an alias).
 * - Matching is on whole syllables after NFC, case folding and tone-placement unification
 *   (provinces.json alias_rules.matching); a diacritic-free form is matched too.
 */

export interface ProvinceExample {
  text: string;
  expect: string[];
  /**
   * The provinces the document is about (`extract(text).provinces`, compared as a set), where
   * that differs from "every province mentioned": rivals, corridor names (issue 8, item 12).
   */
  about?: string[];
}

export const PROVINCE_EXAMPLES: ProvinceExample[] = [
  // ───────────────────────── Plain names and prefixes ─────────────────────────
  { text: 'UBND tỉnh Quảng Ninh ban hành kế hoạch phát triển du lịch.', expect: ['Quảng Ninh'] },
  { text: 'Sở Công Thương Hải Dương tổ chức hội nghị xúc tiến thương mại.', expect: ['Hải Dương'] },
  { text: 'Cổng thông tin điện tử tỉnh Vĩnh Phúc', expect: ['Vĩnh Phúc'] },
  { text: 'Kinh tế thành phố Cần Thơ tăng trưởng khá.', expect: ['Cần Thơ'] },
  { text: 'Tỉnh Long An thu hút nhiều dự án công nghiệp.', expect: ['Long An'] },
  { text: 'Tỉnh Thái Bình đẩy mạnh phát triển khu kinh tế ven biển.', expect: ['Thái Bình'] },
  { text: 'Bình Dương dẫn đầu cả nước về thu hút FDI.', expect: ['Bình Dương'] },
  { text: 'Đồng Nai thu hút 1,2 tỷ USD vốn đầu tư nước ngoài.', expect: ['Đồng Nai'] },
  { text: 'UBND TỈNH THANH HÓA', expect: ['Thanh Hóa'] },
  // Judgement: "TP. Thanh Hóa" is the district-level city inside the province (lexicon §7,
  // provinces.json alias_rules.note_prefix); the mention still names Thanh Hóa.
  { text: 'Khu đô thị mới tại TP. Thanh Hóa được khởi công.', expect: ['Thanh Hóa'] },

  // ───────────────────────── Aliases and abbreviations ─────────────────────────
  { text: 'Kim ngạch xuất khẩu của TP.HCM tăng mạnh.', expect: ['Hồ Chí Minh'] },
  { text: 'UBND TP. Hồ Chí Minh phê duyệt đề án.', expect: ['Hồ Chí Minh'] },
  { text: 'Thành phố Hồ Chí Minh là đầu tàu kinh tế của cả nước.', expect: ['Hồ Chí Minh'] },
  { text: 'Doanh nghiệp tại TPHCM phục hồi nhanh.', expect: ['Hồ Chí Minh'] },
  { text: 'Hội chợ được tổ chức tại Tp.HCM.', expect: ['Hồ Chí Minh'] },
  { text: 'Cảng biển BR-VT đón tàu container lớn.', expect: ['Bà Rịa - Vũng Tàu'] },
  { text: 'Tỉnh Bà Rịa - Vũng Tàu phát triển du lịch biển.', expect: ['Bà Rịa - Vũng Tàu'] },
  { text: 'Tỉnh Bà Rịa-Vũng Tàu thu hút dự án hóa dầu.', expect: ['Bà Rịa - Vũng Tàu'] },
  { text: 'Tỉnh Bà Rịa – Vũng Tàu có hệ thống cảng nước sâu.', expect: ['Bà Rịa - Vũng Tàu'] },
  { text: 'Tỉnh Thừa Thiên Huế bảo tồn di sản cố đô.', expect: ['Huế'] },
  { text: 'Du lịch TT-Huế phục hồi sau dịch.', expect: ['Huế'] },
  { text: 'Đầu tư xây dựng Thủ đô Hà Nội văn minh, hiện đại.', expect: ['Hà Nội'] },

  // ───────────────────────── Spelling variants ─────────────────────────
  { text: 'Tỉnh Thanh Hoá thu hút dự án lọc hóa dầu.', expect: ['Thanh Hóa'] },
  { text: 'Khánh Hoà phát triển kinh tế biển.', expect: ['Khánh Hòa'] },
  { text: 'Tỉnh Hoà Bình phát triển thủy điện.', expect: ['Hòa Bình'] },
  // NOTES: a spelling variant maps to the canonical name ("Đăk Lăk" → Đắk Lắk).
  { text: 'Cà phê Đăk Lăk được xuất khẩu sang nhiều nước.', expect: ['Đắk Lắk'] },
  { text: 'Tỉnh Đăk Nông phát triển công nghiệp bô-xít.', expect: ['Đắk Nông'] },
  { text: 'Sâm Ngọc Linh là sản phẩm chủ lực của Kontum.', expect: ['Kon Tum'] },
  { text: 'Tỉnh Bắc Cạn phát triển kinh tế rừng.', expect: ['Bắc Kạn'] },
  // Decomposed (NFD) input: "ó" written as o + U+0301 (lexicon §0).
  { text: 'Tỉnh Thanh Ho\u0301a phát triển công nghiệp.', expect: ['Thanh Hóa'] },
  // "Ð" (U+00D0, Icelandic eth) used for "Đ" (lexicon §0).
  { text: 'Thành phố \u00D0à Nẵng phát triển du lịch.', expect: ['Đà Nẵng'] },

  // ───────────────────────── Diacritic-free and lower case ─────────────────────────
  { text: 'UBND tinh Quang Ninh phe duyet ke hoach.', expect: ['Quảng Ninh'] },
  { text: 'Ha Noi la trung tam chinh tri cua ca nuoc.', expect: ['Hà Nội'] },
  { text: 'Dak Lak phat trien dien gio.', expect: ['Đắk Lắk'] },
  { text: 'Kế hoạch của tỉnh ninh bình về du lịch.', expect: ['Ninh Bình'] },

  // ───────────────────────── Several mentions, in order ─────────────────────────
  {
    text: 'Hải Dương, Hải Phòng và Quảng Ninh hợp tác phát triển vùng.',
    expect: ['Hải Dương', 'Hải Phòng', 'Quảng Ninh'],
  },
  { text: 'Hợp tác giữa An Giang và Kiên Giang về du lịch.', expect: ['An Giang', 'Kiên Giang'] },
  { text: 'Tuyến cao tốc nối Hà Nội với Hà Nam.', expect: ['Hà Nội', 'Hà Nam'] },
  { text: 'Quảng Ninh và Ninh Bình đều là điểm đến di sản.', expect: ['Quảng Ninh', 'Ninh Bình'] },
  {
    text: 'Quảng Ninh tiếp tục dẫn đầu về PCI; tỉnh Quảng Ninh đặt mục tiêu giữ vững vị trí này.',
    expect: ['Quảng Ninh', 'Quảng Ninh'],
  },

  // ───────────────────────── Whole-syllable traps ─────────────────────────
  // Case folding must not let "Ninh bình quân" read as "Ninh Bình": the first match,
  // "Quảng Ninh", takes the syllable "Ninh".
  { text: 'GRDP của Quảng Ninh bình quân tăng trên 10%/năm.', expect: ['Quảng Ninh'] },
  { text: 'Tỉnh Hà Nam phát triển công nghiệp hỗ trợ.', expect: ['Hà Nam'] },

  // ───────────────────────── Negatives ─────────────────────────
  { text: 'Các tỉnh Nam Bộ đẩy mạnh xuất khẩu nông sản.', expect: [] },
  { text: 'Việt Nam là điểm đến hấp dẫn của nhà đầu tư.', expect: [] },
  { text: 'Liên kết vùng Tây Nguyên và đồng bằng sông Cửu Long.', expect: [] },
  { text: 'Thu hút đầu tư từ các nước Đông Nam Á.', expect: [] },
  // "Hồ Chí Minh" alone is an ambiguous alias (provinces.json); here it is the person.
  { text: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.', expect: [] },
  { text: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức ra quân.', expect: [] },
  // Judgement: "Thái Bình Dương" (the Pacific) contains "Thái Bình" and "Bình Dương" on whole
  // syllables but names neither province.
  { text: 'Hợp tác kinh tế châu Á - Thái Bình Dương.', expect: [] },
  // Judgement: lower-case "hòa bình" without a tỉnh/thành phố prefix is the common noun "peace".
  { text: 'Giữ vững môi trường hòa bình, ổn định để phát triển.', expect: [] },
];

/**
 * Issue 8, item 12: which named provinces a text is about. Each row gives the mentions (`expect`,
 * as above) and the document's provinces (`about`, as a set). Kept apart from PROVINCE_EXAMPLES
 * because today's engine fails some rows: test/unit/provinces.test.ts asserts a floor on them.
 */
export const PROVINCE_DOCUMENT_EXAMPLES: Required<ProvinceExample>[] = [
  // Provinces a decision applies to, listed once in a parenthesis, are all about.
  {
    text: 'Quyết định này áp dụng đối với các tỉnh (Lai Châu, Điện Biên, Sơn La, Lào Cai).',
    expect: ['Lai Châu', 'Điện Biên', 'Sơn La', 'Lào Cai'],
    about: ['Lai Châu', 'Điện Biên', 'Sơn La', 'Lào Cai'],
  },
  {
    text: 'Kế hoạch được triển khai tại các địa phương (gồm: Cà Mau, Bạc Liêu, Sóc Trăng) trong giai đoạn 2026-2030.',
    expect: ['Cà Mau', 'Bạc Liêu', 'Sóc Trăng'],
    about: ['Cà Mau', 'Bạc Liêu', 'Sóc Trăng'],
  },
  {
    text: 'Nghị quyết về phát triển vùng Tây Nguyên (Gia Lai, Đắk Lắk, Lâm Đồng) đến năm 2030.',
    expect: ['Gia Lai', 'Đắk Lắk', 'Lâm Đồng'],
    about: ['Gia Lai', 'Đắk Lắk', 'Lâm Đồng'],
  },
  // A comparison list: a province followed by its figure is a province of the text.
  {
    text: 'Tăng trưởng GRDP 6 tháng đầu năm: Tỉnh Bắc Giang 13,9%, Hải Phòng 10,3%, Quảng Ninh 9,4%.',
    expect: ['Bắc Giang', 'Hải Phòng', 'Quảng Ninh'],
    about: ['Bắc Giang', 'Hải Phòng', 'Quảng Ninh'],
  },
  {
    text: 'Thu ngân sách năm 2024: Bình Dương 70.000 tỷ đồng, Đồng Nai 51.300 tỷ đồng, Long An 25.000 tỷ đồng.',
    expect: ['Bình Dương', 'Đồng Nai', 'Long An'],
    about: ['Bình Dương', 'Đồng Nai', 'Long An'],
  },
  {
    text: 'Dẫn đầu cả nước là Hải Phòng 11,2%, tiếp đến Quảng Ninh 10,9% và Bắc Ninh 10,7%.',
    expect: ['Hải Phòng', 'Quảng Ninh', 'Bắc Ninh'],
    about: ['Hải Phòng', 'Quảng Ninh', 'Bắc Ninh'],
  },
  {
    text: 'Một số địa phương tăng thấp: tỉnh Hà Giang 3,1%, Cao Bằng 2,9%.',
    expect: ['Hà Giang', 'Cao Bằng'],
    about: ['Hà Giang', 'Cao Bằng'],
  },
  // A facility named after a province with an integer is no province.
  { text: 'Nhà máy điện mặt trời Tây Ninh 1 đã hòa lưới điện quốc gia.', expect: [], about: [] },
  { text: 'Khởi công Nhà máy nhiệt điện Quảng Ninh 3 công suất 1.300 MW.', expect: [], about: [] },
  {
    text: 'Đường dây 500 kV mạch 3 đi qua Hà Tĩnh; Nhà máy nhiệt điện Thái Bình 2 vận hành thương mại.',
    expect: ['Hà Tĩnh'],
    about: ['Hà Tĩnh'],
  },
  { text: 'Tỉnh Tây Ninh đưa Nhà máy điện mặt trời Tây Ninh 1 vào vận hành.', expect: ['Tây Ninh'], about: ['Tây Ninh'] },
  // Provinces named only as rivals are mentioned, but the text is not about them.
  {
    text: 'Năm 2025, Bắc Ninh vượt qua Hải Phòng và Quảng Ninh để dẫn đầu về tăng trưởng.',
    expect: ['Bắc Ninh', 'Hải Phòng', 'Quảng Ninh'],
    about: ['Bắc Ninh'],
  },
  {
    text: 'Với kết quả này, Thanh Hóa vượt qua Nghệ An và Hà Tĩnh, đứng đầu khu vực Bắc Trung Bộ về thu hút FDI.',
    expect: ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh'],
    about: ['Thanh Hóa'],
  },
  {
    text: 'Quảng Ngãi vượt Khánh Hòa, vươn lên thứ hai khu vực về quy mô kinh tế.',
    expect: ['Quảng Ngãi', 'Khánh Hòa'],
    about: ['Quảng Ngãi'],
  },
  // A corridor name does not make its provinces subjects.
  {
    text: 'Tỉnh Lào Cai đẩy nhanh tiến độ các dự án trên hành lang kinh tế Lào Cai - Hà Nội - Hải Phòng.',
    expect: ['Lào Cai', 'Lào Cai', 'Hà Nội', 'Hải Phòng'],
    about: ['Lào Cai'],
  },
  {
    text: 'Tỉnh Hưng Yên tham gia hành lang kinh tế Hà Nội - Hải Phòng - Quảng Ninh.',
    expect: ['Hưng Yên', 'Hà Nội', 'Hải Phòng', 'Quảng Ninh'],
    about: ['Hưng Yên'],
  },
];
