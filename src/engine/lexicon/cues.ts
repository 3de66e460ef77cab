/** Cue words for roles and goals (lower-case). See lexicon sections 4 and 5. */

/** Verbs of intent: stronger than a reported comparison after the amount. */
export const INTENT_VERBS = ['phấn đấu', 'sẽ', 'dự kiến', 'đề ra', 'đặt ra', 'cần đạt', 'phải đạt', 'muốn', 'cam kết', 'mục tiêu', 'dự báo'];

/** Intent: the value after them is to be reached. */
export const TARGET_CUES = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'kế hoạch', 'đề ra', 'đặt ra', 'dự kiến', 'sẽ', 'định hướng', 'tầm nhìn',
  'quy hoạch', 'cần đạt', 'phải đạt', 'hướng đến', 'hướng tới', 'nhu cầu', 'đề án', 'lộ trình', 'dự báo',
  'đề xuất', 'muốn', 'cam kết', 'nâng lên', 'nâng tổng số', 'tiến tới', 'kỳ vọng', 'dự toán',
];

/** Report: the value after them was reached or is estimated. */
export const ACTUAL_CUES = [
  'ước đạt', 'ước tăng', 'ước giảm', 'ước thực hiện', 'lũy kế', 'luỹ kế', 'đến nay', 'hiện có', 'hiện nay', 'hiện đạt', 'hiện đang', 'hiện là', 'hiện ở mức', 'hiện chiếm',
  'đã', 'thực hiện được', 'đạt được', 'tiềm năng', 'kết quả', 'tính đến', 'chỉ đạt',
];
