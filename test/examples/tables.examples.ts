/**
 * Table corpus (Duckling style) for the chitieu engine: tables flattened to text, one cell per
 * line (copied from a PDF or a web page), or `|`- or tab-separated rows. All texts are invented.
 *
 * How to read an example:
 * - Run `extract(text, { referenceDate })`.
 * - `amounts`: the amounts read from table cells (rule `amount.table.*`), in document order, each
 *   with its exact `text`, `value` (scale applied), `max`, `unit`, `qualifier` (absent = none) and,
 *   where given, `role`. `[]`: the text holds no table, and no amount may come from a table rule.
 * - `goals`: the goals made from table cells (rule `goal.table`), in order: province (null when the
 *   text names none), indicator, value, unit, deadline and period. `[]`: none. Absent: not checked.
 * Every table rule id (`TABLE_RULES` of recognizers/tables, and `goal.table`) must be produced by
 * at least one example (checked by the test).
 */
import type { Qualifier, Role } from '../../src/engine';

export interface TableExample {
  name: string;
  text: string;
  amounts: Array<{ text: string; value: number; max?: number; unit: string; qualifier?: Qualifier; role?: Role }>;
  goals?: Array<{ province: string | null; indicator: string; value: number; unit: string; deadline?: string; period?: string }>;
  referenceDate?: string;
}

const lines = (...cells: string[]) => cells.join('\n\n');

export const TABLE_EXAMPLES: TableExample[] = [
  // ───────────────────────── plan against results, one cell per line ─────────────────────────
  // TH (thực hiện) and Ước TH columns report; the KH (kế hoạch) column plans, its year is the deadline.
  // Bare cells take unit and scale from the row label; `<` is at_most; row numbers are not amounts.
  {
    name: 'plan-vs-actual table, columns TH / KH / Ước TH, units and scales from the row labels',
    text: lines(
      'Tỉnh Ninh Bình: kết quả thực hiện một số chỉ tiêu chủ yếu',
      'STT', 'Chỉ tiêu', 'TH năm 2022', 'KH năm 2023', 'Ước TH năm 2023', 'Ghi chú',
      'I', 'Kinh tế',
      '1', 'Kim ngạch xuất khẩu (triệu USD)', '1.250', '1.400', '1.380', 'Không đạt',
      '2', 'Thu ngân sách nhà nước (tỷ đồng)', '9.800,5', '10.200', '10.350', 'Vượt',
      'II', 'Xã hội',
      '3', 'Tỷ lệ hộ nghèo (%)', '2,1', '< 1,8', '1,7', 'Đạt',
      '4', 'Lao động có việc làm mới (nghìn người)', '21,5', '22', '22,4', 'Đạt',
    ),
    amounts: [
      { text: '1.250', value: 1.25e9, unit: 'USD', role: 'actual' },
      { text: '1.400', value: 1.4e9, unit: 'USD', role: 'target' },
      { text: '1.380', value: 1.38e9, unit: 'USD', role: 'actual' },
      { text: '9.800,5', value: 9.8005e12, unit: 'VND', role: 'actual' },
      { text: '10.200', value: 1.02e13, unit: 'VND', role: 'target' },
      { text: '10.350', value: 1.035e13, unit: 'VND', role: 'actual' },
      { text: '2,1', value: 2.1, unit: '%', role: 'actual' },
      { text: '1,8', value: 1.8, unit: '%', qualifier: 'at_most', role: 'target' },
      { text: '1,7', value: 1.7, unit: '%', role: 'actual' },
      { text: '21,5', value: 21500, unit: 'người', role: 'actual' },
      { text: '22', value: 22000, unit: 'người', role: 'target' },
      { text: '22,4', value: 22400, unit: 'người', role: 'actual' },
    ],
    goals: [
      { province: 'Ninh Bình', indicator: 'Kim ngạch xuất khẩu', value: 1.4e9, unit: 'USD', deadline: '2023' },
      { province: 'Ninh Bình', indicator: 'Thu ngân sách nhà nước', value: 1.02e13, unit: 'VND', deadline: '2023' },
      { province: 'Ninh Bình', indicator: 'Tỷ lệ hộ nghèo', value: 1.8, unit: '%', deadline: '2023' },
      { province: 'Ninh Bình', indicator: 'Lao động có việc làm mới', value: 22000, unit: 'người', deadline: '2023' },
    ],
  },
  // A range cell, a negative growth with its sign, a cell with a second amount in brackets, and
  // sub-items (`- Công nghiệp (%)`) under the row before them.
  {
    name: 'ranges, negative growth, a bracketed second amount, sub-items of a row',
    text: lines(
      'Chỉ tiêu', 'Thực hiện 2023', 'Kế hoạch 2024', 'Ước thực hiện 2024',
      '1', 'Tăng trưởng kinh tế (%)', '6,2', '7-7,5', '7,1',
      'Trong đó:',
      '- Công nghiệp (%)', '9,1', '10', '-1,2%',
      '2', 'Tỷ lệ hộ nghèo giảm (%)', '1,5', '1%', '(còn 3,2%)', '1,2%', '(còn 3,5%)',
    ),
    amounts: [
      { text: '6,2', value: 6.2, unit: '%', role: 'actual' },
      { text: '7-7,5', value: 7, max: 7.5, unit: '%', role: 'target' },
      { text: '7,1', value: 7.1, unit: '%', role: 'actual' },
      { text: '9,1', value: 9.1, unit: '%', role: 'actual' },
      { text: '10', value: 10, unit: '%', role: 'target' },
      { text: '-1,2%', value: -1.2, unit: '%', role: 'actual' },
      { text: '1,5', value: 1.5, unit: '%', role: 'actual' },
      { text: '1%', value: 1, unit: '%', role: 'target' },
      { text: '3,2%', value: 3.2, unit: '%', role: 'target' },
      { text: '1,2%', value: 1.2, unit: '%', role: 'actual' },
      { text: '3,5%', value: 3.5, unit: '%', role: 'actual' },
    ],
    goals: [
      { province: null, indicator: 'Tăng trưởng kinh tế', value: 7, unit: '%', deadline: '2024' },
      { province: null, indicator: 'Tăng trưởng kinh tế, Công nghiệp', value: 10, unit: '%', deadline: '2024' },
      { province: null, indicator: 'Tỷ lệ hộ nghèo giảm', value: 1, unit: '%', deadline: '2024' },
      { province: null, indicator: 'Tỷ lệ hộ nghèo giảm', value: 3.2, unit: '%', deadline: '2024' },
    ],
  },
  // Comparison columns (`TH/KH (%)`, `So với cùng kỳ (%)`) report, in their own unit; a unit column
  // between label and cells (`Tỷ đồng`, `Doanh nghiệp`).
  {
    name: 'plan, result and comparison columns with a unit column, one cell per line',
    text: lines(
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024',
      'STT', 'Chỉ tiêu', 'Đơn vị', 'KH 2024', 'TH 6 tháng 2024', 'TH/KH (%)', 'So với cùng kỳ (%)',
      '1', 'Giá trị sản xuất công nghiệp', 'Tỷ đồng', '85.000', '41.250', '48,5', '108,2',
      '2', 'Số doanh nghiệp thành lập mới', 'Doanh nghiệp', '1.500', '720', '48', '95,3',
    ),
    amounts: [
      { text: '85.000', value: 8.5e13, unit: 'VND', role: 'target' },
      { text: '41.250', value: 4.125e13, unit: 'VND', role: 'actual' },
      { text: '48,5', value: 48.5, unit: '%', role: 'actual' },
      { text: '108,2', value: 108.2, unit: '%', role: 'actual' },
      { text: '1.500', value: 1500, unit: 'doanh nghiệp', role: 'target' },
      { text: '720', value: 720, unit: 'doanh nghiệp', role: 'actual' },
      { text: '48', value: 48, unit: '%', role: 'actual' },
      { text: '95,3', value: 95.3, unit: '%', role: 'actual' },
    ],
    goals: [
      { province: null, indicator: 'Giá trị sản xuất công nghiệp', value: 8.5e13, unit: 'VND', deadline: '2024' },
      { province: null, indicator: 'Số doanh nghiệp thành lập mới', value: 1500, unit: 'doanh nghiệp', deadline: '2024' },
    ],
  },
  // Two sub-rows whose labels come first and whose cells come interleaved, column by column.
  {
    name: 'sub-rows with interleaved cells',
    text: lines(
      'Chỉ tiêu', 'TH 2024', 'KH 2025',
      '1', 'Tỷ lệ trẻ em suy dinh dưỡng:', '- Thể nhẹ cân (%)', '- Thể thấp còi (%)', '9,5', '18,2', '< 9', '< 17,5',
      '2', 'Số giường bệnh trên vạn dân (giường)', '31', '33',
    ),
    amounts: [
      { text: '9,5', value: 9.5, unit: '%', role: 'actual' },
      { text: '18,2', value: 18.2, unit: '%', role: 'actual' },
      { text: '9', value: 9, unit: '%', qualifier: 'at_most', role: 'target' },
      { text: '17,5', value: 17.5, unit: '%', qualifier: 'at_most', role: 'target' },
      { text: '31', value: 31, unit: 'giường', role: 'actual' },
      { text: '33', value: 33, unit: 'giường', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'Tỷ lệ trẻ em suy dinh dưỡng, Thể nhẹ cân', value: 9, unit: '%', deadline: '2025' },
      { province: null, indicator: 'Tỷ lệ trẻ em suy dinh dưỡng, Thể thấp còi', value: 17.5, unit: '%', deadline: '2025' },
      { province: null, indicator: 'Số giường bệnh trên vạn dân', value: 33, unit: 'giường', deadline: '2025' },
    ],
  },

  // A label wrapped over two lines goes on in lower case; a note (`Đạt`) before a label is not part of it.
  {
    name: 'a row label wrapped over two lines, a notes column',
    text: lines(
      'Chỉ tiêu', 'TH 2024', 'KH 2025', 'Ghi chú',
      '1', 'Tỷ lệ dân số nông thôn', 'sử dụng nước sạch (%)', '85', '90', 'Đạt',
      'độ che phủ rừng (%)', '40', '41',
    ),
    amounts: [
      { text: '85', value: 85, unit: '%', role: 'actual' },
      { text: '90', value: 90, unit: '%', role: 'target' },
      { text: '40', value: 40, unit: '%', role: 'actual' },
      { text: '41', value: 41, unit: '%', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'Tỷ lệ dân số nông thôn sử dụng nước sạch', value: 90, unit: '%', deadline: '2025' },
      { province: null, indicator: 'độ che phủ rừng', value: 41, unit: '%', deadline: '2025' },
    ],
  },

  {
    name: 'lower-case labels right after the header are not joined to it',
    text: lines('Chỉ tiêu', 'TH 2024', 'KH 2025', 'độ che phủ rừng (%)', '40', '41', 'tỷ lệ hộ nghèo (%)', '3', '2,5'),
    amounts: [
      { text: '40', value: 40, unit: '%', role: 'actual' },
      { text: '41', value: 41, unit: '%', role: 'target' },
      { text: '3', value: 3, unit: '%', role: 'actual' },
      { text: '2,5', value: 2.5, unit: '%', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'độ che phủ rừng', value: 41, unit: '%', deadline: '2025' },
      { province: null, indicator: 'tỷ lệ hộ nghèo', value: 2.5, unit: '%', deadline: '2025' },
    ],
  },

  // ───────────────────────── one province per row ─────────────────────────
  // The header states the indicator, the year and the unit; a header that assigns targets makes each
  // row a goal of its province.
  {
    name: 'targets assigned to provinces, one cell per line',
    text: lines(
      'Chỉ tiêu tăng trưởng GRDP giao cho các tỉnh năm 2026 (%)',
      '1', 'Nghệ An', '8,5',
      '2', 'Hà Tĩnh', '8,0',
      '3', 'Thanh Hóa', '10',
    ),
    amounts: [
      { text: '8,5', value: 8.5, unit: '%', role: 'target' },
      { text: '8,0', value: 8, unit: '%', role: 'target' },
      { text: '10', value: 10, unit: '%', role: 'target' },
    ],
    goals: [
      { province: 'Nghệ An', indicator: 'tăng trưởng GRDP', value: 8.5, unit: '%', deadline: '2026' },
      { province: 'Hà Tĩnh', indicator: 'tăng trưởng GRDP', value: 8, unit: '%', deadline: '2026' },
      { province: 'Thanh Hóa', indicator: 'tăng trưởng GRDP', value: 10, unit: '%', deadline: '2026' },
    ],
  },
  {
    name: 'targets of provinces in a `|` table, the title on the line before',
    text: [
      'Mục tiêu về rừng của các tỉnh miền núi phía Bắc',
      '| STT | Tỉnh | Tỷ lệ che phủ rừng năm 2026 (%) |',
      '|---|---|---|',
      '| 1 | Lào Cai | 58,5 |',
      '| 2 | Tuyên Quang | 65,2 |',
      '| 3 | Cao Bằng | 56 |',
    ].join('\n'),
    amounts: [
      { text: '58,5', value: 58.5, unit: '%', role: 'target' },
      { text: '65,2', value: 65.2, unit: '%', role: 'target' },
      { text: '56', value: 56, unit: '%', role: 'target' },
    ],
    goals: [
      { province: 'Lào Cai', indicator: 'Tỷ lệ che phủ rừng', value: 58.5, unit: '%', deadline: '2026' },
      { province: 'Tuyên Quang', indicator: 'Tỷ lệ che phủ rừng', value: 65.2, unit: '%', deadline: '2026' },
      { province: 'Cao Bằng', indicator: 'Tỷ lệ che phủ rừng', value: 56, unit: '%', deadline: '2026' },
    ],
  },
  // Without row numbers an integer after a label is that row's value; a source line and a page
  // number after the table are not rows.
  {
    name: 'province rows without numbers, a source line and a page number after the table',
    text: lines(
      'Mục tiêu tăng trưởng GRDP 2025 (%)',
      'Nghệ An', '8,5', 'Hà Tĩnh', '8', 'Thanh Hóa', '10',
      'Nguồn: Bộ Kế hoạch và Đầu tư', '12',
    ),
    amounts: [
      { text: '8,5', value: 8.5, unit: '%', role: 'target' },
      { text: '8', value: 8, unit: '%', role: 'target' },
      { text: '10', value: 10, unit: '%', role: 'target' },
    ],
    goals: [
      { province: 'Nghệ An', indicator: 'tăng trưởng GRDP', value: 8.5, unit: '%', deadline: '2025' },
      { province: 'Hà Tĩnh', indicator: 'tăng trưởng GRDP', value: 8, unit: '%', deadline: '2025' },
      { province: 'Thanh Hóa', indicator: 'tăng trưởng GRDP', value: 10, unit: '%', deadline: '2025' },
    ],
  },
  // A ranking reports results: amounts, no goals.
  {
    name: 'a ranking of provinces reports results, no goals',
    text: lines(
      'Xếp hạng tốc độ tăng trưởng GRDP năm 2025 (%)',
      '1', 'Quảng Ninh', '11,9',
      '2', 'Hải Phòng', '11,8',
      '3', 'Bắc Ninh', '10,7',
    ),
    amounts: [
      { text: '11,9', value: 11.9, unit: '%', role: 'actual' },
      { text: '11,8', value: 11.8, unit: '%', role: 'actual' },
      { text: '10,7', value: 10.7, unit: '%', role: 'actual' },
    ],
    goals: [],
  },

  // ───────────────────────── `|` and tab rows ─────────────────────────
  // A comparison column brings its own unit (`So sánh TH/KH (%)`), which outweighs the row's.
  {
    name: '`|` rows without outer bars, a comparison column with its own unit',
    text: [
      'Kết quả thu chi ngân sách tỉnh Đồng Nai năm 2024',
      'Chỉ tiêu | KH 2024 | TH 2024 | So sánh TH/KH (%)',
      'Thu ngân sách (tỷ đồng) | 12.000 | 12.600 | 105',
      'Vốn đầu tư công (tỷ đồng) | 30.000 | 28.500 | 95',
    ].join('\n'),
    amounts: [
      { text: '12.000', value: 1.2e13, unit: 'VND', role: 'target' },
      { text: '12.600', value: 1.26e13, unit: 'VND', role: 'actual' },
      { text: '105', value: 105, unit: '%', role: 'actual' },
      { text: '30.000', value: 3e13, unit: 'VND', role: 'target' },
      { text: '28.500', value: 2.85e13, unit: 'VND', role: 'actual' },
      { text: '95', value: 95, unit: '%', role: 'actual' },
    ],
    goals: [
      { province: 'Đồng Nai', indicator: 'Thu ngân sách', value: 1.2e13, unit: 'VND', deadline: '2024' },
      { province: 'Đồng Nai', indicator: 'Vốn đầu tư công', value: 3e13, unit: 'VND', deadline: '2024' },
    ],
  },
  // Tab-separated, with a unit column (ĐVT) between the label and the values.
  {
    name: 'tab rows with a unit column',
    text: [
      'Các chỉ tiêu chủ yếu của tỉnh Bắc Ninh',
      'Chỉ tiêu\tĐVT\tNăm 2025\tMục tiêu 2030',
      'Tổng vốn đầu tư\tTỷ đồng\t45.000\t80.000',
      'Tỷ lệ đô thị hóa\t%\t38\t50',
      'Số doanh nghiệp\tdoanh nghiệp\t5.200\t9.000',
    ].join('\n'),
    amounts: [
      { text: '45.000', value: 4.5e13, unit: 'VND' },
      { text: '80.000', value: 8e13, unit: 'VND', role: 'target' },
      { text: '38', value: 38, unit: '%' },
      { text: '50', value: 50, unit: '%', role: 'target' },
      { text: '5.200', value: 5200, unit: 'doanh nghiệp' },
      { text: '9.000', value: 9000, unit: 'doanh nghiệp', role: 'target' },
    ],
  },
  // Columns that only name a year: the document's date decides (here given as an option).
  {
    name: 'year columns decided by the document date; a plan column over a period',
    referenceDate: '2026-03-01',
    text: [
      'Một số chỉ tiêu của tỉnh Quảng Trị',
      'Chỉ tiêu | Năm 2025 | Năm 2030 | KH 2026-2030',
      'Thu nhập bình quân (triệu đồng/người) | 68 | 120 | 115-120',
      'Tỷ lệ hộ nghèo (%) | 3,1 | 1 | 1-1,5',
    ].join('\n'),
    amounts: [
      { text: '68', value: 6.8e7, unit: 'VND', role: 'actual' },
      { text: '120', value: 1.2e8, unit: 'VND', role: 'target' },
      { text: '115-120', value: 1.15e8, max: 1.2e8, unit: 'VND', role: 'target' },
      { text: '3,1', value: 3.1, unit: '%', role: 'actual' },
      { text: '1', value: 1, unit: '%', role: 'target' },
      { text: '1-1,5', value: 1, max: 1.5, unit: '%', role: 'target' },
    ],
    goals: [
      { province: 'Quảng Trị', indicator: 'Thu nhập bình quân', value: 1.2e8, unit: 'VND', deadline: '2030' },
      { province: 'Quảng Trị', indicator: 'Thu nhập bình quân', value: 1.15e8, unit: 'VND', deadline: '2030', period: '2026-2030' },
      { province: 'Quảng Trị', indicator: 'Tỷ lệ hộ nghèo', value: 1, unit: '%', deadline: '2030' },
      { province: 'Quảng Trị', indicator: 'Tỷ lệ hộ nghèo', value: 1, unit: '%', deadline: '2030', period: '2026-2030' },
    ],
  },
  // Two header rows: the merged `Thực hiện` spans the years under it.
  {
    name: 'two stacked header rows with a merged cell',
    text: [
      '| TT | Chỉ tiêu | ĐVT | Thực hiện | | Kế hoạch |',
      '| | | | 2024 | 2025 | 2026 |',
      '|---|---|---|---|---|---|',
      '| 1 | Sản lượng lương thực | nghìn tấn | 520 | 530 | 540 |',
      '| 2 | Giá trị sản xuất nông nghiệp | tỷ đồng | 12.500 | 13.100 | 13.800 |',
    ].join('\n'),
    amounts: [
      { text: '520', value: 520000, unit: 'tấn', role: 'actual' },
      { text: '530', value: 530000, unit: 'tấn', role: 'actual' },
      { text: '540', value: 540000, unit: 'tấn', role: 'target' },
      { text: '12.500', value: 1.25e13, unit: 'VND', role: 'actual' },
      { text: '13.100', value: 1.31e13, unit: 'VND', role: 'actual' },
      { text: '13.800', value: 1.38e13, unit: 'VND', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'Sản lượng lương thực', value: 540000, unit: 'tấn', deadline: '2026' },
      { province: null, indicator: 'Giá trị sản xuất nông nghiệp', value: 1.38e13, unit: 'VND', deadline: '2026' },
    ],
  },
  // One cell per line with a unit cell after each label (`Đơn vị tính` column); the title's period.
  {
    name: 'one cell per line with a unit column, the title gives the period',
    text: lines(
      'BẢNG 1. CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030',
      'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Mục tiêu năm 2030',
      'Tốc độ tăng trưởng GRDP bình quân', '%/năm', '8,2', '10',
      'GRDP bình quân đầu người', 'triệu đồng', '95', '160',
    ),
    amounts: [
      { text: '8,2', value: 8.2, unit: '%' },
      { text: '10', value: 10, unit: '%', role: 'target' },
      { text: '95', value: 9.5e7, unit: 'VND' },
      { text: '160', value: 1.6e8, unit: 'VND', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'Tốc độ tăng trưởng GRDP bình quân', value: 10, unit: '%', deadline: '2030', period: '2026-2030' },
      { province: null, indicator: 'GRDP bình quân đầu người', value: 1.6e8, unit: 'VND', deadline: '2030', period: '2026-2030' },
    ],
  },
  // A unit for the whole table in its title (`Đơn vị tính: tỷ đồng`).
  {
    name: 'the unit in the title, cells with a qualifier word',
    text: lines(
      'Dự toán thu ngân sách năm 2026 (Đơn vị tính: tỷ đồng)',
      'Nội dung', 'Dự toán 2026',
      '1', 'Thu nội địa', 'Trên 8.500',
      '2', 'Thu xuất nhập khẩu', '1.200',
      '3', 'Thu từ đất', 'Khoảng 2.000',
    ),
    amounts: [
      { text: '8.500', value: 8.5e12, unit: 'VND', qualifier: 'more_than', role: 'target' },
      { text: '1.200', value: 1.2e12, unit: 'VND', role: 'target' },
      { text: '2.000', value: 2e12, unit: 'VND', qualifier: 'about', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'Thu nội địa', value: 8.5e12, unit: 'VND', deadline: '2026' },
      { province: null, indicator: 'Thu xuất nhập khẩu', value: 1.2e12, unit: 'VND', deadline: '2026' },
      { province: null, indicator: 'Thu từ đất', value: 2e12, unit: 'VND', deadline: '2026' },
    ],
  },

  // ───────────────────────── `key: value` rows ─────────────────────────
  // Short lines `<province>: value` or `<province> value` under a heading: one row each.
  {
    name: 'province rows `key: value` under a heading that sets targets',
    text: ['Mục tiêu tăng trưởng GRDP năm 2026 của một số tỉnh:', 'Nghệ An: 8,5%', 'Tỉnh Hà Tĩnh: 8%', 'Thanh Hóa 10,5%'].join('\n'),
    amounts: [
      { text: '8,5%', value: 8.5, unit: '%', role: 'target' },
      { text: '8%', value: 8, unit: '%', role: 'target' },
      { text: '10,5%', value: 10.5, unit: '%', role: 'target' },
    ],
    goals: [
      { province: 'Nghệ An', indicator: 'tăng trưởng GRDP', value: 8.5, unit: '%', deadline: '2026' },
      { province: 'Hà Tĩnh', indicator: 'tăng trưởng GRDP', value: 8, unit: '%', deadline: '2026' },
      { province: 'Thanh Hóa', indicator: 'tăng trưởng GRDP', value: 10.5, unit: '%', deadline: '2026' },
    ],
  },
  {
    name: 'province rows with bare values, the unit in the heading, a results heading',
    text: ['Kết quả thu hút FDI năm 2024 (triệu USD)', 'Bắc Giang 1.250', 'Thái Nguyên 980,5', 'Phú Thọ 610'].join('\n'),
    amounts: [
      { text: '1.250', value: 1.25e9, unit: 'USD', role: 'actual' },
      { text: '980,5', value: 9.805e8, unit: 'USD', role: 'actual' },
      { text: '610', value: 6.1e8, unit: 'USD', role: 'actual' },
    ],
    goals: [],
  },
  // A key that only says when (`Năm 2030:`) gives the deadline; the heading gives the indicator.
  {
    name: 'rows keyed by year under a heading that names the indicator',
    text: ['Mục tiêu tỷ lệ đô thị hóa của tỉnh Hải Dương:', 'Năm 2025: 40%', 'Năm 2030: 55%'].join('\n'),
    amounts: [
      { text: '40%', value: 40, unit: '%', role: 'target' },
      { text: '55%', value: 55, unit: '%', role: 'target' },
    ],
    goals: [
      { province: 'Hải Dương', indicator: 'tỷ lệ đô thị hóa', value: 40, unit: '%', deadline: '2025' },
      { province: 'Hải Dương', indicator: 'tỷ lệ đô thị hóa', value: 55, unit: '%', deadline: '2030' },
    ],
  },
  {
    name: 'sector rows `- key: value` under a plan heading',
    text: ['Kế hoạch tăng trưởng các khu vực năm 2027:', '- Nông, lâm nghiệp và thủy sản: 3,2%', '- Công nghiệp - xây dựng: tăng 11%', '- Dịch vụ: khoảng 7,5%'].join('\n'),
    amounts: [
      { text: '3,2%', value: 3.2, unit: '%', role: 'target' },
      { text: '11%', value: 11, unit: '%', role: 'target' },
      { text: '7,5%', value: 7.5, unit: '%', qualifier: 'about', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'Nông, lâm nghiệp và thủy sản', value: 3.2, unit: '%', deadline: '2027' },
      { province: null, indicator: 'Công nghiệp - xây dựng', value: 11, unit: '%', deadline: '2027' },
      { province: null, indicator: 'Dịch vụ', value: 7.5, unit: '%', deadline: '2027' },
    ],
  },

  // A value may carry its unit's modifier (`m2 sàn/người`, `trở lên` → at_least); a heading without a
  // year leaves the deadline to the text around (here the end of the plan's period).
  {
    name: 'target list `- key: value` under a heading without a year',
    text: [
      'Kế hoạch phát triển đô thị tỉnh Hưng Yên giai đoạn 2026 - 2030.', '',
      'Mục tiêu cụ thể:', '- Tỷ lệ đô thị hóa: 55%', '- Diện tích nhà ở bình quân: 32 m2 sàn/người', '- Tỷ lệ dân số được cấp nước sạch: 95% trở lên',
    ].join('\n'),
    amounts: [
      { text: '55%', value: 55, unit: '%', role: 'target' },
      { text: '32 m2', value: 32, unit: 'm²', role: 'target' },
      { text: '95%', value: 95, unit: '%', qualifier: 'at_least', role: 'target' },
    ],
    goals: [
      { province: 'Hưng Yên', indicator: 'Tỷ lệ đô thị hóa', value: 55, unit: '%', deadline: '2030' },
      { province: 'Hưng Yên', indicator: 'Diện tích nhà ở bình quân', value: 32, unit: 'm²', deadline: '2030' },
      { province: 'Hưng Yên', indicator: 'Tỷ lệ dân số được cấp nước sạch', value: 95, unit: '%', deadline: '2030' },
    ],
  },

  // Enumerated keys (`a)`, `(3)`) are not part of the indicator; a year ahead of the document's date
  // makes the rows targets.
  {
    name: 'enumerated `key: value` rows under a heading naming a coming year',
    referenceDate: '2026-06-01',
    text: ['Chỉ tiêu chủ yếu năm 2027:', 'a) Tỷ lệ hộ nghèo: dưới 1%', 'b) Tỷ lệ lao động qua đào tạo: 75%', '(3) Số bác sĩ/vạn dân: 14 bác sĩ'].join('\n'),
    amounts: [
      { text: '1%', value: 1, unit: '%', qualifier: 'at_most', role: 'target' },
      { text: '75%', value: 75, unit: '%', role: 'target' },
      { text: '14 bác sĩ', value: 14, unit: 'bác sĩ', role: 'target' },
    ],
    goals: [
      { province: null, indicator: 'Tỷ lệ hộ nghèo', value: 1, unit: '%', deadline: '2027' },
      { province: null, indicator: 'Tỷ lệ lao động qua đào tạo', value: 75, unit: '%', deadline: '2027' },
      { province: null, indicator: 'Số bác sĩ/vạn dân', value: 14, unit: 'bác sĩ', deadline: '2027' },
    ],
  },

  // A forecast is nobody's goal.
  {
    name: 'province rows under a forecast heading: amounts, no goals',
    text: ['Dự báo tăng trưởng GRDP năm 2026 của một số tỉnh:', 'Nghệ An: 8,5%', 'Hà Tĩnh: 8%'].join('\n'),
    amounts: [
      { text: '8,5%', value: 8.5, unit: '%' },
      { text: '8%', value: 8, unit: '%' },
    ],
    goals: [],
  },

  // ───────────────────────── not tables ─────────────────────────
  {
    name: 'plants named after a province with a number, times of day after a colon',
    text: ['Các nhà máy điện mặt trời:', 'Tây Ninh 1', 'Tây Ninh 2', 'Lịch tiếp dân:', 'Sáng: 8:00', 'Chiều: 14:00'].join('\n'),
    amounts: [],
    goals: [],
  },
  {
    name: 'a numbered list of tasks (ordinals only)',
    text: lines('Nhiệm vụ trọng tâm năm 2026', '1', 'Đẩy mạnh cải cách hành chính', '2', 'Phát triển hạ tầng giao thông', '3', 'Nâng cao chất lượng nguồn nhân lực'),
    amounts: [],
    goals: [],
  },
  {
    name: 'page numbers between paragraphs of prose',
    text: [
      'Năm 2024, tổng sản phẩm trên địa bàn tỉnh tăng 7,2% so với cùng kỳ, trong đó khu vực công nghiệp và xây dựng tăng 9,8%, khu vực dịch vụ tăng 6,5%, đóng góp lớn nhất vào mức tăng chung.',
      '12',
      'Thu ngân sách nhà nước trên địa bàn ước đạt 15.300 tỷ đồng, vượt dự toán được giao, tạo nguồn lực quan trọng cho đầu tư phát triển hạ tầng và bảo đảm an sinh xã hội trên địa bàn.',
      '13',
      'Tỷ lệ hộ nghèo giảm còn 2,1%, giảm 0,6 điểm phần trăm so với năm trước, vượt kế hoạch đề ra, đời sống của người dân tiếp tục được cải thiện rõ rệt ở cả khu vực nông thôn.',
      '14',
    ].join('\n'),
    amounts: [],
  },
  {
    name: 'a list of results with amounts written in the sentence',
    text: ['Kết quả năm 2024:', '- GRDP tăng 7,5%;', '- Thu ngân sách đạt 5.000 tỷ đồng;', '- Xuất khẩu đạt 1,2 tỷ USD;', '- 320 doanh nghiệp thành lập mới.'].join('\n'),
    amounts: [],
  },
  {
    name: 'a single `key: value` line is not a table',
    text: ['Mục tiêu cụ thể:', '- Tỷ lệ đô thị hóa: 55%', 'Các giải pháp chủ yếu được triển khai đồng bộ.'].join('\n'),
    amounts: [],
  },
  {
    name: 'bare numbers with neither unit nor column header',
    text: lines('Số liệu tham khảo', '1', 'Mục A', '120', '2', 'Mục B', '150', '3', 'Mục C', '180'),
    amounts: [],
  },
  {
    name: 'a `|` table of contents (page numbers are not amounts)',
    text: ['| Chương | Nội dung | Trang |', '|---|---|---|', '| I | Mở đầu | 3 |', '| II | Thực trạng phát triển | 12 |', '| III | Giải pháp | 40 |'].join('\n'),
    amounts: [],
  },
  {
    name: 'every space a tab: words, not cells',
    text: 'Năm\t2024,\ttỉnh\tđạt\t5.000\ttỷ\tđồng\tthu\tngân\tsách.',
    amounts: [],
  },
];

/**
 * Column headers (Duckling style): what a header says about the cells under it, or null when it is
 * not the header of a value column (label columns, notes, a source line).
 */
export interface HeaderExample {
  header: string;
  expect: null | { role?: Role; year?: string; period?: string; unit?: string; indicator?: string };
}

export const HEADER_EXAMPLES: HeaderExample[] = [
  { header: 'KH năm 2025', expect: { role: 'target', year: '2025' } },
  { header: 'Kế hoạch 2026-2030', expect: { role: 'target', year: '2030', period: '2026-2030' } },
  { header: 'Mục tiêu đến năm 2030', expect: { role: 'target', year: '2030' } },
  { header: 'Chỉ tiêu giao năm 2026', expect: { role: 'target', year: '2026' } },
  { header: 'TH năm 2024', expect: { role: 'actual', year: '2024' } },
  { header: 'Ước TH năm 2025', expect: { role: 'actual', year: '2025' } },
  { header: 'Thực hiện 6 tháng', expect: { role: 'actual' } },
  { header: 'Năm 2025 (ước)', expect: { role: 'actual', year: '2025' } },
  { header: 'TH/KH (%)', expect: { role: 'actual', unit: '%' } },
  { header: 'So với cùng kỳ (%)', expect: { role: 'actual', unit: '%' } },
  { header: 'Năm 2030', expect: { year: '2030' } },
  { header: 'Mục tiêu tăng trưởng GRDP 2026 (%)', expect: { role: 'target', year: '2026', unit: '%', indicator: 'tăng trưởng GRDP' } },
  { header: 'Tỷ lệ che phủ rừng năm 2027 (%)', expect: { year: '2027', unit: '%', indicator: 'Tỷ lệ che phủ rừng' } },
  { header: 'Kim ngạch xuất khẩu giao cho các tỉnh năm 2026 (triệu USD)', expect: { role: 'target', year: '2026', unit: 'USD', indicator: 'Kim ngạch xuất khẩu' } },
  { header: 'STT', expect: null },
  { header: 'Chỉ tiêu', expect: null },
  { header: 'Tỉnh, thành phố', expect: null },
  { header: 'Đơn vị tính', expect: null },
  { header: 'Ghi chú', expect: null },
  { header: '(Theo báo cáo số 120/BC-UBND ngày 15/12/2025)', expect: null },
  { header: 'Nội dung công việc', expect: null },
];

/** Units as headers and label brackets write them: the unit and the factor its scale word gives, or null. */
export const UNIT_EXAMPLES: Array<{ written: string; expect: null | { unit: string; factor: number } }> = [
  { written: 'triệu USD', expect: { unit: 'USD', factor: 1e6 } },
  { written: 'Tỷ đồng', expect: { unit: 'VND', factor: 1e9 } },
  { written: 'nghìn tỷ đồng', expect: { unit: 'VND', factor: 1e12 } },
  { written: 'nghìn người', expect: { unit: 'người', factor: 1e3 } },
  { written: 'nghìn tấn', expect: { unit: 'tấn', factor: 1e3 } },
  { written: '%', expect: { unit: '%', factor: 1 } },
  { written: '‰', expect: { unit: '‰', factor: 1 } },
  { written: '%/năm', expect: { unit: '%', factor: 1 } },
  { written: 'triệu đồng/người', expect: { unit: 'VND', factor: 1e6 } },
  { written: 'ha', expect: { unit: 'ha', factor: 1 } },
  { written: 'Doanh nghiệp', expect: { unit: 'doanh nghiệp', factor: 1 } },
  { written: 'Đơn vị: tỷ đồng', expect: { unit: 'VND', factor: 1e9 } },
  { written: 'Tr.USD', expect: { unit: 'USD', factor: 1e6 } },
  { written: 'Tr. đồng', expect: { unit: 'VND', factor: 1e6 } },
  { written: 'Ng.người', expect: { unit: 'người', factor: 1e3 } },
  { written: '1000 tấn', expect: { unit: 'tấn', factor: 1e3 } },
  { written: 'Tỷ đ', expect: { unit: 'VND', factor: 1e9 } },
  { written: 'GRDP', expect: null },
  { written: 'giá so sánh 2010', expect: null },
  { written: 'ước', expect: null },
  { written: 'đa chiều', expect: null },
];
