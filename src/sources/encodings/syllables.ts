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

/** How a decoding scores: its words with non-ASCII letters that are syllables, those that are not, odd characters. */
export interface VietnameseScore { good: number; bad: number; odd: number; score: number }

/**
 * For each code unit (a surrogate aside): bit 1, it is a letter or mark (`[\p{L}\p{M}]`, what words
 * are made of); bit 2, a character a right decoding rarely gives (besides letters, digits, ASCII and
 * usual punctuation: controls, U+00A1–U+00BF, ×, ÷, U+FFFD). Made on first use (65,536 tests).
 */
let unitKinds: Uint8Array | undefined;
const WORD_BIT = 1, ODD_BIT = 2;
function kinds(): Uint8Array {
  if (unitKinds) return unitKinds;
  const k = new Uint8Array(0x10000);
  const word = /^[\p{L}\p{M}]$/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (word.test(String.fromCharCode(c))) k[c] |= WORD_BIT;
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) || (c >= 0xa1 && c <= 0xbf) || c === 0xd7 || c === 0xf7 || c === 0xfffd) k[c] |= ODD_BIT;
  }
  return (unitKinds = k);
}
/** A letter or mark outside the Basic Multilingual Plane (a surrogate pair). */
const ASTRAL_WORD = /^[\p{L}\p{M}]$/u;

/**
 * Whether a word is a syllable, for words seen before in any text (words repeat across the
 * documents of a corpus, and each decoding of each is scored): bounded.
 */
const SYLLABLES = new Map<string, boolean>();
const MAX_SYLLABLES = 1 << 16;

function isSyllableKnown(w: string): boolean {
  let ok = SYLLABLES.get(w);
  if (ok === undefined) {
    if (SYLLABLES.size >= MAX_SYLLABLES) SYLLABLES.clear();
    ok = isVietnameseSyllable(w);
    SYLLABLES.set(w, ok);
  }
  return ok;
}

/**
 * Its words (runs of letters and marks) with a character that is not printable ASCII: how many are
 * syllables and how many not; and its odd characters. One pass over the code units, by a table:
 * scoring each decoding of a legacy-encoded file cost four times the engine's reading of it.
 */
export function scoreVietnamese(text: string): VietnameseScore {
  const k = kinds();
  let good = 0, bad = 0, odd = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    const bits = k[text.charCodeAt(i)];
    if (!(bits & WORD_BIT) && !astralWordAt(text, i)) { odd += bits >> 1; i++; continue; }
    // A word: a run of letters and marks (ª, µ and º are letters, and odd too).
    const start = i;
    let nonAscii = false;
    while (i < n) {
      const c = text.charCodeAt(i), b = k[c];
      if (b & WORD_BIT) { odd += b >> 1; if (c > 0x7e) nonAscii = true; i++; }
      else if (astralWordAt(text, i)) { nonAscii = true; i += 2; }
      else break;
    }
    if (!nonAscii) continue; // ASCII words read the same in every encoding
    if (isSyllableKnown(text.slice(start, i))) good++; else bad++;
  }
  return { good, bad, odd, score: good / (good + bad + odd + 0.5) };
}

/** Whether a surrogate pair that is a letter or mark starts at `i`. */
function astralWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && ASTRAL_WORD.test(text.slice(i, i + 2));
}
