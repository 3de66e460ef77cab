/**
 * VNI-Windows: a font encoding on top of Windows-1252. A Vietnamese letter is its base letter (ASCII
 * a e i o u y, or ô/ö standing for ơ/ư) followed by one byte that Windows-1252 shows as a Latin-1
 * letter and the VNI fonts draw as the diacritic(s): `Vieät Nam` is Việt Nam, `ñöôïc` is được.
 * A few letters are one byte (ñ đ, ô ơ, ö ư, and the i's í ì æ ó ò). Lower- and upper-case bytes
 * differ (ù / Ù for the acute); the case of the result is the base letter's.
 * Table from the VNI layout as published with the VNI fonts (VNI-Times et al.).
 */
import { WINDOWS_1252 } from './singleByte';

const CIRCUMFLEX = '\u0302', BREVE = '\u0306';
const ACUTE = '\u0301', GRAVE = '\u0300', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323';

/** Diacritic bytes (lower-case form, upper-case form) → the combining marks they draw. */
const MODIFIERS: ReadonlyArray<readonly [number, number, string]> = [
  [0xe2, 0xc2, CIRCUMFLEX], [0xea, 0xca, BREVE],
  [0xf9, 0xd9, ACUTE], [0xf8, 0xd8, GRAVE], [0xfb, 0xdb, HOOK], [0xf5, 0xd5, TILDE], [0xef, 0xcf, DOT],
  [0xe1, 0xc1, CIRCUMFLEX + ACUTE], [0xe0, 0xc0, CIRCUMFLEX + GRAVE], [0xe5, 0xc5, CIRCUMFLEX + HOOK], [0xe3, 0xc3, CIRCUMFLEX + TILDE], [0xe4, 0xc4, CIRCUMFLEX + DOT],
  [0xe9, 0xc9, BREVE + ACUTE], [0xe8, 0xc8, BREVE + GRAVE], [0xfa, 0xda, BREVE + HOOK], [0xfc, 0xdc, BREVE + TILDE], [0xeb, 0xcb, BREVE + DOT],
];

/** One-byte letters (lower-case byte, upper-case byte, lower-case letter). */
const SINGLES: ReadonlyArray<readonly [number, number, string]> = [
  [0xf1, 0xd1, 'đ'], [0xf4, 0xd4, 'ơ'], [0xf6, 0xd6, 'ư'],
  [0xed, 0xcd, 'í'], [0xec, 0xcc, 'ì'], [0xe6, 0xc6, 'ỉ'], [0xf3, 0xd3, 'ĩ'], [0xf2, 0xd2, 'ị'],
];

const MODIFIER_OF = new Map<number, string>();
for (const [lo, up, marks] of MODIFIERS) { MODIFIER_OF.set(lo, marks); MODIFIER_OF.set(up, marks); }
const SINGLE_OF = new Map<number, string>();
for (const [lo, up, ch] of SINGLES) { SINGLE_OF.set(lo, ch); SINGLE_OF.set(up, ch.toUpperCase()); }

/** Bytes a diacritic can follow: the ASCII vowels and ơ/ư. */
const BASES = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)).concat([0xf4, 0xd4, 0xf6, 0xd6]));

/** Each byte alone, as a code unit: its one-byte letter, else its Windows-1252 character. */
const BYTE_UNIT = Uint16Array.from({ length: 256 }, (_, b) => (SINGLE_OF.get(b) ?? WINDOWS_1252.table[b]).charCodeAt(0));
/**
 * A base byte and the diacritic byte after it (`base * 256 + diacritic`), as one code unit: the
 * letter they compose to; 0 when they are no such pair, or compose to more than one unit (`y` with
 * a breve), which {@link PAIR_TEXT} holds.
 */
const PAIR_UNIT = new Uint16Array(256 * 256);
const PAIR_TEXT = new Map<number, string>();
for (const base of BASES) {
  for (const [marksByte, marks] of MODIFIER_OF) {
    const composed = (String.fromCharCode(BYTE_UNIT[base]) + marks).normalize('NFC');
    if (composed.length === 1) PAIR_UNIT[base * 256 + marksByte] = composed.charCodeAt(0);
    else PAIR_TEXT.set(base * 256 + marksByte, composed);
  }
}
/** Code units decoded per String.fromCharCode call. */
const CHUNK = 8192;

/**
 * Decodes VNI-Windows bytes (NFC). A diacritic byte that follows no vowel is the Windows-1252
 * character. By tables of code units, a chunk at a time: each decoding of a legacy file is judged.
 */
export function decodeVni(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = new Uint16Array(Math.min(CHUNK, bytes.length + 1));
  let n = 0;
  const flush = () => { if (n) { parts.push(String.fromCharCode.apply(null, chunk.subarray(0, n) as unknown as number[])); n = 0; } };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const pair = i + 1 < bytes.length ? b * 256 + bytes[i + 1] : -1;
    const unit = pair >= 0 ? PAIR_UNIT[pair] : 0;
    if (unit !== 0) { chunk[n++] = unit; i++; }
    else if (pair >= 0 && PAIR_TEXT.has(pair)) { flush(); parts.push(PAIR_TEXT.get(pair)!); i++; }
    else chunk[n++] = BYTE_UNIT[b];
    if (n === chunk.length) flush();
  }
  flush();
  // (Each pair is composed already; the whole text is normalised as before, a quick check on text already NFC.)
  return parts.join('').normalize('NFC');
}

/** Each Vietnamese letter → its VNI bytes, built by decoding every base + diacritic pair. */
const ENCODE = ((): Map<string, number[]> => {
  const m = new Map<string, number[]>();
  for (const [b, ch] of SINGLE_OF) if (!m.has(ch)) m.set(ch, [b]);
  for (const base of BASES) {
    const upper = /\p{Lu}/u.test(decodeVni(Uint8Array.of(base)));
    for (const [lo, up] of MODIFIERS) {
      const bytes = [base, upper ? up : lo];
      const ch = decodeVni(Uint8Array.from(bytes));
      if ([...ch].length === 1 && !m.has(ch)) m.set(ch, bytes);
    }
  }
  return m;
})();

/** VNI-Windows bytes for `text`, or the first character VNI cannot write. */
export function encodeVni(text: string): Uint8Array | { unmappable: string } {
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const code = c.charCodeAt(0);
    if (code < 0x80) { out.push(code); continue; }
    const bytes = ENCODE.get(c);
    if (bytes) { out.push(...bytes); continue; }
    const cp = WINDOWS_1252.encode(c);
    if ('unmappable' in cp || MODIFIER_OF.has(cp[0]) || SINGLE_OF.has(cp[0])) return { unmappable: c };
    out.push(cp[0]);
  }
  return Uint8Array.from(out);
}
