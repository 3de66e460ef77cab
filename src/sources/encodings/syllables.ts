/**
 * Whether a word is a well-formed Vietnamese syllable: onset + vowel cluster + final consonant, at
 * most one tone mark. Used to judge how Vietnamese a decoding looks; the parts are data.
 */

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
/** Vowel clusters, glides and final semivowels included (`oai`, `ươu`, `uyê`). */
const NUCLEI = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo', 'ôô',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê', 'uă', 'ue',
  'iêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu', 'yêu', 'uai', 'uao', 'uau', 'uay', 'ueo',
]);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const VOWELS = new Set([...'aăâeêioôơuưy']);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** The word's letters without tone marks (NFC, lower case), or undefined when it has more than one tone. */
export function untoned(word: string): string | undefined {
  const lower = word.toLowerCase();
  // Fast path, the same result: each character on its own (none is a combining mark, so none composes with its neighbour).
  let out = '', tones = 0;
  for (const c of lower) {
    const p = letterOf(c);
    if (!p) return untonedSlow(lower);
    out += p.base;
    tones += p.tones;
  }
  return tones > 1 ? undefined : out;
}

/** A character's letter without its tone marks and how many it had; undefined for a combining mark or a Hangul jamo (they compose with a neighbour: the slow path decides). */
function letterOf(c: string): { base: string; tones: number } | undefined {
  return LETTERS.get(c) ?? (/[\p{M}\u1100-\u11ff]/u.test(c) ? undefined : split(c));
}

function split(c: string): { base: string; tones: number } {
  const d = c.normalize('NFD');
  return { base: d.replace(TONES, '').normalize('NFC'), tones: d.match(TONES)?.length ?? 0 };
}

/** The lower-case Vietnamese letters, each with and without every tone, split once (constant data). */
const LETTERS: ReadonlyMap<string, { base: string; tones: number }> = new Map(
  [...'abcdđefghijklmnopqrstuvwxyz', ...[...VOWELS].flatMap((v) => ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((t) => (v + t).normalize('NFC')))]
    .map((c) => [c, split(c)]),
);

function untonedSlow(lower: string): string | undefined {
  const d = lower.normalize('NFD');
  const tones = d.match(TONES);
  if (tones && tones.length > 1) return undefined;
  return d.replace(TONES, '').normalize('NFC');
}

function fits(rest: string): boolean {
  let i = 0;
  while (i < rest.length && VOWELS.has(rest[i])) i++;
  return i > 0 && NUCLEI.has(rest.slice(0, i)) && CODAS.has(rest.slice(i));
}

export function isVietnameseSyllable(word: string): boolean {
  const w = untoned(word);
  if (w === undefined || w.length === 0 || w.length > 7) return false;
  for (const onset of ONSETS) {
    if (!w.startsWith(onset)) continue;
    const rest = w.slice(onset.length);
    if (fits(rest)) return true;
    // `gi` and `qu` also read as g + i…, q + u… (gì, gìn).
    if (onset === 'gi' && fits(w.slice(1))) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\x20-\x7e]/u; // words are letters: any non-printable-ASCII one is non-ASCII
/** Characters (besides letters, digits, ASCII and usual punctuation) that a right decoding rarely gives. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a wrong decoding gives
const ODD = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00a1-\u00bf\u00d7\u00f7\ufffd]/gu;

/** How a decoding scores: its words with non-ASCII letters that are syllables, those that are not, odd characters. */
export interface VietnameseScore { good: number; bad: number; odd: number; score: number }

export function scoreVietnamese(text: string): VietnameseScore {
  let good = 0, bad = 0;
  const seen = new Map<string, boolean>(); // words repeat: each is judged once
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!NON_ASCII.test(w)) continue; // ASCII words read the same in every encoding
    let ok = seen.get(w);
    if (ok === undefined) { ok = isVietnameseSyllable(w); seen.set(w, ok); }
    if (ok) good++; else bad++;
  }
  const odd = text.match(ODD)?.length ?? 0;
  return { good, bad, odd, score: good / (good + bad + odd + 0.5) };
}
