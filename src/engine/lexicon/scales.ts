/** Scale words: a scale word multiplies the number before it (`1,8 tỷ` = 1.8e9). Lower-case forms. */
export const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 1e12], ['ngàn tỷ', 1e12], ['nghìn tỉ', 1e12], ['ngàn tỉ', 1e12],
  ['triệu tỷ', 1e15], ['triệu tỉ', 1e15],
  ['tỷ', 1e9], ['tỉ', 1e9],
  ['triệu', 1e6], ['tr', 1e6],
  ['nghìn', 1e3], ['ngàn', 1e3], ['k', 1e3],
  ['vạn', 1e4],
  ['trăm', 1e2],
];

/** Words that follow `tỷ`/`triệu` and make it not a scale word (`tỷ lệ` = rate, `tỷ trọng` = share). */
export const SCALE_TRAPS = ['lệ', 'trọng', 'giá', 'số'];

/** Words read aloud as a decimal mark between two digit runs (`4 phẩy 5` = 4,5; `4 chấm 5` = 4.5). */
export const SPOKEN_DECIMAL_MARKS = ['phẩy', 'chấm'];
