/**
 * The date a document speaks from (Duckling style): `extract(text, options).documentDate`.
 *
 * Evidence only: the user's date, a date line or dateline near the top, the latest reporting span
 * (or a report on a year), then the default. A target year, a plan's end year or a vision year is
 * never evidence: such a text is undated (`expect: null`), and its targets stay targets.
 */
export interface DocumentDateExample {
  text: string;
  options?: { documentDate?: string; referenceDate?: string };
  /** null: undated. `date` compares on the common prefix (`2024` ~ `2024-12-31`). */
  expect: null | { date: string; source: 'user' | 'header' | 'reporting' | 'option' };
}

export const DOCUMENT_DATE_EXAMPLES: DocumentDateExample[] = [
  // ── a date line or dateline near the top
  { text: 'Hà Nội, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\nĐến năm 2030, tỷ lệ đô thị hóa đạt 45%.', expect: { date: '2024-03-12', source: 'header' } },
  { text: 'Cập nhật: 08/10/2025 14:30\nTỉnh phấn đấu đến năm 2030 tăng trưởng 10%.', expect: { date: '2025-10-08', source: 'header' } },
  { text: 'Thứ Hai, 05/02/2024 09:15\nKim ngạch xuất khẩu tháng 1 đạt 1,2 tỷ USD.', expect: { date: '2024-02-05', source: 'header' } },
  // ── a reporting span, or a report on a year
  { text: 'Trong 6 tháng đầu năm 2024, GRDP của tỉnh tăng 7,2%; phấn đấu cả năm tăng 8%.', expect: { date: '2024-06', source: 'reporting' } },
  { text: 'Quý I/2025, tăng trưởng GRDP của tỉnh đạt 9,1%, cao nhất cả nước.', expect: { date: '2025-03', source: 'reporting' } },
  { text: 'Theo báo cáo tình hình kinh tế - xã hội năm 2023, thu ngân sách đạt 12.000 tỷ đồng.', expect: { date: '2023', source: 'reporting' } },
  { text: 'Kim ngạch xuất khẩu tăng 12% so với cùng kỳ năm 2023.', expect: { date: '2024', source: 'reporting' } },
  { text: 'Tổng kết năm 2022, toàn tỉnh thu hút 35 dự án FDI.', expect: { date: '2022', source: 'reporting' } },
  // ── targets, plan ends and visions are no evidence: undated
  { text: 'Đến năm 2030, tỉnh Hà Tĩnh có 90% số xã đạt chuẩn nông thôn mới; năm 2030 tỷ lệ hộ nghèo còn dưới 1,5%.', expect: null },
  { text: 'Quy hoạch tỉnh Sơn La thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đặt mục tiêu tỷ lệ đô thị hóa đạt 30%.', expect: null },
  { text: 'Giai đoạn 2026–2030, tỉnh Bình Định phấn đấu tăng trưởng bình quân 9%/năm.', expect: null },
  { text: 'Năm 2030, tỷ lệ lao động qua đào tạo đạt 80%.', expect: null },
  { text: 'Tỉnh sẽ khởi công cầu mới vào tháng 12/2026.', expect: { date: '2026-12', source: 'reporting' } },
  // ── the user's date, and the default
  { text: 'Hà Nội, ngày 12 tháng 3 năm 2024\nĐến năm 2025 tăng trưởng 8%.', options: { documentDate: '2026' }, expect: { date: '2026', source: 'user' } },
  { text: 'Đến năm 2030, tỷ lệ đô thị hóa đạt 45%.', options: { referenceDate: '2031-01-01' }, expect: { date: '2031-01-01', source: 'option' } },
  { text: 'Trong 6 tháng đầu năm 2024, GRDP tăng 7,2%.', options: { referenceDate: '2031' }, expect: { date: '2024-06', source: 'reporting' } },
  { text: 'Đến năm 2030, tỷ lệ đô thị hóa đạt 45%.', options: { documentDate: 'hôm qua' }, expect: null },
];

/** Roles that follow from the date (or its absence): the target of an undated plan stays a target. */
export interface DatedRoleExample {
  text: string;
  options?: { documentDate?: string; referenceDate?: string };
  /** The text of an amount and the role it must have. */
  amount: string;
  role: 'target' | 'actual' | 'other';
}

export const DATED_ROLE_EXAMPLES: DatedRoleExample[] = [
  { text: 'Đến năm 2030, tỉnh Hà Tĩnh có 90% số xã đạt chuẩn nông thôn mới; năm 2030 tỷ lệ hộ nghèo còn dưới 1,5%.', amount: '1,5%', role: 'target' },
  { text: 'Đến năm 2030, tỉnh Hà Tĩnh có 90% số xã đạt chuẩn nông thôn mới.', amount: '90%', role: 'target' },
  { text: 'Đến năm 2030, tỉnh Hà Tĩnh có 90% số xã đạt chuẩn nông thôn mới.', options: { documentDate: '2031' }, amount: '90%', role: 'actual' },
  { text: 'Tỉnh Thanh Hóa phấn đấu đến năm 2025 thu hút 400 triệu USD vốn FDI. Năm 2023 đạt 300 triệu USD.', amount: '300 triệu USD', role: 'actual' },
  { text: 'Ngày 15/12/2024, báo cáo cho biết bình quân giai đoạn 2019–2024, GRDP của tỉnh tăng 7,1%/năm.', amount: '7,1%', role: 'actual' },
  { text: 'Tính đến cuối năm 2024, toàn tỉnh có 120 hợp tác xã.', amount: '120 hợp tác xã', role: 'actual' },
  { text: 'Phấn đấu năm 2026, kim ngạch xuất khẩu đạt 2 tỷ USD, tăng 10% so với năm 2025.', amount: '10%', role: 'target' },
  { text: 'Năm 2024, kim ngạch xuất khẩu ước đạt 2 tỷ USD, tăng 10% so với năm 2023.', amount: '10%', role: 'actual' },
  { text: 'Giai đoạn 2026–2030, tỉnh phấn đấu:\n- Tỷ lệ hộ dân có điện thoại thông minh đạt 90%;\n- Tỷ lệ đô thị hóa đạt 40%.', amount: '40%', role: 'target' },
  { text: 'Quy hoạch phát triển 2 vùng động lực và 3 hành lang kinh tế đến năm 2030.', amount: '2 vùng', role: 'other' },
  // A results report: the estimate, the plan fulfilment and the growth are all facts.
  { text: 'Năm 2024, tổng sản phẩm trên địa bàn tỉnh ước đạt 85.000 tỷ đồng, đạt 101% kế hoạch, tăng 7,5% so cùng kỳ.', amount: '7,5%', role: 'actual' },
  { text: 'Năm 2024, tổng sản phẩm trên địa bàn tỉnh ước đạt 85.000 tỷ đồng, đạt 101% kế hoạch, tăng 7,5% so cùng kỳ.', amount: '85.000 tỷ đồng', role: 'actual' },
  // A request is neither a target nor a result.
  { text: 'Tỉnh kiến nghị Trung ương hỗ trợ khoảng 2.000 tỷ đồng để đầu tư tuyến đường ven biển.', amount: '2.000 tỷ đồng', role: 'other' },
  { text: 'Đề nghị Bộ Tài chính bố trí 500 tỷ đồng cho dự án cao tốc.', amount: '500 tỷ đồng', role: 'other' },
  // … but a target is one even with a request later in the text.
  { text: 'Năm 2025, tỉnh phấn đấu thu ngân sách 13.000 tỷ đồng. Kiến nghị Trung ương hỗ trợ vốn.', amount: '13.000 tỷ đồng', role: 'target' },
];
