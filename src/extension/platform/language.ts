/**
 * Is a text Vietnamese? Decided cheaply from a sample: the share of letters that only Vietnamese
 * uses (ă â đ ê ô ơ ư and the tone-marked vowels) among all letters, or, for text written without
 * diacritics, frequent Vietnamese syllables.
 */
const SAMPLE = 6000;
const ASCII_SYLLABLES = /(?<![a-z])(?:cua|va|cac|nhung|duoc|trong|tinh|nam|phat trien|dau tu|kinh te|muc tieu|ke hoach|doanh nghiep)(?![a-z])/giu;

export function isVietnamese(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // One pass over character codes (the index runs this on every file it reads): letters, words, and letters only Vietnamese uses.
  let letters = 0, viet = 0, words = 0, inWord = false;
  // Past this many Vietnamese letters the share below is over 3% whatever follows (there are at most
  // as many letters as code units): a Vietnamese text is told from its first lines.
  const surely = 0.03 * sample.length;
  for (let i = 0; i < sample.length; i++) {
    let code = sample.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length) { code = sample.codePointAt(i)!; i++; }
    const kind = code < 0x10000 ? (CODE_KINDS[code] || codeKindOf(code)) : codeKindOf(code);
    const letter = kind !== OTHER;
    if (letter) {
      letters++;
      if (kind === VIETNAMESE_LETTER && ++viet > surely && viet >= 20) return true;
      if (!inWord) words++;
    }
    inWord = letter;
  }
  if (letters < 20) return false;
  if (viet / letters > 0.03) return true;
  return (sample.match(ASCII_SYLLABLES)?.length ?? 0) / Math.max(1, words) > 0.08;
}

const VIETNAMESE_LOWER = 'ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const VIETNAMESE_CODES = new Set([...VIETNAMESE_LOWER, ...VIETNAMESE_LOWER.toUpperCase()].map((c) => c.codePointAt(0)!));

/** What a code point is to {@link isVietnamese}: no letter, a letter, a letter only Vietnamese uses. */
const OTHER = 1, LETTER = 2, VIETNAMESE_LETTER = 3;
/**
 * Each code unit's kind below U+10000, 0 until first met: a table read per character (the index runs
 * this on every file it reads; a Map per letter took a quarter of a 5 KB file's read and decode).
 */
const CODE_KINDS = new Uint8Array(0x10000);

function codeKindOf(code: number): number {
  const kind = code < 0x80 ? ((code | 32) >= 97 && (code | 32) <= 122 ? LETTER : OTHER)
    : !/\p{L}/u.test(String.fromCodePoint(code)) ? OTHER : VIETNAMESE_CODES.has(code) ? VIETNAMESE_LETTER : LETTER;
  if (code < 0x10000) CODE_KINDS[code] = kind;
  return kind;
}

/** The `chitieu.enable` setting. */
export type Enable = 'auto' | 'always' | 'never';

/** Whether chitieu analyses a text, by the `chitieu.enable` setting: the one place that rule is applied. */
export function shouldAnalyse(enable: Enable, text: string, declaredVietnamese = false): boolean {
  if (enable === 'never') return false;
  return enable === 'always' || declaredVietnamese || isVietnamese(text);
}
