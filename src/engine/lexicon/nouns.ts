/**
 * Counted nouns: the unit of a count is the noun as written (`472 dự án` → unit `dự án`).
 * Multi-syllable nouns listed here are taken whole; an unlisted noun is taken as its first one or
 * two syllables (see amounts). Lower-case.
 */
export const COUNTED_NOUNS: readonly string[] = [
  'lao động', 'người lao động', 'người', 'việc làm', 'doanh nghiệp', 'dự án', 'khu công nghiệp', 'cụm công nghiệp',
  'khu kinh tế', 'khu chế xuất', 'khu công nghệ cao', 'nhà máy', 'hộ', 'hộ gia đình', 'hộ nghèo', 'xã', 'phường',
  'sản phẩm', 'sản phẩm ocop', 'lượt khách', 'lượt', 'du khách', 'giường bệnh', 'trường', 'sinh viên', 'học sinh',
  'cơ sở', 'hợp tác xã', 'làng nghề', 'mô hình', 'trung tâm', 'vùng', 'căn', 'căn hộ', 'cây', 'con', 'lĩnh vực',
  'trụ cột', 'nhóm ngành', 'nhóm sản phẩm', 'ngành', 'giai đoạn', 'quốc gia', 'quốc gia và vùng lãnh thổ',
  'đường dây', 'trạm biến áp', 'tổ chức', 'cá nhân', 'chương trình', 'đề án', 'nhiệm vụ', 'giải pháp', 'đột phá',
  'huyện', 'tỉnh', 'thành phố', 'đô thị', 'thị xã', 'bệnh viện', 'trạm y tế', 'công trình', 'tuyến', 'cảng',
  'chợ', 'siêu thị', 'trung tâm thương mại', 'điểm', 'điểm đến', 'lượt người', 'lượt nhân lực', 'lượt lao động',
  'bác sĩ', 'giáo viên', 'thôn', 'ấp', 'bản', 'km đường', 'ô tô', 'xe', 'tàu', 'chuyến', 'phòng', 'buồng',
  'tiêu chí', 'hồ sơ', 'thủ tục', 'dịch vụ', 'nhà ở', 'nhà', 'tầng', 'lô', 'thửa', 'mỏ', 'giấy phép',
  'startup', 'nhà đầu tư', 'đối tác', 'thị trường', 'mặt hàng', 'chủng loại', 'loại', 'đợt', 'lần', 'cuộc',
  'khu', 'cụm', 'nhóm', 'trạm', 'mục tiêu', 'chỉ tiêu', 'nội dung', 'văn bản', 'đơn vị', 'cơ quan', 'tuổi',
];

/** Abbreviations written in capitals that are counted nouns (`120 DN`, `3 KCN`). */
export const COUNTED_ABBREVIATIONS: readonly string[] = [
  'DN', 'DNNVV', 'KCN', 'CCN', 'KKT', 'HTX', 'THT', 'CNHT', 'OCOP', 'FDI', 'KCX', 'CSSX',
];

/**
 * Nouns whose counts describe rather than measure (`2 lĩnh vực`, `4 trụ cột`): their role is
 * `other` wherever they stand.
 */
export const DESCRIPTIVE_NOUNS: readonly string[] = [
  'lĩnh vực', 'trụ cột', 'nhóm ngành', 'nhóm sản phẩm', 'nhóm', 'ngành', 'giai đoạn', 'nhiệm vụ', 'giải pháp',
  'đột phá', 'nội dung', 'mục tiêu', 'chỉ tiêu', 'tiêu chí', 'khâu', 'trọng tâm', 'quan điểm', 'chương trình',
  'phương án', 'định hướng', 'yếu tố', 'khía cạnh', 'chủ đề', 'phần', 'chương', 'mục', 'điều',
  // An age bounds who is counted (`dân số từ 15 tuổi trở lên`); it is not itself measured.
  'tuổi',
];

/**
 * Kinds of legal document: capitalised before a number, the number is the document's
 * (`Nghị định 100 Chính phủ`, `Quyết định 927 Thủ tướng`), not an amount.
 */
export const DOCUMENT_TYPES: readonly string[] = [
  'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư', 'kết luận', 'công văn', 'thông báo', 'tờ trình',
  'luật', 'pháp lệnh', 'công điện', 'hướng dẫn', 'chương trình', 'đề án',
];

/**
 * Words that cannot start a counted noun: function words, verbs and prepositions that follow a bare
 * number (`Tây Ninh 1, ...`, `đạt 5 trong ...`).
 */
export const NOT_NOUN_START: readonly string[] = [
  'của', 'và', 'là', 'có', 'đạt', 'tăng', 'giảm', 'so', 'với', 'trong', 'tại', 'từ', 'đến', 'tới', 'trên', 'dưới',
  'được', 'đã', 'sẽ', 'cho', 'các', 'những', 'này', 'đó', 'thì', 'mà', 'để', 'theo', 'về', 'như', 'hoặc', 'hay',
  'nhưng', 'vào', 'ra', 'lên', 'xuống', 'chiếm', 'gồm', 'nhằm', 'bằng', 'thuộc', 'trở', 'đầu', 'cuối', 'qua',
  'sau', 'trước', 'khi', 'nếu', 'vì', 'do', 'bị', 'đang', 'vẫn', 'cũng', 'còn', 'nữa', 'rồi', 'lần lượt', 'năm',
  'tháng', 'ngày', 'kế', 'kế hoạch', 'dự toán', 'cùng', 'ở', 'trở lên', 'trở xuống', 'hơn', 'gần', 'khoảng',
  'mỗi', 'một', 'hai', 'ba', 'thứ', 'lần thứ', 'vs', 'ước', 'đi', 'nay', 'nào', 'ấy', 'kia',
  // Spoken decimal marks (`2 chấm` alone is no unit) and levels of an organisation (`chính quyền 2 cấp`).
  'chấm', 'phẩy', 'cấp',
];
