/**
 * Goal corpus for the chitieu engine (Duckling-style): a text → the goals it states, or none.
 *
 * How to read an example (shared/gold/SCHEMA.md, shared/gold/more/NOTES.md and
 * shared/gold/third/NOTES.md are authoritative; the cases are invented, written from the language):
 * - Run `extract(text, { referenceDate })` and keep `goals`. They must match `expect` one-to-one,
 *   with no extra goal; `expect: []` means no goal at all.
 * - `province`: canonical name as named when the text was written (old 63 or new 34 units);
 *   `null` for a national goal (`cả nước`, `toàn quốc`, a national decision's target with no
 *   province as subject). A goal stated for several provinces is one goal per named province.
 * - `indicator`: the noun phrase the target is about (head + modifiers), written as a researcher
 *   reads it in the tree; it agrees with the engine's when their syllable F1 is ≥ 0.6.
 * - `value` with its scale applied, `max` for a range's upper bound, `unit` as in SCHEMA
 *   (`VND`, `USD`, `%`, `ha`, or the counted noun as written), `qualifier` as in SCHEMA.
 * - `deadline`: the goal's end year or date; a plan period's end year when the goal has no
 *   deadline of its own (never the vision year). Left out where the text gives none.
 * - `quantitative: false` marks a qualitative end state (no value).
 * - `category` is the item of issue 8 the example exercises (see GOAL_CATEGORIES).
 */
import type { Goal } from '../../src/engine';

/** What an example expects of a goal: the engine's own fields, the facts only (no spans, no rule). */
export type GoalExpect = Pick<Goal, 'province' | 'indicator'> & Partial<Pick<Goal, 'value' | 'max' | 'unit' | 'qualifier' | 'deadline' | 'quantitative'>>;

/** The items of issue 8 ("What goes wrong"), in its order. */
export const GOAL_CATEGORIES = {
  date: '1 document date vs target years',
  table: '2 flattened tables',
  several: '3 several targets per clause',
  shared: '4 goals shared by provinces',
  national: '5 national goals',
  role: '6 role leaks',
  qualitative: '7 qualitative goals',
  range: '8 ranges',
  qualifier: '9 qualifiers',
  numbers: '10 number and money forms',
  times: '11 times',
  provinces: '12 provinces',
  indicator: '13 indicators',
} as const;

export type GoalCategory = keyof typeof GOAL_CATEGORIES;

export interface GoalExample {
  category: GoalCategory;
  text: string;
  referenceDate?: string;
  expect: GoalExpect[];
}

const NOT_QUANTITATIVE = { quantitative: false } as const;

export const GOAL_EXAMPLES: GoalExample[] = [
  // ───────────── 1. The document's date: evidence vs target years ─────────────
  // An undated plan: the target years are not "now", the targets stay targets.
  {
    category: 'date',
    text: 'Đến năm 2030, tỉnh Hà Tĩnh có 90% số xã đạt chuẩn nông thôn mới nâng cao; năm 2030 tỷ lệ hộ nghèo còn dưới 1,5%.',
    expect: [
      { province: 'Hà Tĩnh', indicator: 'tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao', value: 90, unit: '%', deadline: '2030' },
      { province: 'Hà Tĩnh', indicator: 'tỷ lệ hộ nghèo', value: 1.5, unit: '%', qualifier: 'at_most', deadline: '2030' },
    ],
  },
  {
    category: 'date',
    text: 'Mục tiêu đến năm 2030, tầm nhìn đến năm 2050: GRDP bình quân đầu người của tỉnh Nghệ An đạt 5.500 USD.',
    expect: [{ province: 'Nghệ An', indicator: 'GRDP bình quân đầu người', value: 5500, unit: 'USD', deadline: '2030' }],
  },
  {
    category: 'date',
    text: 'Quy hoạch tỉnh Sơn La thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đặt mục tiêu tỷ lệ đô thị hóa đạt 30%.',
    expect: [{ province: 'Sơn La', indicator: 'tỷ lệ đô thị hóa', value: 30, unit: '%', deadline: '2030' }],
  },
  {
    category: 'date',
    text: 'Giai đoạn 2026–2030, tỉnh Quảng Trị phấn đấu tốc độ tăng trưởng GRDP bình quân đạt 10%/năm; đến năm 2030, thu nhập bình quân đầu người đạt 120 triệu đồng.',
    expect: [
      { province: 'Quảng Trị', indicator: 'tốc độ tăng trưởng GRDP bình quân', value: 10, unit: '%', deadline: '2030' },
      { province: 'Quảng Trị', indicator: 'thu nhập bình quân đầu người', value: 120e6, unit: 'VND', deadline: '2030' },
    ],
  },
  {
    category: 'date',
    text: 'Năm 2030, tỷ lệ lao động qua đào tạo của tỉnh Thanh Hóa đạt 80%, trong đó có bằng cấp, chứng chỉ đạt 40%.',
    expect: [
      { province: 'Thanh Hóa', indicator: 'tỷ lệ lao động qua đào tạo', value: 80, unit: '%', deadline: '2030' },
      { province: 'Thanh Hóa', indicator: 'tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', value: 40, unit: '%', deadline: '2030' },
    ],
  },
  // A dated header: the target year lies ahead of it.
  {
    category: 'date',
    text: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/KH-UBND        Nghệ An, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\nThực hiện bảo hiểm y tế toàn dân\nPhấn đấu đến năm 2025, tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.',
    expect: [{ province: 'Nghệ An', indicator: 'tỷ lệ dân số tham gia bảo hiểm y tế', value: 95, unit: '%', deadline: '2025' }],
  },
  {
    category: 'date',
    text: '(Baochinhphu.vn) - Ngày 20/12/2024, HĐND tỉnh Thái Nguyên thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025, với mục tiêu tăng trưởng GRDP đạt 10%.',
    expect: [{ province: 'Thái Nguyên', indicator: 'tốc độ tăng trưởng GRDP', value: 10, unit: '%', deadline: '2025' }],
  },
  {
    category: 'date',
    text: 'Hà Nội, ngày 5 tháng 1 năm 2026\nNăm 2025, GRDP của tỉnh Phú Thọ tăng 8,5%. Năm 2026, tỉnh phấn đấu tăng trưởng GRDP đạt 10%.',
    expect: [{ province: 'Phú Thọ', indicator: 'tốc độ tăng trưởng GRDP', value: 10, unit: '%', deadline: '2026' }],
  },
  // Dated results: nothing to reach.
  {
    category: 'date',
    text: 'Cập nhật: 10/01/2025\nNăm 2024, kim ngạch xuất khẩu của tỉnh Bắc Giang đạt 30,2 tỷ USD, tăng 12% so với năm 2023.',
    expect: [],
  },
  {
    category: 'date',
    text: '6 tháng đầu năm 2024, tổng vốn đầu tư toàn xã hội trên địa bàn tỉnh Bình Định ước đạt 18.500 tỷ đồng.',
    expect: [],
  },
  {
    category: 'date',
    text: 'Năm nay, thu ngân sách nhà nước trên địa bàn tỉnh Hải Dương ước đạt 21.000 tỷ đồng, vượt 8% dự toán.',
    referenceDate: '2024-12-20',
    expect: [],
  },
  {
    category: 'date',
    text: 'Đến nay, toàn tỉnh Long An có 150 xã đạt chuẩn nông thôn mới.',
    referenceDate: '2024-06-30',
    expect: [],
  },
  {
    category: 'date',
    text: 'Quý I/2025, chỉ số sản xuất công nghiệp của tỉnh Vĩnh Phúc tăng 9,3% so với cùng kỳ.',
    expect: [],
  },
  // A headed list: its items inherit the heading's period and role.
  {
    category: 'date',
    text: 'Giai đoạn 2026–2030, tỉnh Bình Định phấn đấu:\n- Tỷ lệ hộ dân có điện thoại thông minh đạt 90%;\n- Tỷ lệ dân số trưởng thành có chữ ký số cá nhân đạt 70%;\n- 100% xã, phường có điểm truy cập internet công cộng.',
    expect: [
      { province: 'Bình Định', indicator: 'tỷ lệ hộ dân có điện thoại thông minh', value: 90, unit: '%', deadline: '2030' },
      { province: 'Bình Định', indicator: 'tỷ lệ dân số trưởng thành có chữ ký số cá nhân', value: 70, unit: '%', deadline: '2030' },
      { province: 'Bình Định', indicator: 'tỷ lệ xã, phường có điểm truy cập internet công cộng', value: 100, unit: '%', deadline: '2030' },
    ],
  },
  {
    category: 'date',
    text: 'Dự báo đến năm 2030, các chỉ tiêu chủ yếu của tỉnh Yên Bái:\n+ Dân số đạt khoảng 900 nghìn người;\n+ Tỷ lệ đô thị hóa đạt 35%.',
    expect: [
      { province: 'Yên Bái', indicator: 'dân số', value: 900000, unit: 'người', qualifier: 'about', deadline: '2030' },
      { province: 'Yên Bái', indicator: 'tỷ lệ đô thị hóa', value: 35, unit: '%', deadline: '2030' },
    ],
  },
  {
    category: 'date',
    text: 'Mục tiêu cụ thể đến năm 2027\nTỉnh Cao Bằng phấn đấu:\n• Trồng mới 3.000 ha rừng sản xuất;\n• Tỷ lệ che phủ rừng ổn định ở mức 56%.',
    expect: [
      { province: 'Cao Bằng', indicator: 'diện tích rừng sản xuất trồng mới', value: 3000, unit: 'ha', deadline: '2027' },
      { province: 'Cao Bằng', indicator: 'tỷ lệ che phủ rừng', value: 56, unit: '%', deadline: '2027' },
    ],
  },

  {
    category: 'date',
    text: 'Nghị quyết Đại hội Đảng bộ tỉnh Lai Châu nhiệm kỳ 2025 - 2030 xác định: đến năm 2030, thu nhập bình quân đầu người đạt 90 triệu đồng.',
    expect: [{ province: 'Lai Châu', indicator: 'thu nhập bình quân đầu người', value: 90e6, unit: 'VND', deadline: '2030' }],
  },
  {
    category: 'date',
    text: 'Cập nhật: 08/10/2025 14:30\nNhiệm kỳ 2020–2025, tỉnh Vĩnh Long có tốc độ tăng trưởng bình quân 6,8%/năm. Nhiệm kỳ tới, tỉnh phấn đấu tăng trưởng bình quân 10%/năm.',
    expect: [{ province: 'Vĩnh Long', indicator: 'tốc độ tăng trưởng bình quân', value: 10, unit: '%' }],
  },

  // ───────────── 2. Tables flattened to text ─────────────
  {
    category: 'table',
    text: 'Mục tiêu tăng trưởng GRDP năm 2026 của các địa phương (%)\n1\nHải Phòng\n11\n2\nQuảng Ninh\n10,5\n3\nBắc Ninh\n10',
    expect: [
      { province: 'Hải Phòng', indicator: 'tốc độ tăng trưởng GRDP', value: 11, unit: '%', deadline: '2026' },
      { province: 'Quảng Ninh', indicator: 'tốc độ tăng trưởng GRDP', value: 10.5, unit: '%', deadline: '2026' },
      { province: 'Bắc Ninh', indicator: 'tốc độ tăng trưởng GRDP', value: 10, unit: '%', deadline: '2026' },
    ],
  },
  {
    category: 'table',
    text: 'Chỉ tiêu tỷ lệ che phủ rừng năm 2026 giao cho các tỉnh (%)\n1\nLai Châu\n52\n2\nĐiện Biên\n43,5',
    expect: [
      { province: 'Lai Châu', indicator: 'tỷ lệ che phủ rừng', value: 52, unit: '%', deadline: '2026' },
      { province: 'Điện Biên', indicator: 'tỷ lệ che phủ rừng', value: 43.5, unit: '%', deadline: '2026' },
    ],
  },
  {
    category: 'table',
    text: 'Phụ lục: Chỉ tiêu kế hoạch năm 2025 của tỉnh Cao Bằng\nChỉ tiêu | Đơn vị | Kế hoạch năm 2025\nTỷ lệ hộ nghèo | % | 2,5\nSố xã đạt chuẩn nông thôn mới | xã | 12',
    expect: [
      { province: 'Cao Bằng', indicator: 'tỷ lệ hộ nghèo', value: 2.5, unit: '%', deadline: '2025' },
      { province: 'Cao Bằng', indicator: 'số xã đạt chuẩn nông thôn mới', value: 12, unit: 'xã', deadline: '2025' },
    ],
  },
  {
    category: 'table',
    text: 'Một số chỉ tiêu chủ yếu của tỉnh Lạng Sơn\nSTT\tChỉ tiêu\tĐVT\tTH 2023\tKH 2024\n1\tTổng thu ngân sách trên địa bàn\tTỷ đồng\t5.200\t5.800\n2\tTỷ lệ trường đạt chuẩn quốc gia\t%\t61\t65',
    expect: [
      { province: 'Lạng Sơn', indicator: 'tổng thu ngân sách trên địa bàn', value: 5.8e12, unit: 'VND', deadline: '2024' },
      { province: 'Lạng Sơn', indicator: 'tỷ lệ trường đạt chuẩn quốc gia', value: 65, unit: '%', deadline: '2024' },
    ],
  },
  {
    category: 'table',
    text: 'Báo cáo của UBND tỉnh Tây Ninh\nChỉ tiêu | TH 2024 | KH 2025\nGRDP bình quân đầu người (triệu đồng) | 95 | 105\nTỷ lệ đô thị hóa (%) | 32 | 34',
    expect: [
      { province: 'Tây Ninh', indicator: 'GRDP bình quân đầu người', value: 105e6, unit: 'VND', deadline: '2025' },
      { province: 'Tây Ninh', indicator: 'tỷ lệ đô thị hóa', value: 34, unit: '%', deadline: '2025' },
    ],
  },
  // Results tables: no target is stated, no goal.
  {
    category: 'table',
    text: 'Tốc độ tăng trưởng GRDP năm 2025 (%)\n1\nHải Phòng\n11,81\n2\nQuảng Ninh\n11,89\n3\nBắc Ninh\n11,02',
    expect: [],
  },
  {
    category: 'table',
    text: 'Quy mô GRDP năm 2024 theo giá hiện hành (tỷ đồng)\n1\nBình Dương\n500.000\n2\nĐồng Nai\n480.000\n3\nBà Rịa - Vũng Tàu\n470.000',
    expect: [],
  },

  // ───────────── 3. Several targets in one clause; numbered lists ─────────────
  {
    category: 'several',
    text: 'Đến năm 2030, cảng Nghi Sơn của tỉnh Thanh Hóa đạt công suất 100 triệu tấn/năm, tiếp nhận tàu trọng tải đến 100.000 tấn.',
    expect: [
      { province: 'Thanh Hóa', indicator: 'công suất cảng Nghi Sơn', value: 100e6, unit: 'tấn', deadline: '2030' },
      { province: 'Thanh Hóa', indicator: 'trọng tải tàu tiếp nhận', value: 100000, unit: 'tấn', qualifier: 'at_most', deadline: '2030' },
    ],
  },
  {
    category: 'several',
    text: 'Phấn đấu đến năm 2030, tỷ trọng công nghiệp chế biến, chế tạo trong GRDP của tỉnh Bắc Ninh đạt 45%, tốc độ tăng bình quân 12%/năm.',
    expect: [
      { province: 'Bắc Ninh', indicator: 'tỷ trọng công nghiệp chế biến, chế tạo trong GRDP', value: 45, unit: '%', deadline: '2030' },
      { province: 'Bắc Ninh', indicator: 'tốc độ tăng công nghiệp chế biến, chế tạo bình quân', value: 12, unit: '%', deadline: '2030' },
    ],
  },
  {
    category: 'several',
    text: 'Các chỉ tiêu chủ yếu đến năm 2030 của tỉnh Vĩnh Long:\n(1) Tốc độ tăng trưởng GRDP bình quân đạt 8,5%/năm;\n(2) GRDP bình quân đầu người đạt 150 triệu đồng;\n(3) Tỷ lệ đô thị hóa đạt 35%;\n(8) Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt tối thiểu 98%.',
    expect: [
      { province: 'Vĩnh Long', indicator: 'tốc độ tăng trưởng GRDP bình quân', value: 8.5, unit: '%', deadline: '2030' },
      { province: 'Vĩnh Long', indicator: 'GRDP bình quân đầu người', value: 150e6, unit: 'VND', deadline: '2030' },
      { province: 'Vĩnh Long', indicator: 'tỷ lệ đô thị hóa', value: 35, unit: '%', deadline: '2030' },
      { province: 'Vĩnh Long', indicator: 'tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý', value: 98, unit: '%', qualifier: 'at_least', deadline: '2030' },
    ],
  },
  {
    category: 'several',
    text: 'Năm 2025, tỉnh Gia Lai phấn đấu có 60 xã đạt chuẩn nông thôn mới, 15 xã nông thôn mới nâng cao và 3 xã nông thôn mới kiểu mẫu.',
    expect: [
      { province: 'Gia Lai', indicator: 'số xã đạt chuẩn nông thôn mới', value: 60, unit: 'xã', deadline: '2025' },
      { province: 'Gia Lai', indicator: 'số xã nông thôn mới nâng cao', value: 15, unit: 'xã', deadline: '2025' },
      { province: 'Gia Lai', indicator: 'số xã nông thôn mới kiểu mẫu', value: 3, unit: 'xã', deadline: '2025' },
    ],
  },
  {
    category: 'several',
    text: 'Mục tiêu đến năm 2027: tỉnh Hòa Bình có 2 khu công nghiệp đi vào hoạt động, tỷ lệ lấp đầy đạt 60%; thu hút 20 dự án đầu tư thứ cấp.',
    expect: [
      { province: 'Hòa Bình', indicator: 'số khu công nghiệp đi vào hoạt động', value: 2, unit: 'khu công nghiệp', deadline: '2027' },
      { province: 'Hòa Bình', indicator: 'tỷ lệ lấp đầy khu công nghiệp', value: 60, unit: '%', deadline: '2027' },
      { province: 'Hòa Bình', indicator: 'số dự án đầu tư thứ cấp thu hút', value: 20, unit: 'dự án', deadline: '2027' },
    ],
  },
  {
    category: 'several',
    text: 'Mục tiêu đến năm 2026 của tỉnh Yên Bái:\na) Tỷ lệ trường học đạt chuẩn quốc gia đạt 85%;\nb) Tỷ lệ người dân có thẻ bảo hiểm y tế đạt 95%;\nc) Số bác sĩ trên 1 vạn dân đạt 12 bác sĩ.',
    expect: [
      { province: 'Yên Bái', indicator: 'tỷ lệ trường học đạt chuẩn quốc gia', value: 85, unit: '%', deadline: '2026' },
      { province: 'Yên Bái', indicator: 'tỷ lệ người dân có thẻ bảo hiểm y tế', value: 95, unit: '%', deadline: '2026' },
      { province: 'Yên Bái', indicator: 'số bác sĩ trên 1 vạn dân', value: 12, unit: 'bác sĩ', deadline: '2026' },
    ],
  },
  {
    category: 'several',
    text: 'Đến năm 2030, tỉnh Khánh Hòa đón 10 triệu lượt khách du lịch, trong đó khách quốc tế đạt 4 triệu lượt; doanh thu du lịch đạt 60.000 tỷ đồng.',
    expect: [
      { province: 'Khánh Hòa', indicator: 'số lượt khách du lịch', value: 10e6, unit: 'lượt khách', deadline: '2030' },
      { province: 'Khánh Hòa', indicator: 'số lượt khách quốc tế', value: 4e6, unit: 'lượt', deadline: '2030' },
      { province: 'Khánh Hòa', indicator: 'doanh thu du lịch', value: 60000e9, unit: 'VND', deadline: '2030' },
    ],
  },
  {
    category: 'several',
    text: 'Nhiệm vụ năm 2026 của tỉnh Quảng Nam\n1. Tốc độ tăng trưởng GRDP đạt 9%.\n2. Thu ngân sách nhà nước trên địa bàn đạt 28.000 tỷ đồng.\n3. Giải quyết việc làm cho 25.000 lao động.',
    expect: [
      { province: 'Quảng Nam', indicator: 'tốc độ tăng trưởng GRDP', value: 9, unit: '%', deadline: '2026' },
      { province: 'Quảng Nam', indicator: 'thu ngân sách nhà nước trên địa bàn', value: 28000e9, unit: 'VND', deadline: '2026' },
      { province: 'Quảng Nam', indicator: 'số lao động được giải quyết việc làm', value: 25000, unit: 'lao động', deadline: '2026' },
    ],
  },
  {
    category: 'several',
    text: 'Phấn đấu đến năm 2030, tỉnh An Giang có 95% hộ gia đình sử dụng nước sạch, 100% chất thải y tế được xử lý, 75% rác thải nông thôn được thu gom.',
    expect: [
      { province: 'An Giang', indicator: 'tỷ lệ hộ gia đình sử dụng nước sạch', value: 95, unit: '%', deadline: '2030' },
      { province: 'An Giang', indicator: 'tỷ lệ chất thải y tế được xử lý', value: 100, unit: '%', deadline: '2030' },
      { province: 'An Giang', indicator: 'tỷ lệ rác thải nông thôn được thu gom', value: 75, unit: '%', deadline: '2030' },
    ],
  },

  {
    category: 'several',
    text: 'Năm 2024, tỉnh Bắc Ninh có 16 khu công nghiệp, 35 cụm công nghiệp và 1.200 dự án FDI còn hiệu lực.',
    referenceDate: '2025-02-14',
    expect: [],
  },

  {
    category: 'several',
    text: 'Đến năm 2030, toàn tỉnh Phú Thọ có 8 khu công nghiệp với tổng diện tích 3.500 ha, tỷ lệ lấp đầy bình quân đạt 70%.',
    referenceDate: '2025-09-15',
    expect: [
      { province: 'Phú Thọ', indicator: 'số khu công nghiệp', value: 8, unit: 'khu công nghiệp', deadline: '2030' },
      { province: 'Phú Thọ', indicator: 'tổng diện tích khu công nghiệp', value: 3500, unit: 'ha', deadline: '2030' },
      { province: 'Phú Thọ', indicator: 'tỷ lệ lấp đầy khu công nghiệp bình quân', value: 70, unit: '%', deadline: '2030' },
    ],
  },
  {
    category: 'several',
    text: 'Chỉ tiêu về xã hội đến năm 2030 của tỉnh Ninh Bình:\n- Tuổi thọ trung bình đạt 75 tuổi;\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 98%;\n- Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%.',
    expect: [
      { province: 'Ninh Bình', indicator: 'tuổi thọ trung bình', value: 75, unit: 'tuổi', deadline: '2030' },
      { province: 'Ninh Bình', indicator: 'tỷ lệ bao phủ bảo hiểm y tế', value: 98, unit: '%', deadline: '2030' },
      { province: 'Ninh Bình', indicator: 'tỷ lệ lao động qua đào tạo', value: 75, unit: '%', deadline: '2030' },
      { province: 'Ninh Bình', indicator: 'tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', value: 35, unit: '%', deadline: '2030' },
    ],
  },
  {
    category: 'several',
    text: 'Đến năm 2030, tỉnh Quảng Ninh phấn đấu đón 30 triệu lượt khách, trong đó 7 triệu lượt khách quốc tế.',
    expect: [
      { province: 'Quảng Ninh', indicator: 'số lượt khách du lịch', value: 30e6, unit: 'lượt khách', deadline: '2030' },
      { province: 'Quảng Ninh', indicator: 'số lượt khách quốc tế', value: 7e6, unit: 'lượt khách', deadline: '2030' },
    ],
  },

  // ───────────── 4. Goals shared by several provinces ─────────────
  {
    category: 'shared',
    text: 'Đối với các tỉnh ven biển (gồm: Quảng Ninh, Hải Phòng, Thái Bình, Nam Định), đến năm 2030 tỷ lệ diện tích rừng ngập mặn được phục hồi đạt 70%.',
    expect: ['Quảng Ninh', 'Hải Phòng', 'Thái Bình', 'Nam Định'].map((province) => (
      { province, indicator: 'tỷ lệ diện tích rừng ngập mặn được phục hồi', value: 70, unit: '%', deadline: '2030' })),
  },
  {
    category: 'shared',
    text: 'Đối với Hà Giang và Cao Bằng, đến năm 2030, tỷ lệ hộ nghèo giảm bình quân 4%/năm.',
    expect: ['Hà Giang', 'Cao Bằng'].map((province) => (
      { province, indicator: 'mức giảm tỷ lệ hộ nghèo bình quân', value: 4, unit: '%', deadline: '2030' })),
  },
  {
    category: 'shared',
    text: 'Các tỉnh Sóc Trăng, Trà Vinh, Bến Tre phấn đấu đến năm 2025 tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 65%.',
    expect: ['Sóc Trăng', 'Trà Vinh', 'Bến Tre'].map((province) => (
      { province, indicator: 'tỷ lệ hộ dân nông thôn sử dụng nước sạch', value: 65, unit: '%', deadline: '2025' })),
  },
  {
    category: 'shared',
    text: 'Đối với các tỉnh miền núi phía Bắc (gồm: Tuyên Quang, Lào Cai, Thái Nguyên, Phú Thọ), đến năm 2030 tỷ lệ che phủ rừng đạt tối thiểu 55%.',
    referenceDate: '2026-01-15',
    expect: ['Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ'].map((province) => (
      { province, indicator: 'tỷ lệ che phủ rừng', value: 55, unit: '%', qualifier: 'at_least', deadline: '2030' })),
  },
  {
    category: 'shared',
    text: 'Đến năm 2030, hình thành các trung tâm logistics hạng I, trong đó Hải Phòng có 3 trung tâm, Đà Nẵng có 2 trung tâm.',
    expect: [
      { province: 'Hải Phòng', indicator: 'số trung tâm logistics hạng I', value: 3, unit: 'trung tâm', deadline: '2030' },
      { province: 'Đà Nẵng', indicator: 'số trung tâm logistics hạng I', value: 2, unit: 'trung tâm', deadline: '2030' },
    ],
  },
  {
    category: 'shared',
    text: 'Đến năm 2030, phát triển vùng nguyên liệu quế tập trung, trong đó Yên Bái có 80.000 ha, Lào Cai có 40.000 ha.',
    expect: [
      { province: 'Yên Bái', indicator: 'diện tích vùng nguyên liệu quế tập trung', value: 80000, unit: 'ha', deadline: '2030' },
      { province: 'Lào Cai', indicator: 'diện tích vùng nguyên liệu quế tập trung', value: 40000, unit: 'ha', deadline: '2030' },
    ],
  },
  {
    category: 'shared',
    text: 'Đối với Cà Mau và Bạc Liêu, đến năm 2030 tổng diện tích nuôi tôm siêu thâm canh đạt 10.000 ha.',
    expect: ['Cà Mau', 'Bạc Liêu'].map((province) => (
      { province, indicator: 'tổng diện tích nuôi tôm siêu thâm canh', value: 10000, unit: 'ha', deadline: '2030' })),
  },
  {
    category: 'shared',
    text: 'Năm 2026, Hà Nội phấn đấu tăng trưởng GRDP trên 11%, còn TP. Hồ Chí Minh đặt mục tiêu tăng trưởng 10%.',
    expect: [
      { province: 'Hà Nội', indicator: 'tốc độ tăng trưởng GRDP', value: 11, unit: '%', qualifier: 'more_than', deadline: '2026' },
      { province: 'Hồ Chí Minh', indicator: 'tốc độ tăng trưởng', value: 10, unit: '%', deadline: '2026' },
    ],
  },
  {
    category: 'shared',
    text: 'Năm 2024, Cần Thơ và Hậu Giang đều có tốc độ tăng trưởng GRDP trên 7%.',
    referenceDate: '2025-01-10',
    expect: [],
  },

  {
    category: 'shared',
    text: 'Phấn đấu đến năm 2030 phát triển mạnh doanh nghiệp công nghệ số, trong đó Bắc Ninh có 500 doanh nghiệp, Hưng Yên có 200 doanh nghiệp.',
    referenceDate: '2026-02-01',
    expect: [
      { province: 'Bắc Ninh', indicator: 'số doanh nghiệp công nghệ số', value: 500, unit: 'doanh nghiệp', deadline: '2030' },
      { province: 'Hưng Yên', indicator: 'số doanh nghiệp công nghệ số', value: 200, unit: 'doanh nghiệp', deadline: '2030' },
    ],
  },
  {
    category: 'shared',
    text: 'Đối với Kon Tum, Gia Lai và Đắk Lắk, đến năm 2025 tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm trên 3%/năm.',
    expect: ['Kon Tum', 'Gia Lai', 'Đắk Lắk'].map((province) => (
      { province, indicator: 'mức giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số', value: 3, unit: '%', qualifier: 'more_than', deadline: '2025' })),
  },

  // ───────────── 5. National goals (province null) ─────────────
  {
    category: 'national',
    text: 'Quyết định phê duyệt Chiến lược phát triển đô thị: đến năm 2030, tỷ lệ đô thị hóa cả nước đạt trên 50%.',
    expect: [{ province: null, indicator: 'tỷ lệ đô thị hóa', value: 50, unit: '%', qualifier: 'more_than', deadline: '2030' }],
  },
  {
    category: 'national',
    text: 'Nghị quyết của Chính phủ đặt mục tiêu tốc độ tăng trưởng tổng sản phẩm trong nước (GDP) bình quân đạt khoảng 7%/năm giai đoạn 2021–2030.',
    expect: [{ province: null, indicator: 'tốc độ tăng trưởng GDP bình quân', value: 7, unit: '%', qualifier: 'about', deadline: '2030' }],
  },
  {
    category: 'national',
    text: 'Toàn quốc phấn đấu đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới.',
    expect: [{ province: null, indicator: 'tỷ lệ xã đạt chuẩn nông thôn mới', value: 80, unit: '%', deadline: '2025' }],
  },
  {
    category: 'national',
    text: 'Cả nước phấn đấu năm 2025 kim ngạch xuất khẩu nông, lâm, thủy sản đạt 60 tỷ USD.',
    expect: [{ province: null, indicator: 'kim ngạch xuất khẩu nông, lâm, thủy sản', value: 60e9, unit: 'USD', deadline: '2025' }],
  },
  {
    category: 'national',
    text: 'Tại hội nghị tổ chức ở Cần Thơ, Bộ Nông nghiệp và Môi trường cho biết mục tiêu của cả nước đến năm 2030 là 1 triệu ha lúa chất lượng cao.',
    expect: [{ province: null, indicator: 'diện tích lúa chất lượng cao', value: 1e6, unit: 'ha', deadline: '2030' }],
  },
  {
    category: 'national',
    text: 'Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch với mục tiêu đến năm 2030 đón 35 triệu lượt khách quốc tế. Hà Nội, Đà Nẵng và Khánh Hòa là những điểm đến được nhiều du khách lựa chọn.',
    expect: [{ province: null, indicator: 'số lượt khách quốc tế', value: 35e6, unit: 'lượt khách', deadline: '2030' }],
  },
  {
    category: 'national',
    text: 'Chiến lược quốc gia đặt mục tiêu đến năm 2030, tỷ trọng kinh tế số đạt 30% GDP; năng suất lao động tăng bình quân trên 6,5%/năm.',
    expect: [
      { province: null, indicator: 'tỷ trọng kinh tế số trong GDP', value: 30, unit: '%', deadline: '2030' },
      { province: null, indicator: 'tốc độ tăng năng suất lao động bình quân', value: 6.5, unit: '%', qualifier: 'more_than', deadline: '2030' },
    ],
  },
  {
    category: 'national',
    text: 'Phấn đấu đến năm 2045, Việt Nam trở thành nước phát triển, thu nhập cao.',
    expect: [{ province: null, indicator: 'nước phát triển, thu nhập cao', deadline: '2045', ...NOT_QUANTITATIVE }],
  },
  // A national decision approving a province's plan: the province is the subject.
  {
    category: 'national',
    text: 'Thủ tướng Chính phủ ban hành Quyết định phê duyệt Quy hoạch tỉnh Bình Phước thời kỳ 2021-2030; đến năm 2030, GRDP bình quân đầu người đạt 7.000 USD.',
    expect: [{ province: 'Bình Phước', indicator: 'GRDP bình quân đầu người', value: 7000, unit: 'USD', deadline: '2030' }],
  },
  {
    category: 'national',
    text: 'Năm 2023, GDP cả nước tăng 5,05%, trong đó khu vực dịch vụ tăng 6,82%.',
    referenceDate: '2024-01-05',
    expect: [],
  },

  {
    category: 'national',
    text: 'Mục tiêu của Chương trình mục tiêu quốc gia giảm nghèo bền vững: đến năm 2025, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều duy trì mức giảm 1 - 1,5%/năm.',
    expect: [{ province: null, indicator: 'mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', value: 1, max: 1.5, unit: '%', deadline: '2025' }],
  },
  {
    category: 'national',
    text: 'Quy hoạch tổng thể quốc gia xác định đến năm 2030, GDP bình quân đầu người theo giá hiện hành đạt khoảng 7.500 USD.',
    expect: [{ province: null, indicator: 'GDP bình quân đầu người theo giá hiện hành', value: 7500, unit: 'USD', qualifier: 'about', deadline: '2030' }],
  },
  {
    category: 'national',
    text: 'Trước khi sắp xếp, toàn quốc có 63 tỉnh, thành phố trực thuộc trung ương.',
    expect: [],
  },

  // ───────────── 6. Role leaks: results, baselines, ended averages, counts, requests ─────────────
  {
    category: 'role',
    text: 'Ngày 30/12/2024\nNăm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ngãi ước đạt 30.000 tỷ đồng, đạt 101% kế hoạch, tăng 5% so cùng kỳ.',
    expect: [],
  },
  {
    category: 'role',
    text: 'Lũy kế đến nay, tỉnh Bình Thuận thu hút 500 dự án với tổng vốn đăng ký 150.000 tỷ đồng.',
    referenceDate: '2024-09-30',
    expect: [],
  },
  {
    category: 'role',
    text: 'Sáng 15/12/2024, tại kỳ họp HĐND tỉnh Kiên Giang, báo cáo cho biết bình quân giai đoạn 2019–2024, GRDP của tỉnh tăng 7,1%/năm.',
    expect: [],
  },
  {
    category: 'role',
    text: 'Tỉnh Đồng Tháp hiện có 3 khu công nghiệp và 20 cụm công nghiệp đang hoạt động.',
    expect: [],
  },
  {
    category: 'role',
    text: 'Hải Phòng là một trong 3 địa phương có tốc độ tăng trưởng hai con số liên tục nhiều năm.',
    expect: [],
  },
  {
    category: 'role',
    text: 'Tỉnh Phú Yên kiến nghị Trung ương hỗ trợ khoảng 2.000 tỷ đồng để đầu tư hạ tầng Khu kinh tế Nam Phú Yên.',
    expect: [],
  },
  {
    category: 'role',
    text: 'UBND tỉnh Hà Giang đề nghị Bộ Tài chính bổ sung 500 tỷ đồng vốn ngân sách trung ương cho các công trình cấp bách.',
    expect: [],
  },
  {
    category: 'role',
    text: 'Đến năm 2030, tỉnh Bến Tre giảm 30% lượng phát thải khí nhà kính so với năm 2023.',
    expect: [{ province: 'Bến Tre', indicator: 'mức giảm lượng phát thải khí nhà kính', value: 30, unit: '%', deadline: '2030' }],
  },
  {
    category: 'role',
    text: 'Ngày 12/11/2025, UBND tỉnh An Giang giao chỉ tiêu: năm 2026, tổng thu ngân sách trên địa bàn tăng 10% so với năm 2025.',
    expect: [{ province: 'An Giang', indicator: 'tốc độ tăng tổng thu ngân sách trên địa bàn', value: 10, unit: '%', deadline: '2026' }],
  },
  {
    category: 'role',
    text: 'Tỉnh Quảng Nam có 18 đô thị hiện có; đến năm 2030, phấn đấu có 25 đô thị.',
    expect: [{ province: 'Quảng Nam', indicator: 'số đô thị', value: 25, unit: 'đô thị', deadline: '2030' }],
  },
  // A plan value quoted in a results report is a goal for the plan year (more/NOTES).
  {
    category: 'role',
    text: 'Năm 2024, GRDP của tỉnh Lâm Đồng ước tăng 7,2% (kế hoạch tăng 7,5%).',
    referenceDate: '2024-12-20',
    expect: [{ province: 'Lâm Đồng', indicator: 'tốc độ tăng trưởng GRDP', value: 7.5, unit: '%', deadline: '2024' }],
  },
  {
    category: 'role',
    text: 'Năm 2023, sản lượng lúa của tỉnh Thái Bình đạt 1 triệu tấn, vượt 2% kế hoạch.',
    referenceDate: '2024-01-10',
    expect: [],
  },
  {
    category: 'role',
    text: 'Dự kiến đến năm 2027, Khu kinh tế Vân Phong của tỉnh Khánh Hòa thu hút 3 tỷ USD vốn đầu tư.',
    expect: [{ province: 'Khánh Hòa', indicator: 'vốn đầu tư thu hút vào Khu kinh tế Vân Phong', value: 3e9, unit: 'USD', deadline: '2027' }],
  },
  {
    category: 'role',
    text: 'Tính đến tháng 10/2024, tỉnh Bình Dương đã có 32 khu công nghiệp với tỷ lệ lấp đầy 90%.',
    expect: [],
  },
  {
    category: 'role',
    text: 'Ngày 28/12/2024\nCả năm 2024, kim ngạch xuất khẩu của tỉnh Hưng Yên ước đạt 8,5 tỷ USD, tăng 11% so với năm trước và vượt 3% kế hoạch.',
    expect: [],
  },
  {
    category: 'role',
    text: 'Toàn tỉnh Hậu Giang có 2 đô thị loại III và 4 đô thị loại V.',
    expect: [],
  },

  {
    category: 'role',
    text: 'Ngày 5/7/2024 – 6 tháng đầu năm, GRDP tỉnh Khánh Hòa tăng 9,1%, cao thứ 4 cả nước; tỉnh phấn đấu cả năm tăng 10%.',
    expect: [{ province: 'Khánh Hòa', indicator: 'tốc độ tăng trưởng GRDP', value: 10, unit: '%', deadline: '2024' }],
  },
  {
    category: 'role',
    text: 'Năm 2024, tỉnh Đắk Nông đạt và vượt 18/21 chỉ tiêu chủ yếu.',
    referenceDate: '2025-01-08',
    expect: [],
  },
  {
    category: 'role',
    text: 'Giai đoạn 2021–2025, tăng trưởng bình quân của tỉnh Lạng Sơn ước đạt 6,5%/năm, chưa đạt mục tiêu 8% đề ra.',
    referenceDate: '2025-10-01',
    expect: [{ province: 'Lạng Sơn', indicator: 'tốc độ tăng trưởng bình quân', value: 8, unit: '%', deadline: '2025' }],
  },
  {
    category: 'role',
    text: 'Tỉnh Sóc Trăng hiện có 2 thị xã, 1 thành phố và 8 huyện.',
    expect: [],
  },

  // ───────────── 7. Qualitative goals and non-goals ─────────────
  {
    category: 'qualitative',
    text: 'Đến năm 2030, xây dựng tỉnh Quảng Ninh trở thành trung tâm du lịch quốc tế.',
    expect: [{ province: 'Quảng Ninh', indicator: 'trung tâm du lịch quốc tế', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Phấn đấu đến năm 2030, Đà Nẵng là đô thị sinh thái, thông minh và là trung tâm khởi nghiệp của khu vực Đông Nam Á.',
    expect: [
      { province: 'Đà Nẵng', indicator: 'đô thị sinh thái, thông minh', deadline: '2030', ...NOT_QUANTITATIVE },
      { province: 'Đà Nẵng', indicator: 'trung tâm khởi nghiệp của khu vực Đông Nam Á', deadline: '2030', ...NOT_QUANTITATIVE },
    ],
  },
  {
    category: 'qualitative',
    text: 'Nhiệm vụ năm 2026 của tỉnh Ninh Thuận:\n- Hoàn thành xây dựng cảng tổng hợp Cà Ná giai đoạn 1;\n- Hoàn thiện hạ tầng khu công nghiệp Phước Nam.',
    expect: [
      { province: 'Ninh Thuận', indicator: 'hoàn thành xây dựng cảng tổng hợp Cà Ná giai đoạn 1', deadline: '2026', ...NOT_QUANTITATIVE },
      { province: 'Ninh Thuận', indicator: 'hoàn thiện hạ tầng khu công nghiệp Phước Nam', deadline: '2026', ...NOT_QUANTITATIVE },
    ],
  },
  {
    category: 'qualitative',
    text: 'Đến năm 2030, chất lượng môi trường không khí trên địa bàn tỉnh Bắc Ninh được duy trì ở mức tốt.',
    expect: [{ province: 'Bắc Ninh', indicator: 'chất lượng môi trường không khí duy trì ở mức tốt', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Phấn đấu tốc độ tăng trưởng kinh tế của tỉnh Đồng Nai giai đoạn 2026–2030 cao hơn bình quân cả nước.',
    expect: [{ province: 'Đồng Nai', indicator: 'tốc độ tăng trưởng kinh tế cao hơn bình quân cả nước', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Đến năm 2027, thị trấn Phồn Xương của tỉnh Bắc Giang được nâng cấp lên đô thị loại IV.',
    expect: [{ province: 'Bắc Giang', indicator: 'thị trấn Phồn Xương nâng cấp lên đô thị loại IV', deadline: '2027', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Phấn đấu đến năm 2030, tỉnh Bình Dương thuộc nhóm dẫn đầu cả nước về chuyển đổi số.',
    expect: [{ province: 'Bình Dương', indicator: 'thuộc nhóm dẫn đầu cả nước về chuyển đổi số', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Đến năm 2030, thành phố Cần Thơ hình thành trung tâm logistics của vùng Đồng bằng sông Cửu Long.',
    expect: [{ province: 'Cần Thơ', indicator: 'trung tâm logistics của vùng Đồng bằng sông Cửu Long', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Tầm nhìn đến năm 2045, Tuyên Quang là tỉnh phát triển khá của vùng trung du và miền núi phía Bắc.',
    referenceDate: '2025-10-01',
    expect: [{ province: 'Tuyên Quang', indicator: 'tỉnh phát triển khá của vùng trung du và miền núi phía Bắc', deadline: '2045', ...NOT_QUANTITATIVE }],
  },
  // A headline that repeats a goal of the body: one goal.
  {
    category: 'qualitative',
    text: 'Quảng Trị phấn đấu trở thành trung tâm năng lượng của miền Trung\nĐến năm 2030, tỉnh Quảng Trị phấn đấu trở thành trung tâm năng lượng của miền Trung.',
    expect: [{ province: 'Quảng Trị', indicator: 'trung tâm năng lượng của miền Trung', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Hải Phòng đã trở thành trung tâm công nghiệp lớn của vùng duyên hải Bắc Bộ.',
    referenceDate: '2024-09-02',
    expect: [],
  },
  {
    category: 'qualitative',
    text: 'Phú Quốc đang dần trở thành điểm đến hàng đầu của tỉnh Kiên Giang.',
    expect: [],
  },
  {
    category: 'qualitative',
    text: 'Sau sáp nhập, tỉnh Lâm Đồng trở thành tỉnh có diện tích lớn nhất cả nước.',
    expect: [],
  },
  {
    category: 'qualitative',
    text: 'Năm 2024, chỉ số PCI của tỉnh Long An thuộc nhóm dẫn đầu cả nước.',
    referenceDate: '2025-05-10',
    expect: [],
  },
  {
    category: 'qualitative',
    text: 'Tỉnh Hưng Yên tập trung thu hút đầu tư vào các ngành công nghệ cao, ưu tiên hỗ trợ doanh nghiệp khởi nghiệp.',
    expect: [],
  },
  {
    category: 'qualitative',
    text: 'Tỉnh Nam Định nghiên cứu, đề xuất cơ chế khuyến khích phát triển điện gió ngoài khơi.',
    expect: [],
  },

  {
    category: 'qualitative',
    text: 'Đến năm 2035, thành phố Huế trở thành thành phố Festival, trung tâm văn hóa, du lịch đặc sắc của châu Á.',
    expect: [
      { province: 'Huế', indicator: 'thành phố Festival', deadline: '2035', ...NOT_QUANTITATIVE },
      { province: 'Huế', indicator: 'trung tâm văn hóa, du lịch đặc sắc của châu Á', deadline: '2035', ...NOT_QUANTITATIVE },
    ],
  },
  {
    category: 'qualitative',
    text: 'Phấn đấu đến năm 2030, tỉnh Đồng Tháp cơ bản không còn hộ nghèo.',
    expect: [{ province: 'Đồng Tháp', indicator: 'cơ bản không còn hộ nghèo', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Chỉ số cải cách hành chính (PAR Index) của tỉnh Hà Nam phấn đấu năm 2026 thuộc nhóm 10 tỉnh dẫn đầu cả nước.',
    expect: [{ province: 'Hà Nam', indicator: 'chỉ số cải cách hành chính thuộc nhóm 10 tỉnh dẫn đầu cả nước', deadline: '2026', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'qualitative',
    text: 'Bà Rịa - Vũng Tàu từng là địa phương có GRDP bình quân đầu người cao nhất cả nước.',
    expect: [],
  },
  {
    category: 'qualitative',
    text: 'Trong thời gian tới, tỉnh Quảng Bình tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư.',
    expect: [],
  },

  // ───────────── 8. Ranges ─────────────
  {
    category: 'range',
    text: 'Đến năm 2030, cảng Liên Chiểu của thành phố Đà Nẵng có từ 12 cầu cảng đến 15 cầu cảng.',
    expect: [{ province: 'Đà Nẵng', indicator: 'số cầu cảng của cảng Liên Chiểu', value: 12, max: 15, unit: 'cầu cảng', deadline: '2030' }],
  },
  {
    category: 'range',
    text: 'Giai đoạn 2026–2030, tỉnh Kon Tum phấn đấu tốc độ tăng trưởng GRDP bình quân khoảng từ 4,5%/năm đến 5,2%/năm.',
    expect: [{ province: 'Kon Tum', indicator: 'tốc độ tăng trưởng GRDP bình quân', value: 4.5, max: 5.2, unit: '%', qualifier: 'about', deadline: '2030' }],
  },
  {
    category: 'range',
    text: 'Theo quy hoạch, đến năm 2030 bến cảng Vũng Áng của tỉnh Hà Tĩnh có 02÷04 bến tổng hợp.',
    expect: [{ province: 'Hà Tĩnh', indicator: 'số bến tổng hợp của bến cảng Vũng Áng', value: 2, max: 4, unit: 'bến', deadline: '2030' }],
  },
  {
    category: 'range',
    text: 'Phấn đấu năm 2026, tỉnh Hà Nam thu hút từ 1500 đến 2000 tỷ đồng vốn đầu tư vào các khu công nghiệp.',
    expect: [{ province: 'Hà Nam', indicator: 'vốn đầu tư thu hút vào các khu công nghiệp', value: 1.5e12, max: 2e12, unit: 'VND', deadline: '2026' }],
  },
  {
    category: 'range',
    text: 'Đến năm 2025, tỷ lệ tăng dân số tự nhiên của tỉnh Điện Biên giữ ở mức 1,2 - 1,3%.',
    expect: [{ province: 'Điện Biên', indicator: 'tỷ lệ tăng dân số tự nhiên', value: 1.2, max: 1.3, unit: '%', deadline: '2025' }],
  },
  {
    category: 'range',
    text: 'Đến năm 2030, tỉnh Quảng Bình có từ 8 đến 10 khu du lịch cấp tỉnh.',
    expect: [{ province: 'Quảng Bình', indicator: 'số khu du lịch cấp tỉnh', value: 8, max: 10, unit: 'khu du lịch', deadline: '2030' }],
  },
  {
    category: 'range',
    text: 'GRDP bình quân đầu người của tỉnh Trà Vinh đến năm 2030 đạt 6.000 – 6.500 USD.',
    expect: [{ province: 'Trà Vinh', indicator: 'GRDP bình quân đầu người', value: 6000, max: 6500, unit: 'USD', deadline: '2030' }],
  },
  {
    category: 'range',
    text: 'Mục tiêu giai đoạn 2026-2030, tỉnh Lạng Sơn trồng mới từ 9.000-10.000 ha rừng mỗi năm.',
    expect: [{ province: 'Lạng Sơn', indicator: 'diện tích rừng trồng mới mỗi năm', value: 9000, max: 10000, unit: 'ha', deadline: '2030' }],
  },
  {
    category: 'range',
    text: 'Năm 2024, tốc độ tăng trưởng của các địa phương vùng Đông Nam Bộ dao động từ 5,8% đến 8,9%.',
    referenceDate: '2025-01-20',
    expect: [],
  },

  {
    category: 'range',
    text: 'Đến năm 2030, tỷ trọng dịch vụ trong GRDP của tỉnh Bình Thuận chiếm khoảng 40 - 42%.',
    expect: [{ province: 'Bình Thuận', indicator: 'tỷ trọng dịch vụ trong GRDP', value: 40, max: 42, unit: '%', qualifier: 'about', deadline: '2030' }],
  },
  {
    category: 'range',
    text: 'Phấn đấu đến năm 2026, mỗi năm tỉnh Hậu Giang tạo việc làm mới cho từ 12.000 đến 13.000 lao động.',
    expect: [{ province: 'Hậu Giang', indicator: 'số lao động được tạo việc làm mới mỗi năm', value: 12000, max: 13000, unit: 'lao động', deadline: '2026' }],
  },

  // ───────────── 9. Qualifiers ─────────────
  {
    category: 'qualifier',
    text: 'Đến năm 2025, tỷ lệ nợ xấu của các tổ chức tín dụng trên địa bàn tỉnh Ninh Bình không vượt quá 3%.',
    expect: [{ province: 'Ninh Bình', indicator: 'tỷ lệ nợ xấu của các tổ chức tín dụng', value: 3, unit: '%', qualifier: 'at_most', deadline: '2025' }],
  },
  {
    category: 'qualifier',
    text: 'Phấn đấu năm 2026, tỷ lệ hộ nghèo của tỉnh Lai Châu thấp hơn 10%.',
    expect: [{ province: 'Lai Châu', indicator: 'tỷ lệ hộ nghèo', value: 10, unit: '%', qualifier: 'at_most', deadline: '2026' }],
  },
  {
    category: 'qualifier',
    text: 'Phấn đấu tỷ lệ giải ngân vốn đầu tư công năm 2025 của tỉnh Vĩnh Phúc không thấp hơn 95%.',
    expect: [{ province: 'Vĩnh Phúc', indicator: 'tỷ lệ giải ngân vốn đầu tư công', value: 95, unit: '%', qualifier: 'at_least', deadline: '2025' }],
  },
  {
    category: 'qualifier',
    text: 'Đến năm 2030, tỷ lệ che phủ rừng của tỉnh Tuyên Quang không dưới 65%.',
    expect: [{ province: 'Tuyên Quang', indicator: 'tỷ lệ che phủ rừng', value: 65, unit: '%', qualifier: 'at_least', deadline: '2030' }],
  },
  {
    category: 'qualifier',
    text: 'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi của tỉnh Sơn La đến năm 2030 không cao hơn 20%.',
    expect: [{ province: 'Sơn La', indicator: 'tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi', value: 20, unit: '%', qualifier: 'at_most', deadline: '2030' }],
  },
  {
    category: 'qualifier',
    text: 'Đến năm 2030, tỉnh Tây Ninh có tối thiểu 50% doanh nghiệp nhỏ và vừa ứng dụng nền tảng số.',
    expect: [{ province: 'Tây Ninh', indicator: 'tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng nền tảng số', value: 50, unit: '%', qualifier: 'at_least', deadline: '2030' }],
  },
  {
    category: 'qualifier',
    text: 'Phấn đấu đến năm 2025, tỉnh Bình Phước có trên 1.000 doanh nghiệp thành lập mới.',
    expect: [{ province: 'Bình Phước', indicator: 'số doanh nghiệp thành lập mới', value: 1000, unit: 'doanh nghiệp', qualifier: 'more_than', deadline: '2025' }],
  },
  {
    category: 'qualifier',
    text: 'Đến năm 2025, giá trị sản xuất nông nghiệp của tỉnh Đồng Tháp đạt gần 60 nghìn tỷ đồng.',
    expect: [{ province: 'Đồng Tháp', indicator: 'giá trị sản xuất nông nghiệp', value: 60e12, unit: 'VND', qualifier: 'nearly', deadline: '2025' }],
  },
  {
    category: 'qualifier',
    text: 'Phấn đấu năm 2026, kim ngạch xuất khẩu của tỉnh Bình Dương vượt mốc 40 tỷ USD.',
    expect: [{ province: 'Bình Dương', indicator: 'kim ngạch xuất khẩu', value: 40e9, unit: 'USD', qualifier: 'more_than', deadline: '2026' }],
  },
  {
    category: 'qualifier',
    text: 'Mục tiêu đến năm 2030, lượng nước thất thoát của hệ thống cấp nước đô thị tỉnh Hưng Yên ít hơn 15%.',
    expect: [{ province: 'Hưng Yên', indicator: 'tỷ lệ nước thất thoát của hệ thống cấp nước đô thị', value: 15, unit: '%', qualifier: 'at_most', deadline: '2030' }],
  },
  {
    category: 'qualifier',
    text: 'Đến năm 2030, tỷ lệ lao động nông nghiệp của tỉnh Thái Bình trong tổng lao động xã hội tối đa 25%.',
    expect: [{ province: 'Thái Bình', indicator: 'tỷ lệ lao động nông nghiệp trong tổng lao động xã hội', value: 25, unit: '%', qualifier: 'at_most', deadline: '2030' }],
  },
  {
    category: 'qualifier',
    text: 'Ngày 25/12/2024 – Cả năm, GRDP tỉnh Hà Nam ước tăng 9,5% và thu ngân sách tăng 12% so với năm trước.',
    expect: [],
  },

  {
    category: 'qualifier',
    text: 'Phấn đấu năm 2025, tỷ lệ giải ngân vốn đầu tư công của tỉnh Quảng Bình đạt từ 95% trở lên.',
    expect: [{ province: 'Quảng Bình', indicator: 'tỷ lệ giải ngân vốn đầu tư công', value: 95, unit: '%', qualifier: 'at_least', deadline: '2025' }],
  },
  {
    category: 'qualifier',
    text: 'Đến năm 2025, tỷ lệ thất nghiệp ở khu vực thành thị của tỉnh Hưng Yên dưới 3%.',
    expect: [{ province: 'Hưng Yên', indicator: 'tỷ lệ thất nghiệp ở khu vực thành thị', value: 3, unit: '%', qualifier: 'at_most', deadline: '2025' }],
  },
  {
    category: 'qualifier',
    text: 'Năm 2026, tỉnh Nghệ An phấn đấu thu hút ít nhất 1,5 tỷ USD vốn FDI.',
    expect: [{ province: 'Nghệ An', indicator: 'vốn FDI thu hút', value: 1.5e9, unit: 'USD', qualifier: 'at_least', deadline: '2026' }],
  },

  // ───────────── 10. Number and money forms ─────────────
  {
    category: 'numbers',
    text: 'Đến năm 2030, thu nhập bình quân đầu người của tỉnh Lào Cai đạt US$ 5.000.',
    expect: [{ province: 'Lào Cai', indicator: 'thu nhập bình quân đầu người', value: 5000, unit: 'USD', deadline: '2030' }],
  },
  {
    category: 'numbers',
    text: 'Mục tiêu năm 2026, tỉnh Cao Bằng thu hút USD 50 triệu vốn đầu tư trực tiếp nước ngoài.',
    expect: [{ province: 'Cao Bằng', indicator: 'vốn đầu tư trực tiếp nước ngoài thu hút', value: 50e6, unit: 'USD', deadline: '2026' }],
  },
  {
    category: 'numbers',
    text: 'Phấn đấu năm 2025, kim ngạch xuất khẩu của tỉnh Tiền Giang đạt ba tỷ rưỡi USD.',
    expect: [{ province: 'Tiền Giang', indicator: 'kim ngạch xuất khẩu', value: 3.5e9, unit: 'USD', deadline: '2025' }],
  },
  {
    category: 'numbers',
    text: 'Đến năm 2027, mỗi hợp tác xã kiểu mẫu của tỉnh Hà Giang đạt doanh thu mười tỷ đồng.',
    expect: [{ province: 'Hà Giang', indicator: 'doanh thu mỗi hợp tác xã kiểu mẫu', value: 10e9, unit: 'VND', deadline: '2027' }],
  },
  {
    category: 'numbers',
    text: 'Tỉnh Quảng Nam phấn đấu năm 2026 GRDP tăng 8 phẩy 5 phần trăm.',
    expect: [{ province: 'Quảng Nam', indicator: 'tốc độ tăng trưởng GRDP', value: 8.5, unit: '%', deadline: '2026' }],
  },
  {
    category: 'numbers',
    text: 'Tỉnh Kon Tum phấn đấu năm 2026 mức chi tiêu bình quân của mỗi khách du lịch đạt 800k đồng/ngày.',
    expect: [{ province: 'Kon Tum', indicator: 'mức chi tiêu bình quân của mỗi khách du lịch', value: 800000, unit: 'VND', deadline: '2026' }],
  },
  {
    category: 'numbers',
    text: 'Đến năm 2030, tỉnh Nghệ An phấn đấu có ba mươi hai nghìn không trăm linh năm hộ sản xuất kinh doanh giỏi.',
    expect: [{ province: 'Nghệ An', indicator: 'số hộ sản xuất kinh doanh giỏi', value: 32005, unit: 'hộ', deadline: '2030' }],
  },
  {
    category: 'numbers',
    text: 'Đến năm 2030, tỷ lệ dân số từ 15 tuổi trở lên của tỉnh Hà Tĩnh có tài khoản thanh toán đạt 80%.',
    expect: [{ province: 'Hà Tĩnh', indicator: 'tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán', value: 80, unit: '%', deadline: '2030' }],
  },
  {
    category: 'numbers',
    text: 'Đến năm 2025, 100% hộ gia đình tại tỉnh Quảng Trị được phủ mạng băng rộng cố định tốc độ 1 Gbps.',
    expect: [{ province: 'Quảng Trị', indicator: 'tỷ lệ hộ gia đình được phủ mạng băng rộng cố định', value: 100, unit: '%', deadline: '2025' }],
  },
  {
    category: 'numbers',
    text: 'Phấn đấu đến năm 2030, nồng độ bụi PM2.5 trung bình năm tại thành phố Hà Nội giảm xuống dưới 25 μg/m3.',
    expect: [{ province: 'Hà Nội', indicator: 'nồng độ bụi PM2.5 trung bình năm', value: 25, unit: 'μg/m3', qualifier: 'at_most', deadline: '2030' }],
  },
  {
    category: 'numbers',
    text: 'Đến năm 2030, diện tích đất đô thị của tỉnh Bình Dương đạt 1.500 km2.',
    expect: [{ province: 'Bình Dương', indicator: 'diện tích đất đô thị', value: 1500, unit: 'km²', deadline: '2030' }],
  },
  {
    category: 'numbers',
    text: 'Đến năm 2030, tỉnh Sóc Trăng có 5 Liên hiệp HTX nông nghiệp hoạt động hiệu quả.',
    expect: [{ province: 'Sóc Trăng', indicator: 'số Liên hiệp HTX nông nghiệp hoạt động hiệu quả', value: 5, unit: 'Liên hiệp HTX', deadline: '2030' }],
  },
  {
    category: 'numbers',
    text: 'Tỉnh Hưng Yên đến năm 2030 hoàn thành xây dựng đường vành đai 4 đoạn qua địa bàn tỉnh.',
    expect: [{ province: 'Hưng Yên', indicator: 'hoàn thành xây dựng đường vành đai 4', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'numbers',
    text: 'Phấn đấu đến năm 2030, tỉnh Long An vào top 10 địa phương có chỉ số PCI cao nhất cả nước.',
    expect: [{ province: 'Long An', indicator: 'top 10 địa phương có chỉ số PCI cao nhất cả nước', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'numbers',
    text: 'Từ ngày 1/7/2025, tỉnh Thái Nguyên chính thức vận hành mô hình chính quyền địa phương 02 cấp.',
    expect: [],
  },

  {
    category: 'numbers',
    text: 'Đến năm 2030, tỉnh Hà Tĩnh phấn đấu thu hút $2 tỷ vốn đầu tư vào Khu kinh tế Vũng Áng.',
    expect: [{ province: 'Hà Tĩnh', indicator: 'vốn đầu tư thu hút vào Khu kinh tế Vũng Áng', value: 2e9, unit: 'USD', deadline: '2030' }],
  },
  {
    category: 'numbers',
    text: 'Tỉnh Vĩnh Phúc phấn đấu năm 2025 thu ngân sách đạt ba mươi nghìn tỷ đồng.',
    expect: [{ province: 'Vĩnh Phúc', indicator: 'thu ngân sách', value: 30e12, unit: 'VND', deadline: '2025' }],
  },
  {
    category: 'numbers',
    text: 'Mục tiêu năm 2026, doanh thu du lịch của tỉnh Quảng Ninh đạt 50 nghìn tỷ đồng.',
    expect: [{ province: 'Quảng Ninh', indicator: 'doanh thu du lịch', value: 50e12, unit: 'VND', deadline: '2026' }],
  },

  // ───────────── 11. Times as deadlines ─────────────
  {
    category: 'times',
    text: 'Tỉnh Bắc Giang phấn đấu đạt GRDP bình quân đầu người 8.000 USD vào năm 2030.',
    expect: [{ province: 'Bắc Giang', indicator: 'GRDP bình quân đầu người', value: 8000, unit: 'USD', deadline: '2030' }],
  },
  {
    category: 'times',
    text: 'Phấn đấu đến tháng mười một năm 2026, tỉnh Phú Yên hoàn thành giải phóng mặt bằng 100% diện tích dự án.',
    expect: [{ province: 'Phú Yên', indicator: 'tỷ lệ diện tích dự án hoàn thành giải phóng mặt bằng', value: 100, unit: '%', deadline: '2026-11' }],
  },
  {
    category: 'times',
    text: 'Ngày 10/12/2024\nNăm tới, tỉnh Cà Mau phấn đấu tăng trưởng GRDP 8%.',
    expect: [{ province: 'Cà Mau', indicator: 'tốc độ tăng trưởng GRDP', value: 8, unit: '%', deadline: '2025' }],
  },
  {
    category: 'times',
    text: 'KẾ HOẠCH phát triển nông nghiệp tỉnh Hưng Yên giai đoạn 2021 - 2030\nTỷ lệ cơ giới hóa trong sản xuất lúa đạt 95%.',
    expect: [{ province: 'Hưng Yên', indicator: 'tỷ lệ cơ giới hóa trong sản xuất lúa', value: 95, unit: '%', deadline: '2030' }],
  },
  {
    category: 'times',
    text: 'Hà Tĩnh, ngày 5 tháng 3 năm 2025\nPhấn đấu đến ngày 20 tháng 7, tỉnh Hà Tĩnh hoàn thành xóa 2.000 nhà tạm, nhà dột nát.',
    expect: [{ province: 'Hà Tĩnh', indicator: 'số nhà tạm, nhà dột nát được xóa', value: 2000, unit: 'nhà tạm', deadline: '2025-07-20' }],
  },
  {
    category: 'times',
    text: 'Đến hết năm 2025, tỉnh Quảng Ngãi có 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.',
    expect: [{ province: 'Quảng Ngãi', indicator: 'tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình', value: 100, unit: '%', deadline: '2025' }],
  },
  {
    category: 'times',
    text: 'Từ ngày 3 tháng 9 đến ngày 25 tháng 9 năm 2026, tỉnh Lạng Sơn phấn đấu tiêm vắc-xin sởi cho 95% trẻ em trong độ tuổi.',
    expect: [{ province: 'Lạng Sơn', indicator: 'tỷ lệ trẻ em trong độ tuổi được tiêm vắc-xin sởi', value: 95, unit: '%', deadline: '2026-09-25' }],
  },
  {
    category: 'times',
    text: 'Dự án đường cao tốc đoạn qua tỉnh Đắk Nông phấn đấu hoàn thành 100% khối lượng trong quý hai năm 2027.',
    expect: [{ province: 'Đắk Nông', indicator: 'tỷ lệ khối lượng dự án đường cao tốc hoàn thành', value: 100, unit: '%', deadline: '2027-06' }],
  },
  {
    category: 'times',
    text: 'Thanh Hóa, ngày 2 tháng 12 năm 2025\nSang năm sau, tỉnh Thanh Hóa đặt mục tiêu thu ngân sách đạt 55.000 tỷ đồng.',
    expect: [{ province: 'Thanh Hóa', indicator: 'thu ngân sách', value: 55000e9, unit: 'VND', deadline: '2026' }],
  },
  {
    category: 'times',
    text: 'Đến cuối năm 2026, tỉnh Bạc Liêu phấn đấu có 30 sản phẩm OCOP đạt 4 sao.',
    expect: [{ province: 'Bạc Liêu', indicator: 'số sản phẩm OCOP đạt 4 sao', value: 30, unit: 'sản phẩm', deadline: '2026' }],
  },

  {
    category: 'times',
    text: 'Ngày 20 tháng 7 năm 2024, tỉnh Hà Tĩnh đã hoàn thành xóa 2.000 nhà tạm, nhà dột nát.',
    referenceDate: '2024-08-01',
    expect: [],
  },
  {
    category: 'times',
    text: 'Trong quý hai năm 2025, tỉnh Gia Lai giải ngân được 45% kế hoạch vốn đầu tư công.',
    referenceDate: '2025-07-05',
    expect: [],
  },

  {
    category: 'times',
    text: 'Tỉnh Hải Dương phấn đấu hoàn thành 100% mục tiêu xóa nhà tạm, nhà dột nát trước ngày 31/8/2025.',
    expect: [{ province: 'Hải Dương', indicator: 'tỷ lệ hoàn thành mục tiêu xóa nhà tạm, nhà dột nát', value: 100, unit: '%', deadline: '2025-08-31' }],
  },
  {
    category: 'times',
    text: 'Đến quý IV/2026, khu công nghiệp Phú Bình của tỉnh Thái Nguyên lấp đầy 50% diện tích.',
    expect: [{ province: 'Thái Nguyên', indicator: 'tỷ lệ lấp đầy khu công nghiệp Phú Bình', value: 50, unit: '%', deadline: '2026-12' }],
  },
  {
    category: 'times',
    text: 'Dự kiến đến tháng 6/2026, tỉnh Cà Mau hoàn thành 1.500 căn nhà ở xã hội.',
    expect: [{ province: 'Cà Mau', indicator: 'số căn nhà ở xã hội hoàn thành', value: 1500, unit: 'căn', deadline: '2026-06' }],
  },

  // ───────────── 12. Provinces: the subject, not rivals, corridors or facilities ─────────────
  {
    category: 'provinces',
    text: 'Năm 2026, Bắc Ninh phấn đấu tăng trưởng GRDP 12%, vượt qua Hải Phòng và Quảng Ninh.',
    expect: [{ province: 'Bắc Ninh', indicator: 'tốc độ tăng trưởng GRDP', value: 12, unit: '%', deadline: '2026' }],
  },
  {
    category: 'provinces',
    text: 'Đến năm 2030, tỉnh Lào Cai hoàn thành tuyến đường sắt thuộc hành lang kinh tế Lào Cai - Hà Nội - Hải Phòng.',
    expect: [{ province: 'Lào Cai', indicator: 'hoàn thành tuyến đường sắt thuộc hành lang kinh tế Lào Cai - Hà Nội - Hải Phòng', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'provinces',
    text: 'Đến năm 2030, GRDP bình quân đầu người của tỉnh Bắc Giang phấn đấu đạt 9.000 USD, ngang bằng Bắc Ninh hiện nay.',
    expect: [{ province: 'Bắc Giang', indicator: 'GRDP bình quân đầu người', value: 9000, unit: 'USD', deadline: '2030' }],
  },
  {
    category: 'provinces',
    text: 'Đến năm 2030, tỉnh Hậu Giang trở thành trung tâm chế biến nông sản của vùng Đồng bằng sông Cửu Long.',
    expect: [{ province: 'Hậu Giang', indicator: 'trung tâm chế biến nông sản của vùng Đồng bằng sông Cửu Long', deadline: '2030', ...NOT_QUANTITATIVE }],
  },
  {
    category: 'provinces',
    text: 'Phấn đấu đến năm 2028, tỉnh Tây Ninh đưa Nhà máy điện mặt trời Tây Ninh 1 lên công suất 500 MW.',
    expect: [{ province: 'Tây Ninh', indicator: 'công suất Nhà máy điện mặt trời Tây Ninh 1', value: 500, unit: 'MW', deadline: '2028' }],
  },
  {
    category: 'provinces',
    text: 'Quyết định áp dụng đối với các tỉnh (Sơn La, Lai Châu, Điện Biên): đến năm 2030, tỷ lệ hộ dân tộc thiểu số được sử dụng điện lưới quốc gia đạt 98%.',
    expect: ['Sơn La', 'Lai Châu', 'Điện Biên'].map((province) => (
      { province, indicator: 'tỷ lệ hộ dân tộc thiểu số được sử dụng điện lưới quốc gia', value: 98, unit: '%', deadline: '2030' })),
  },
  {
    category: 'provinces',
    text: 'Tăng trưởng GRDP 6 tháng đầu năm 2024: Tỉnh Bắc Giang 13,9%, Hải Phòng 10,3%, Quảng Ninh 9,4%, Khánh Hòa 9,1%.',
    expect: [],
  },
  {
    category: 'provinces',
    text: 'Tại buổi làm việc với đoàn công tác của tỉnh Đồng Nai, lãnh đạo tỉnh Bình Thuận cho biết năm 2026 tỉnh phấn đấu thu hút 15 dự án du lịch.',
    expect: [{ province: 'Bình Thuận', indicator: 'số dự án du lịch thu hút', value: 15, unit: 'dự án', deadline: '2026' }],
  },

  {
    category: 'provinces',
    text: 'Tại Hội nghị xúc tiến đầu tư ở TP. Hồ Chí Minh, tỉnh Long An đặt mục tiêu thu hút 1 tỷ USD vốn FDI trong năm 2026.',
    expect: [{ province: 'Long An', indicator: 'vốn FDI thu hút', value: 1e9, unit: 'USD', deadline: '2026' }],
  },
  {
    category: 'provinces',
    text: 'Khác với Đồng Nai, tỉnh Bình Dương đặt mục tiêu năm 2025 kim ngạch xuất khẩu đạt 35 tỷ USD.',
    expect: [{ province: 'Bình Dương', indicator: 'kim ngạch xuất khẩu', value: 35e9, unit: 'USD', deadline: '2025' }],
  },

  // ───────────── 13. Indicators: the noun phrase the target is about ─────────────
  {
    category: 'indicator',
    text: 'Năm 2026, GRDP của tỉnh Thanh Hóa phấn đấu tăng 11%.',
    expect: [{ province: 'Thanh Hóa', indicator: 'tốc độ tăng trưởng GRDP', value: 11, unit: '%', deadline: '2026' }],
  },
  {
    category: 'indicator',
    text: 'Phấn đấu năm 2026, kim ngạch xuất khẩu hàng hóa của tỉnh Quảng Ngãi đạt 2 tỷ USD, tăng 10% so với năm 2025.',
    expect: [
      { province: 'Quảng Ngãi', indicator: 'kim ngạch xuất khẩu hàng hóa', value: 2e9, unit: 'USD', deadline: '2026' },
      { province: 'Quảng Ngãi', indicator: 'tốc độ tăng kim ngạch xuất khẩu hàng hóa', value: 10, unit: '%', deadline: '2026' },
    ],
  },
  {
    category: 'indicator',
    text: 'Đến năm 2030, tỷ lệ chất thải rắn sinh hoạt\nđô thị được thu gom, xử lý\ntheo quy định trên địa bàn tỉnh Nam Định đạt 100%.',
    expect: [{ province: 'Nam Định', indicator: 'tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý theo quy định', value: 100, unit: '%', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Phấn đấu đến năm 2030, tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP) của tỉnh Bắc Giang đạt 20%.',
    expect: [{ province: 'Bắc Giang', indicator: 'tỷ trọng kinh tế số trong GRDP', value: 20, unit: '%', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Tổng vốn đầu tư toàn xã hội giai đoạn 2026–2030 của tỉnh Ninh Bình phấn đấu đạt 500.000 tỷ đồng.',
    expect: [{ province: 'Ninh Bình', indicator: 'tổng vốn đầu tư toàn xã hội', value: 500000e9, unit: 'VND', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Giá trị sản xuất trên một ha đất trồng trọt của tỉnh Lâm Đồng đến năm 2030 đạt 250 triệu đồng.',
    expect: [{ province: 'Lâm Đồng', indicator: 'giá trị sản xuất trên một ha đất trồng trọt', value: 250e6, unit: 'VND', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Số doanh nghiệp đang hoạt động trên địa bàn tỉnh Vĩnh Phúc đến năm 2030 đạt 10.000 doanh nghiệp.',
    expect: [{ province: 'Vĩnh Phúc', indicator: 'số doanh nghiệp đang hoạt động', value: 10000, unit: 'doanh nghiệp', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Đến năm 2030, tỷ lệ hộ nghèo của tỉnh Điện Biên giảm bình quân 4%/năm, còn dưới 10%.',
    expect: [
      { province: 'Điện Biên', indicator: 'mức giảm tỷ lệ hộ nghèo bình quân', value: 4, unit: '%', deadline: '2030' },
      { province: 'Điện Biên', indicator: 'tỷ lệ hộ nghèo', value: 10, unit: '%', qualifier: 'at_most', deadline: '2030' },
    ],
  },
  {
    category: 'indicator',
    text: 'Đến năm 2030, năng suất lao động xã hội của tỉnh Hải Dương tăng bình quân 7%/năm.',
    expect: [{ province: 'Hải Dương', indicator: 'tốc độ tăng năng suất lao động xã hội bình quân', value: 7, unit: '%', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Kế hoạch năm 2026 của tỉnh Bến Tre\n- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%;\n- Số giường bệnh trên 1 vạn dân đạt 32 giường.',
    expect: [
      { province: 'Bến Tre', indicator: 'tỷ lệ người dân có hồ sơ sức khỏe điện tử', value: 90, unit: '%', deadline: '2026' },
      { province: 'Bến Tre', indicator: 'số giường bệnh trên 1 vạn dân', value: 32, unit: 'giường', deadline: '2026' },
    ],
  },
  {
    category: 'indicator',
    text: 'Phấn đấu đến năm 2030, sản lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh Bà Rịa - Vũng Tàu đạt 250 triệu tấn.',
    expect: [{ province: 'Bà Rịa - Vũng Tàu', indicator: 'sản lượng hàng hóa thông qua các cảng biển', value: 250e6, unit: 'tấn', deadline: '2030' }],
  },
  // A number that belongs to the indicator is no goal of its own.
  {
    category: 'indicator',
    text: 'Đến năm 2030, tỉnh Quảng Ninh có 100% trường học kết nối internet tốc độ 100 Mbps.',
    expect: [{ province: 'Quảng Ninh', indicator: 'tỷ lệ trường học kết nối internet tốc độ 100 Mbps', value: 100, unit: '%', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Chỉ số phát triển con người (HDI) của tỉnh Phú Thọ năm 2024 đạt 0,72, tăng 0,01 so với năm trước.',
    referenceDate: '2025-03-01',
    expect: [],
  },
  {
    category: 'indicator',
    text: 'Đến năm 2030, tỷ lệ đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng của tỉnh Bắc Ninh đạt 50%.',
    expect: [{ province: 'Bắc Ninh', indicator: 'tỷ lệ đóng góp của TFP vào tăng trưởng', value: 50, unit: '%', deadline: '2030' }],
  },
  {
    category: 'indicator',
    text: 'Phấn đấu năm 2026, GRDP bình quân đầu người của tỉnh Đồng Nai đạt 160 triệu đồng, tăng 12 triệu đồng so với năm 2025.',
    expect: [
      { province: 'Đồng Nai', indicator: 'GRDP bình quân đầu người', value: 160e6, unit: 'VND', deadline: '2026' },
      { province: 'Đồng Nai', indicator: 'mức tăng GRDP bình quân đầu người', value: 12e6, unit: 'VND', deadline: '2026' },
    ],
  },
  {
    category: 'indicator',
    text: 'Tỷ lệ xã có\nđường ô tô đến trung tâm\nđược cứng hóa của tỉnh Điện Biên đến năm 2027 đạt 100%.',
    expect: [{ province: 'Điện Biên', indicator: 'tỷ lệ xã có đường ô tô đến trung tâm được cứng hóa', value: 100, unit: '%', deadline: '2027' }],
  },
];
