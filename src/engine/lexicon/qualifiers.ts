import type { Qualifier } from '../types';

/**
 * Qualifier words standing right before a number (lower-case), longest first when matched.
 * `vượt` as a verb with an object (`vượt 5% kế hoạch`) is handled in the amount recognizer.
 */
export const QUALIFIER_WORDS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['hơn', 'more_than'], ['trên', 'more_than'], ['vượt', 'more_than'], ['vượt trên', 'more_than'],
  ['>', 'more_than'],
  ['gần', 'nearly'], ['gần như', 'nearly'], ['xấp xỉ', 'about'],
  ['khoảng', 'about'], ['chừng', 'about'], ['tầm', 'about'], ['ước', 'about'], ['ước tính', 'about'],
  ['ước đạt', 'about'], ['ước tăng', 'about'], ['ước giảm', 'about'], ['ước khoảng', 'about'], ['dự tính', 'about'],
  ['ít nhất', 'at_least'], ['tối thiểu', 'at_least'], ['≥', 'at_least'], ['>=', 'at_least'], ['không dưới', 'at_least'],
  ['tối đa', 'at_most'], ['không quá', 'at_most'], ['không vượt quá', 'at_most'], ['dưới', 'at_most'],
  ['chưa tới', 'at_most'], ['chưa đến', 'at_most'], ['≤', 'at_most'], ['<=', 'at_most'], ['<', 'at_most'],
  // The "less than" family and its negations.
  ['ít hơn', 'at_most'], ['thấp hơn', 'at_most'], ['kém hơn', 'at_most'], ['nhỏ hơn', 'at_most'], ['không cao hơn', 'at_most'],
  ['không nhiều hơn', 'at_most'], ['không lớn hơn', 'at_most'], ['không vượt', 'at_most'], ['không hơn', 'at_most'],
  ['không tới', 'at_most'], ['không đến', 'at_most'], ['không trên', 'at_most'],
  ['không thấp hơn', 'at_least'], ['không ít hơn', 'at_least'], ['không nhỏ hơn', 'at_least'], ['không kém hơn', 'at_least'],
  ['cao hơn', 'more_than'], ['lớn hơn', 'more_than'], ['nhiều hơn', 'more_than'],
  // A capacity "up to" N: `tàu trọng tải đến 30.000 tấn`.
  ['trọng tải đến', 'at_most'], ['trọng tải tới', 'at_most'], ['tải trọng đến', 'at_most'], ['tải trọng tới', 'at_most'],
  ['trọng tải lên đến', 'at_most'], ['sức chứa đến', 'at_most'], ['sức chứa lên đến', 'at_most'],
  // Passing a mark: the value is above it (`vượt mốc 64 tỷ USD`, `vượt ngưỡng 10%`).
  ['vượt mốc', 'more_than'], ['vượt ngưỡng', 'more_than'], ['vượt qua mốc', 'more_than'], ['vượt qua ngưỡng', 'more_than'],
];

/**
 * Verbs that may stand between a qualifier and its number (`ước đạt 435,8`, `đạt trên 30%`); the
 * qualifier before them still applies.
 */
export const QUALIFIER_BRIDGE_VERBS = ['đạt', 'tăng', 'giảm', 'là', 'có', 'thu hút', 'khoảng'];
