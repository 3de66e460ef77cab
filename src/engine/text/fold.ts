/** Spelling folds used to look words up (never to match units or numbers). */

/** Old-style tone placement → modern, at the end of a syllable: `hoà` → `hòa`, `thuý` → `thúy`. */
const OLD_TO_NEW: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const NEW_TO_OLD: Record<string, string> = Object.fromEntries(Object.entries(OLD_TO_NEW).map(([a, b]) => [b, a]));
const SYLLABLE_END_OLD = /(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![\p{L}\p{M}])/gu;
const SYLLABLE_END_NEW = /(òa|óa|ỏa|õa|ọa|òe|óe|ỏe|õe|ọe|ùy|úy|ủy|ũy|ụy)(?![\p{L}\p{M}])/gu;

/** Modern tone placement (`Thanh Hoá` → `Thanh Hóa`). `qu` + vowel is a consonant cluster and is left alone. */
export function modernTones(s: string): string {
  return s.replace(SYLLABLE_END_OLD, (m, _g, offset: number, whole: string) =>
    (m[0] === 'u' && /q/i.test(whole[offset - 1] ?? '') ? m : OLD_TO_NEW[m] ?? m));
}

/** Old-style tone placement (`Thanh Hóa` → `Thanh Hoá`), for generating variants to match. */
export function oldTones(s: string): string {
  return s.replace(SYLLABLE_END_NEW, (m, _g, offset: number, whole: string) =>
    (m[1] === 'y' && /q/i.test(whole[offset - 1] ?? '') ? m : NEW_TO_OLD[m] ?? m));
}

/** Removes diacritics: `Đắk Lắk` → `Dak Lak`. `đ` needs an explicit fold: it does not decompose. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

export const hasDiacritics = (s: string) => stripDiacritics(s) !== s;
