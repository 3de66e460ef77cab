/**
 * Is a text Vietnamese? Decided cheaply from a sample: the share of letters that only Vietnamese
 * uses (ă â đ ê ô ơ ư and the tone-marked vowels) among all letters, or, for text written without
 * diacritics, frequent Vietnamese syllables.
 */
const SAMPLE = 6000;
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const ASCII_SYLLABLES = /(?<![a-z])(?:cua|va|cac|nhung|duoc|trong|tinh|nam|phat trien|dau tu|kinh te|muc tieu|ke hoach|doanh nghiep)(?![a-z])/giu;

export function isVietnamese(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return false;
  const viet = sample.match(VIETNAMESE_LETTER)?.length ?? 0;
  if (viet / letters > 0.03) return true;
  const words = sample.match(/\p{L}+/gu)?.length ?? 1;
  return (sample.match(ASCII_SYLLABLES)?.length ?? 0) / words > 0.08;
}

/** Whether chitieu analyses a text, by the `chitieu.enable` setting: the one place that rule is applied. */
export function shouldAnalyse(enable: 'auto' | 'always' | 'never', text: string, declaredVietnamese = false): boolean {
  if (enable === 'never') return false;
  return enable === 'always' || declaredVietnamese || isVietnamese(text);
}
