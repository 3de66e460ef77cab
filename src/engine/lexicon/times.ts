/** Words of time expressions (lower-case). See lexicon section 6. */

/** Parts of the day before a day/month with no year (`Sáng 8/1`, `Chiều nay (13/12)`): a news date. */
export const DAY_PARTS = ['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'rạng sáng', 'hôm'];

/** What may follow a part of the day before the date (`sáng nay`, `chiều qua`). */
export const DAY_PART_DEICTICS = ['nay', 'qua', 'mai', 'hôm nay', 'hôm qua'];

/** News agencies and outlets that open a dateline in brackets (`Hà Nội (TTXVN 1/12)`). */
export const NEWS_AGENCIES = [
  'ttxvn', 'ttxvn/vna', 'vna', 'ttx', 'vov', 'vtv', 'vtc', 'chinhphu.vn', 'baochinhphu.vn', 'vietnamplus', 'dân trí', 'dantri',
  'vnexpress', 'tuổi trẻ', 'thanh niên', 'nhân dân', 'qđnd', 'cand', 'vietnamnet', 'báo đầu tư', 'đtck', 'vneconomy', 'pv', 'ptv',
];

/** Month names in words, longest first when matched (`tháng mười một`, `tháng giêng`, `tháng chạp`). */
export const MONTH_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['giêng', 1], ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7],
  ['tám', 8], ['chín', 9], ['mười', 10], ['mười một', 11], ['mười hai', 12], ['chạp', 12],
];

/** Quarters in words (`quý hai năm 2027`, `quý nhất` is not used). */
export const QUARTER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4],
];

/** Relative years: `năm trước` is last year, `năm sau`/`năm tới` next year. */
export const RELATIVE_YEARS: ReadonlyArray<readonly [string, number]> = [
  ['nay', 0], ['ngoái', -1], ['trước', -1], ['sau', 1], ['tới', 1], ['kế tiếp', 1], ['tiếp theo', 1],
];

/** Words before `năm trước/sau/tới` that make it a count of years (`các năm trước`, `5 năm tới`), not one year. */
export const YEAR_COUNT_WORDS = [
  'các', 'những', 'nhiều', 'mấy', 'vài', 'hằng', 'hàng', 'mỗi', 'từng', 'bao',
  'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'trăm',
];
