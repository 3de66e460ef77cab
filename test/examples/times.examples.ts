/**
 * Time-expression corpus (Duckling style) for the chitieu engine.
 *
 * How to read an example (shared/gold/SCHEMA.md and shared/gold/more/NOTES.md are authoritative;
 * shared/data/lexicon.md §6 lists the shapes):
 * - Run `extract(text, { referenceDate })` and keep the entities with `type === 'time'`.
 * - `expect === null`: there must be no time entity at all.
 * - Otherwise there must be exactly one time entity; its `text` must equal `expect.text`
 *   exactly (case-sensitive, line breaks included), with the given `kind`, `start` and `end`.
 *   A bound absent here is absent in the entity (SCHEMA: a deadline has `end` only, `after` has
 *   `start` only; period, point and date have both).
 * - `referenceDate` stands for the document's own year in examples with relative expressions
 *   (6 tháng đầu năm, năm nay, đến nay ...). Examples with a calendar anchor of their own carry none.
 */

export interface TimeExample {
  text: string;
  expect: null | {
    text: string;
    kind: 'deadline' | 'period' | 'point' | 'date' | 'after';
    start?: string;
    end?: string;
  };
  referenceDate?: string;
}

export const TIME_EXAMPLES: TimeExample[] = [
  // ───────────────────────── Deadlines ─────────────────────────
  {
    text: 'Phấn đấu đến năm 2025, toàn tỉnh có thêm nhiều doanh nghiệp công nghệ.',
    expect: { text: 'đến năm 2025', kind: 'deadline', end: '2025' },
  },
  {
    text: 'Đến năm 2030, tỉnh trở thành trung tâm công nghiệp của vùng.',
    expect: { text: 'Đến năm 2030', kind: 'deadline', end: '2030' },
  },
  // An upper-case heading keeps its case in the span (gold 01: "ĐẾN NĂM 2035").
  {
    text: 'MỤC TIÊU ĐẾN NĂM 2035',
    expect: { text: 'ĐẾN NĂM 2035', kind: 'deadline', end: '2035' },
  },
  {
    text: 'Phấn đấu tới năm 2050, tỉnh trở thành thành phố trực thuộc trung ương.',
    expect: { text: 'tới năm 2050', kind: 'deadline', end: '2050' },
  },
  // Bare year after a preposition (lexicon §6; gold 10: "đến 2030").
  {
    text: 'Hoàn thành đầu tư hạ tầng các khu công nghiệp đến 2030.',
    expect: { text: 'đến 2030', kind: 'deadline', end: '2030' },
  },
  // Judgement: "trước năm Y" is a deadline (SCHEMA) whose `end` is the year named, as precise as
  // the text; it is not shifted to Y-1.
  {
    text: 'Hoàn thành giải phóng mặt bằng trước năm 2025.',
    expect: { text: 'trước năm 2025', kind: 'deadline', end: '2025' },
  },
  {
    text: 'Dự án phải đưa vào vận hành trước 2027.',
    expect: { text: 'trước 2027', kind: 'deadline', end: '2027' },
  },
  // NOTES: "vào năm 2030" is a deadline.
  {
    text: 'Tỉnh đặt mục tiêu trở thành tỉnh công nghiệp vào năm 2030.',
    expect: { text: 'vào năm 2030', kind: 'deadline', end: '2030' },
  },
  {
    text: 'Xây dựng chiến lược phát triển bền vững, tầm nhìn đến năm 2050.',
    expect: { text: 'tầm nhìn đến năm 2050', kind: 'deadline', end: '2050' },
  },
  {
    text: 'Chiến lược phát triển ngành du lịch, tầm nhìn 2050.',
    expect: { text: 'tầm nhìn 2050', kind: 'deadline', end: '2050' },
  },
  // NOTES: the leading word of a vision-like deadline stays in the span.
  {
    text: 'Kế hoạch phát triển nông nghiệp định hướng đến 2030.',
    expect: { text: 'định hướng đến 2030', kind: 'deadline', end: '2030' },
  },
  {
    text: 'Hướng đến năm 2030, tỉnh trở thành vùng nguyên liệu dược liệu lớn.',
    expect: { text: 'Hướng đến năm 2030', kind: 'deadline', end: '2030' },
  },
  {
    text: 'Định hướng đến năm 2035, hình thành trung tâm logistics của vùng.',
    expect: { text: 'Định hướng đến năm 2035', kind: 'deadline', end: '2035' },
  },
  {
    text: 'Đến hết tháng 5/2024, toàn tỉnh có nhiều dự án còn hiệu lực.',
    expect: { text: 'Đến hết tháng 5/2024', kind: 'deadline', end: '2024-05' },
  },
  {
    text: 'Hoàn thành số hóa hồ sơ đến hết năm 2025.',
    expect: { text: 'đến hết năm 2025', kind: 'deadline', end: '2025' },
  },
  // NOTES: "đến cuối năm 2024" is a deadline, like "đến hết năm 2024".
  {
    text: 'Dư nợ tín dụng tăng khá đến cuối năm 2024.',
    expect: { text: 'đến cuối năm 2024', kind: 'deadline', end: '2024' },
  },
  // A line break inside the expression stays in the span (gold 01: "đến\nnăm 2035").
  {
    text: 'Phấn đấu đến\nnăm 2035 hoàn thành chuyển đổi số.',
    expect: { text: 'đến\nnăm 2035', kind: 'deadline', end: '2035' },
  },
  // Judgement: a deadline with a full date ("trước ngày D/M/Y", lexicon §6) is one deadline span
  // ending on that day, not a separate `date`.
  {
    text: 'Các sở nộp báo cáo trước ngày 31/12/2025.',
    expect: { text: 'trước ngày 31/12/2025', kind: 'deadline', end: '2025-12-31' },
  },

  // ───────────────────────── Periods ─────────────────────────
  {
    text: 'Kế hoạch thu hút đầu tư giai đoạn 2021-2025.',
    expect: { text: 'giai đoạn 2021-2025', kind: 'period', start: '2021', end: '2025' },
  },
  {
    text: 'Chương trình phát triển nhà ở giai đoạn 2021 – 2030.',
    expect: { text: 'giai đoạn 2021 – 2030', kind: 'period', start: '2021', end: '2030' },
  },
  {
    text: 'Đề án phát triển nguồn nhân lực giai đoạn 2026—2030.',
    expect: { text: 'giai đoạn 2026—2030', kind: 'period', start: '2026', end: '2030' },
  },
  {
    text: 'Giai đoạn 2019 - 2020, tỉnh tập trung hoàn thiện quy hoạch.',
    expect: { text: 'Giai đoạn 2019 - 2020', kind: 'period', start: '2019', end: '2020' },
  },
  // NOTES: "giai đoạn 2021 2030" without a dash is a period (03).
  {
    text: 'Kế hoạch phát triển nhà ở xã hội giai đoạn 2021 2030.',
    expect: { text: 'giai đoạn 2021 2030', kind: 'period', start: '2021', end: '2030' },
  },
  {
    text: 'Triển khai chương trình trong giai đoạn\n2031 - 2035.',
    expect: { text: 'giai đoạn\n2031 - 2035', kind: 'period', start: '2031', end: '2035' },
  },
  {
    text: 'Quy hoạch tỉnh thời kỳ 2021-2030 đã được phê duyệt.',
    expect: { text: 'thời kỳ 2021-2030', kind: 'period', start: '2021', end: '2030' },
  },
  {
    text: 'Chiến lược xuất khẩu thời kỳ 2011 – 2020 đã hoàn thành.',
    expect: { text: 'thời kỳ 2011 – 2020', kind: 'period', start: '2011', end: '2020' },
  },
  // NOTES: "nhiệm kỳ 2025-2030" is a period, as "giai đoạn" is.
  {
    text: 'Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030.',
    expect: { text: 'nhiệm kỳ 2025-2030', kind: 'period', start: '2025', end: '2030' },
  },
  {
    text: 'Kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025.',
    expect: { text: 'nhiệm kỳ 2020 - 2025', kind: 'period', start: '2020', end: '2025' },
  },
  // SCHEMA: "từ năm 2016 đến nay" is a period ending in the document's year.
  {
    text: 'Từ năm 2016 đến nay, tỉnh đã thu hút nhiều dự án lớn.',
    expect: { text: 'Từ năm 2016 đến nay', kind: 'period', start: '2016', end: '2023' },
    referenceDate: '2023-12-01',
  },
  {
    text: 'Kết quả thực hiện từ năm 2016 đến năm 2020 khá tích cực.',
    expect: { text: 'từ năm 2016 đến năm 2020', kind: 'period', start: '2016', end: '2020' },
  },
  {
    text: 'Tổng kết chương trình từ 2016 đến 2020.',
    expect: { text: 'từ 2016 đến 2020', kind: 'period', start: '2016', end: '2020' },
  },
  // Judgement: a "từ ... đến ..." span with months is a period at month precision.
  {
    text: 'Chương trình kích cầu áp dụng từ tháng 1/2024 đến tháng 6/2024.',
    expect: { text: 'từ tháng 1/2024 đến tháng 6/2024', kind: 'period', start: '2024-01', end: '2024-06' },
  },
  // Judgement: a bare "Y1-Y2" is a period (SCHEMA lists "X-Y" under period).
  {
    text: 'Kế hoạch đầu tư công trung hạn 2021-2025 của tỉnh.',
    expect: { text: '2021-2025', kind: 'period', start: '2021', end: '2025' },
  },

  // ───────────────────────── Reporting points ─────────────────────────
  {
    text: 'Kim ngạch xuất khẩu 5 tháng đầu năm 2024 tăng khá.',
    expect: { text: '5 tháng đầu năm 2024', kind: 'point', start: '2024-01', end: '2024-05' },
  },
  // SCHEMA: relative expressions resolve against the document's year (gold 002).
  {
    text: 'Kết quả thu hút đầu tư 6 tháng đầu năm khả quan.',
    expect: { text: '6 tháng đầu năm', kind: 'point', start: '2024-01', end: '2024-06' },
    referenceDate: '2024-07-15',
  },
  // NOTES: "6 tháng cuối năm" → July..December.
  {
    text: 'Nhiệm vụ trọng tâm 6 tháng cuối năm là đẩy nhanh giải ngân.',
    expect: { text: '6 tháng cuối năm', kind: 'point', start: '2022-07', end: '2022-12' },
    referenceDate: '2022-07-05',
  },
  {
    text: 'Tăng trưởng kinh tế 3 tháng đầu năm 2025 đạt khá.',
    expect: { text: '3 tháng đầu năm 2025', kind: 'point', start: '2025-01', end: '2025-03' },
  },
  {
    text: 'Thu ngân sách 3 tháng đầu năm đạt khá.',
    expect: { text: '3 tháng đầu năm', kind: 'point', start: '2025-01', end: '2025-03' },
    referenceDate: '2025-04-10',
  },
  // SCHEMA: reporting spans start at the beginning of the year.
  {
    text: 'Kim ngạch nhập khẩu 8 tháng năm 2025 giảm nhẹ.',
    expect: { text: '8 tháng năm 2025', kind: 'point', start: '2025-01', end: '2025-08' },
  },
  {
    text: 'Chỉ số sản xuất công nghiệp 9 tháng năm 2024 tăng cao.',
    expect: { text: '9 tháng năm 2024', kind: 'point', start: '2024-01', end: '2024-09' },
  },
  // NOTES: "ước 8 tháng" → point "8 tháng" (without "ước"), resolved against the document's year.
  {
    text: 'Ước 8 tháng, kim ngạch xuất khẩu của tỉnh tăng khá.',
    expect: { text: '8 tháng', kind: 'point', start: '2020-01', end: '2020-08' },
    referenceDate: '2020-09-10',
  },
  // Judgement: "nửa đầu năm" = first half-year (lexicon §6), read like "6 tháng đầu năm".
  {
    text: 'Tăng trưởng tín dụng nửa đầu năm 2024 thấp hơn dự báo.',
    expect: { text: 'nửa đầu năm 2024', kind: 'point', start: '2024-01', end: '2024-06' },
  },
  {
    text: 'Vốn FDI đăng ký mới trong quý I/2025 tăng mạnh.',
    expect: { text: 'quý I/2025', kind: 'point', start: '2025-01', end: '2025-03' },
  },
  {
    text: 'Tăng trưởng GRDP quý II năm 2024 đạt khá.',
    expect: { text: 'quý II năm 2024', kind: 'point', start: '2024-04', end: '2024-06' },
  },
  // NOTES: the spelling "quí" → same quarter, in the document's year.
  {
    text: 'Tăng trưởng kinh tế trong quí II phục hồi rõ nét.',
    expect: { text: 'quí II', kind: 'point', start: '2022-04', end: '2022-06' },
    referenceDate: '2022-07-05',
  },
  {
    text: 'Quý III/2023, sản xuất công nghiệp phục hồi.',
    expect: { text: 'Quý III/2023', kind: 'point', start: '2023-07', end: '2023-09' },
  },
  {
    text: 'Dự án khởi công trong quý IV năm 2024.',
    expect: { text: 'quý IV năm 2024', kind: 'point', start: '2024-10', end: '2024-12' },
  },
  {
    text: 'Kết quả thu ngân sách quý I năm nay vượt dự toán.',
    expect: { text: 'quý I năm nay', kind: 'point', start: '2024-01', end: '2024-03' },
    referenceDate: '2024-05-10',
  },
  // NOTES: "năm nay" → the document's year (11).
  {
    text: 'Kim ngạch xuất khẩu năm nay dự báo tăng khá.',
    expect: { text: 'năm nay', kind: 'point', start: '2020', end: '2020' },
    referenceDate: '2020-09-10',
  },
  // Judgement: "năm ngoái" → the year before the document's, by analogy with NOTES
  // "tháng 12 năm ngoái" → 2020-12 in a 2021 text.
  {
    text: 'Sản lượng lúa năm ngoái đạt cao.',
    expect: { text: 'năm ngoái', kind: 'point', start: '2020', end: '2020' },
    referenceDate: '2021-03-15',
  },
  {
    text: 'Nhà máy điện gió hoàn thành trong tháng 12 năm ngoái.',
    expect: { text: 'tháng 12 năm ngoái', kind: 'point', start: '2020-12', end: '2020-12' },
    referenceDate: '2021-03-15',
  },
  // NOTES: "từ" before a single time with no end is left out of the span.
  {
    text: 'Trạm biến áp đi vào vận hành từ tháng 12 năm ngoái.',
    expect: { text: 'tháng 12 năm ngoái', kind: 'point', start: '2020-12', end: '2020-12' },
    referenceDate: '2021-03-15',
  },
  {
    text: 'Năm 2024, tỉnh tập trung cải thiện môi trường đầu tư.',
    expect: { text: 'Năm 2024', kind: 'point', start: '2024', end: '2024' },
  },
  // NOTES: "trong" is left out of the span.
  {
    text: 'Trong năm 2018, xuất khẩu gạo gặp nhiều khó khăn.',
    expect: { text: 'năm 2018', kind: 'point', start: '2018', end: '2018' },
  },
  {
    text: 'Chỉ số giá tiêu dùng tháng 5/2024 tăng nhẹ.',
    expect: { text: 'tháng 5/2024', kind: 'point', start: '2024-05', end: '2024-05' },
  },
  {
    text: 'Hội chợ được tổ chức trong tháng 9 năm 2024.',
    expect: { text: 'tháng 9 năm 2024', kind: 'point', start: '2024-09', end: '2024-09' },
  },
  // NOTES: a year attached to a cited document is a point; the document number is not a time.
  {
    text: 'Thực hiện Quyết định 1182/QĐ TTg năm 2023 của Thủ tướng Chính phủ.',
    expect: { text: 'năm 2023', kind: 'point', start: '2023', end: '2023' },
  },
  {
    text: 'Triển khai Kế hoạch 156/KH-UBND năm 2024 của UBND tỉnh.',
    expect: { text: 'năm 2024', kind: 'point', start: '2024', end: '2024' },
  },

  // ───────────────────────── After ─────────────────────────
  {
    text: 'Các khu công nghiệp mới sẽ được thành lập sau năm 2030.',
    expect: { text: 'sau năm 2030', kind: 'after', start: '2030' },
  },

  // ───────────────────────── Dates ─────────────────────────
  {
    text: 'Hà Nội, ngày 15 tháng 3 năm 2024',
    expect: { text: 'ngày 15 tháng 3 năm 2024', kind: 'date', start: '2024-03-15', end: '2024-03-15' },
  },
  {
    text: 'Cà Mau, ngày 01 tháng 12 năm 2025',
    expect: { text: 'ngày 01 tháng 12 năm 2025', kind: 'date', start: '2025-12-01', end: '2025-12-01' },
  },
  // NOTES: legal citation dates in "Căn cứ" clauses are dates.
  {
    text: 'Căn cứ Nghị quyết số 12/NQ-HĐND ngày 01/4/2025 của Hội đồng nhân dân tỉnh;',
    expect: { text: 'ngày 01/4/2025', kind: 'date', start: '2025-04-01', end: '2025-04-01' },
  },
  // NOTES: also when a line break splits "ngày" from the date.
  {
    text: 'Căn cứ Quyết định số 45/QĐ-UBND ngày\n13/8/2025 của Ủy ban nhân dân tỉnh;',
    expect: { text: 'ngày\n13/8/2025', kind: 'date', start: '2025-08-13', end: '2025-08-13' },
  },
  {
    text: 'Cập nhật: 1/12/2023',
    expect: { text: '1/12/2023', kind: 'date', start: '2023-12-01', end: '2023-12-01' },
  },
  // Page header with weekday: the span is the date only (lexicon §6; gold 003).
  {
    text: 'Thứ Sáu, ngày 1 tháng 12 năm 2023',
    expect: { text: 'ngày 1 tháng 12 năm 2023', kind: 'date', start: '2023-12-01', end: '2023-12-01' },
  },
  // NOTES: article timestamps give only the date part.
  {
    text: '07/03/2021 09:46',
    expect: { text: '07/03/2021', kind: 'date', start: '2021-03-07', end: '2021-03-07' },
  },
  {
    text: 'Ngày 03/12/2025, UBND tỉnh ban hành kế hoạch.',
    expect: { text: 'Ngày 03/12/2025', kind: 'date', start: '2025-12-03', end: '2025-12-03' },
  },
  // Judgement: "D/M" without a year is a date in the document's year (lexicon §6).
  {
    text: 'Hạn chót nộp báo cáo là ngày 30/6.',
    expect: { text: 'ngày 30/6', kind: 'date', start: '2024-06-30', end: '2024-06-30' },
    referenceDate: '2024-07-15',
  },

  // ═════════════════════════ Negatives: no time at all ═════════════════════════
  // Durations (SCHEMA, lexicon §6).
  { text: 'Sau 5 tháng triển khai, dự án đã hoàn thành phần móng.', expect: null },
  { text: 'Dự án được thực hiện trong 3 năm.', expect: null },
  { text: 'Trong 5 năm gần đây, kinh tế tỉnh tăng trưởng khá.', expect: null },
  { text: 'Thời hạn hoạt động của dự án là 50 năm.', expect: null },
  { text: 'Hồ sơ được giải quyết trong thời hạn 30 ngày.', expect: null },
  { text: 'Tỉnh xây dựng kế hoạch 5 năm về phát triển nhà ở.', expect: null },
  // Deictic words with no calendar anchor (SCHEMA, NOTES).
  { text: 'Đến nay, toàn tỉnh đã có nhiều mô hình hiệu quả.', expect: null },
  { text: 'Hiện nay, tỉnh đang tập trung cải thiện môi trường đầu tư.', expect: null },
  { text: 'Thời gian tới, tỉnh tiếp tục đẩy mạnh cải cách hành chính.', expect: null },
  { text: 'Trong giai đoạn này, tỉnh ưu tiên phát triển hạ tầng.', expect: null },
  { text: 'Trước mắt, tỉnh tập trung tháo gỡ khó khăn cho doanh nghiệp.', expect: null },
  { text: 'Trong tương lai, tỉnh sẽ mở rộng các khu công nghiệp.', expect: null },
  { text: 'Kế hoạch được triển khai theo từng giai đoạn.', expect: null },
  { text: 'Tình hình kinh tế trong các quí có nhiều biến động.', expect: null },
  { text: 'Trong nhiệm kỳ tới, tỉnh tiếp tục thu hút đầu tư.', expect: null },
  // NOTES: "cùng kỳ" with no year is not annotated.
  { text: 'Kim ngạch xuất khẩu tăng 12% so với cùng kỳ.', expect: null },
  // Frequencies (NOTES) and rates.
  { text: 'Mỗi năm tỉnh tổ chức hội nghị xúc tiến đầu tư.', expect: null },
  { text: 'Sở Kế hoạch và Đầu tư báo cáo hàng quý.', expect: null },
  { text: 'Hằng năm, Ủy ban nhân dân tỉnh rà soát danh mục dự án.', expect: null },
  { text: 'Tăng trưởng tín dụng bình quân 15%/năm.', expect: null },
  // Names and ordinals (NOTES, lexicon §6: Roman numerals outside "quý").
  { text: 'Triển khai Luật Nhà ở 2023 trên địa bàn tỉnh.', expect: null },
  { text: 'Thành phố được công nhận là đô thị loại I.', expect: null },
  { text: 'Thực hiện Nghị quyết Đại hội XIII của Đảng.', expect: null },
  { text: 'Đầu tư xây dựng khu kinh tế cửa khẩu giai đoạn II.', expect: null },
  { text: 'Đại biểu Quốc hội khóa XV tiếp xúc cử tri.', expect: null },
  { text: 'Phong trào thi đua “3 tốt” được triển khai rộng rãi.', expect: null },
  // Years inside document numbers are not times (NOTES: document numbers).
  { text: 'Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội.', expect: null },
  { text: 'Căn cứ Nghị định 30/2020/NĐ-CP của Chính phủ.', expect: null },
  // Amounts whose digits look like years: the thousands dot makes them numbers, not years.
  { text: 'Toàn tỉnh có 2.025 hộ được hỗ trợ nhà ở.', expect: null },
  { text: 'Thu ngân sách đạt 2.030 tỷ đồng.', expect: null },
  // Time of day alone is not annotated (NOTES: only the date part of a timestamp).
  { text: 'Cập nhật lúc 09:46.', expect: null },
  // "Năm" as the number five, not "year" (lexicon §6 traps).
  { text: 'Năm nhóm giải pháp trọng tâm được triển khai đồng bộ.', expect: null },

  // ═════════════════════════ Issue 8: news dates, words, ranges stating the year once ═════════════════════════
  // A news dateline or a part of the day before a day/month: a date in the document's year; the span is the date only.
  { text: 'Đà Nẵng (TTXVN 15/3) - Thành phố khai mạc lễ hội.', expect: { text: '15/3', kind: 'date', start: '2025-03-15', end: '2025-03-15' }, referenceDate: '2025' },
  { text: 'Chiều 21/9, Ủy ban nhân dân tỉnh họp phiên thường kỳ.', expect: { text: '21/9', kind: 'date', start: '2025-09-21', end: '2025-09-21' }, referenceDate: '2025' },
  { text: 'Sáng nay (4/11), Hội đồng nhân dân tỉnh khai mạc kỳ họp.', expect: { text: '4/11', kind: 'date', start: '2025-11-04', end: '2025-11-04' }, referenceDate: '2025' },
  // A fraction in brackets is no date; a day/month after an unlisted word neither.
  { text: 'Tỷ trọng công nghiệp (chiếm 1/3) tăng nhanh.', expect: null, referenceDate: '2025' },
  { text: 'Xã đạt 9/19 tiêu chí.', expect: null, referenceDate: '2025' },
  // Day and month separated by a dot after `ngày`.
  { text: 'Ngày 14.6, tỉnh tổ chức hội nghị xúc tiến đầu tư.', expect: { text: 'Ngày 14.6', kind: 'date', start: '2025-06-14', end: '2025-06-14' }, referenceDate: '2025' },
  // `ngày D tháng M` with no year: the document's year.
  { text: 'Hội nghị diễn ra ngày 12 tháng 8 tại trụ sở tỉnh.', expect: { text: 'ngày 12 tháng 8', kind: 'date', start: '2025-08-12', end: '2025-08-12' }, referenceDate: '2025' },
  // `cả năm` in a report: the document's year.
  { text: 'Ước cả năm, tổng thu ngân sách vượt dự toán.', expect: { text: 'cả năm', kind: 'point', start: '2024', end: '2024' }, referenceDate: '2024' },
  { text: 'Khu du lịch mở cửa cả năm trời.', expect: null, referenceDate: '2024' },
  // `từ năm X trở lại đây`: a period up to the document's year.
  { text: 'Từ năm 2019 trở lại đây, thu hút đầu tư tăng mạnh.', expect: { text: 'Từ năm 2019 trở lại đây', kind: 'period', start: '2019', end: '2024' }, referenceDate: '2024' },
  // A bare `N tháng` before `ước đạt`: months 1..N of the document's year.
  { text: 'Thu ngân sách 9 tháng ước đạt 80% dự toán.', expect: { text: '9 tháng', kind: 'point', start: '2024-01', end: '2024-09' }, referenceDate: '2024' },
  { text: 'Dự án thi công trong 9 tháng liên tục.', expect: null, referenceDate: '2024' },
  // Months and quarters in words.
  { text: 'Khởi công vào tháng mười hai năm 2026.', expect: { text: 'tháng mười hai năm 2026', kind: 'point', start: '2026-12', end: '2026-12' } },
  { text: 'Lễ hội tổ chức vào tháng giêng năm 2027.', expect: { text: 'tháng giêng năm 2027', kind: 'point', start: '2027-01', end: '2027-01' } },
  { text: 'Công trình hoàn thành trong quý ba năm 2026.', expect: { text: 'quý ba năm 2026', kind: 'point', start: '2026-07', end: '2026-09' } },
  { text: 'Hoàn thành đến hết quý hai năm 2026.', expect: { text: 'đến hết quý hai năm 2026', kind: 'deadline', end: '2026-06' } },
  // Ranges stating the year once.
  { text: 'Lấy ý kiến từ ngày 5 tháng 10 đến ngày 20 tháng 11 năm 2026.', expect: { text: 'từ ngày 5 tháng 10 đến ngày 20 tháng 11 năm 2026', kind: 'period', start: '2026-10-05', end: '2026-11-20' } },
  { text: 'Đăng ký từ ngày 1/7 đến ngày 15/7/2026.', expect: { text: 'từ ngày 1/7 đến ngày 15/7/2026', kind: 'period', start: '2026-07-01', end: '2026-07-15' } },
  { text: 'Triển khai trong tháng 6–8/2026.', expect: { text: 'tháng 6–8/2026', kind: 'period', start: '2026-06', end: '2026-08' } },
  { text: 'Tổ chức từ tháng 4 đến tháng 9 năm 2026.', expect: { text: 'từ tháng 4 đến tháng 9 năm 2026', kind: 'period', start: '2026-04', end: '2026-09' } },
  // `năm trước`, `năm sau`, `năm tới` against the document's year; counts and comparisons of years are none.
  { text: 'Doanh thu du lịch cao hơn năm trước.', expect: { text: 'năm trước', kind: 'point', start: '2024', end: '2024' }, referenceDate: '2025' },
  { text: 'Tỉnh sẽ khởi công dự án trong năm tới.', expect: { text: 'năm tới', kind: 'point', start: '2026', end: '2026' }, referenceDate: '2025' },
  { text: 'Kế hoạch năm sau tập trung vào hạ tầng.', expect: { text: 'năm sau', kind: 'point', start: '2026', end: '2026' }, referenceDate: '2025' },
  { text: 'Thu nhập năm sau cao hơn năm trước.', expect: null, referenceDate: '2025' },
  { text: 'Trong 5 năm tới, tỉnh ưu tiên hạ tầng số.', expect: null, referenceDate: '2025' },
  { text: 'Kết quả tốt hơn các năm trước.', expect: null, referenceDate: '2025' },
  // `mồng`/`mùng` before a day; month words after a day (not `năm`, which reads as a year).
  { text: 'Lễ khánh thành ngày mồng 8 tháng 3 năm 2026.', expect: { text: 'ngày mồng 8 tháng 3 năm 2026', kind: 'date', start: '2026-03-08', end: '2026-03-08' } },
  { text: 'Hội chợ khai mạc mùng 5 tháng 2.', expect: { text: 'mùng 5 tháng 2', kind: 'date', start: '2025-02-05', end: '2025-02-05' }, referenceDate: '2025' },
  { text: 'Hội chợ khai mạc ngày 9 tháng tư.', expect: { text: 'ngày 9 tháng tư', kind: 'date', start: '2025-04-09', end: '2025-04-09' }, referenceDate: '2025' },
  { text: 'Ngày mồng 2 tháng chín năm 1945 là ngày Quốc khánh.', expect: { text: 'Ngày mồng 2 tháng chín năm 1945', kind: 'date', start: '1945-09-02', end: '1945-09-02' } },
  { text: 'Trong 3 tháng hai bên hoàn tất đàm phán.', expect: null, referenceDate: '2025' },
  { text: 'Nhiệm vụ được giao cho năm tiếp theo.', expect: { text: 'năm tiếp theo', kind: 'point', start: '2026', end: '2026' }, referenceDate: '2025' },
  // A number after `đến`/`tới` followed by a unit is no year.
  { text: 'Vốn huy động tăng đến 2040 tỷ đồng.', expect: null },
  // A spaced period after a title.
  { text: 'KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP 2026 - 2030', expect: { text: '2026 - 2030', kind: 'period', start: '2026', end: '2030' } },
];
