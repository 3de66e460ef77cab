/**
 * Which encoding a text file is in: a BOM decides; then UTF-16 without one, told by where its NUL
 * bytes are (`detectUtf16`); otherwise each candidate decoding is scored by how
 * Vietnamese it reads (well-formed syllables among its non-ASCII words, few odd characters) and the
 * best wins, unless another reads about as well and differently: then the caller says which ones.
 */
import type { EncodingGuess, EncodingName } from '../types';
import { TCVN3, VISCII, WINDOWS_1258 } from './singleByte';
import { decodeVni } from './vni';
import { scoreVietnamese } from './syllables';

export const LEGACY_ENCODINGS = ['windows-1258', 'tcvn3', 'viscii', 'vni'] as const;

export const ENCODING_LABEL: Record<EncodingName, string> = {
  'ascii': 'ASCII', 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE',
  'windows-1258': 'Windows-1258', 'tcvn3': 'TCVN3 (TCVN 5712, ABC)', 'viscii': 'VISCII', 'vni': 'VNI-Windows',
};

/** The encodings a user may name (`--encoding`, *Reopen with Encoding…*), in the order offered. */
export const GIVEN_ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'viscii', 'vni'];

/** Other names users write for them (upper or lower case; `-` and `_` alike). */
const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  'utf8': 'utf-8', 'utf16le': 'utf-16le', 'utf16be': 'utf-16be', 'cp1258': 'windows-1258', 'windows1258': 'windows-1258',
  'tcvn': 'tcvn3', 'tcvn5712': 'tcvn3', 'abc': 'tcvn3', 'vni-windows': 'vni', 'vniwindows': 'vni',
};

/** The encoding a user's name stands for (`TCVN3`, `cp1258`, `utf8` ...), or undefined. */
export function encodingNamed(name: string): EncodingName | undefined {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if ((GIVEN_ENCODINGS as readonly string[]).includes(n)) return n as EncodingName;
  return ENCODING_ALIASES[n] ?? ENCODING_ALIASES[n.replace(/-/g, '')];
}

/** Decodes bytes in a named encoding (NFC). UTF-8/16 decode leniently here (U+FFFD for bad bytes). */
export function decodeAs(bytes: Uint8Array, name: EncodingName): string {
  switch (name) {
    case 'ascii': case 'utf-8': return new TextDecoder('utf-8').decode(bytes).normalize('NFC');
    case 'utf-16le': case 'utf-16be': return new TextDecoder(name).decode(bytes).normalize('NFC');
    case 'windows-1258': return WINDOWS_1258.decode(bytes).normalize('NFC');
    case 'tcvn3': return TCVN3.decode(bytes).normalize('NFC');
    case 'viscii': return VISCII.decode(bytes).normalize('NFC');
    case 'vni': return decodeVni(bytes);
  }
}

export interface Detection {
  /** The chosen decoding, or undefined when none reads as Vietnamese or two read alike. */
  best?: EncodingGuess & { text: string };
  /** Every candidate, best first. */
  candidates: Array<EncodingGuess & { text: string }>;
  /** Why nothing was chosen. */
  problem?: 'not-vietnamese' | 'ambiguous';
}

/** Margin under the best score within which a different decoding counts as just as likely. */
const AMBIGUITY_MARGIN = 0.05;
/** How much of a file the candidates are judged on. */
const SAMPLE_BYTES = 64 * 1024;
/** How much they are judged on first: enough when one reads clearly better (CLEAR_*). */
const FIRST_SAMPLE_BYTES = 16 * 1024;
const CLEAR_CONFIDENCE = 0.9;
const CLEAR_MARGIN = 0.3;
/** Below this, no decoding reads as Vietnamese. */
const MIN_CONFIDENCE = 0.5;

function bomOf(bytes: Uint8Array): { name: EncodingName; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', skip: 2 };
  return undefined;
}

/** How much of a file UTF-16 without a BOM is looked for in. */
const UTF16_SAMPLE_BYTES = 8000;
/** Below this, a file with NUL bytes is not taken as UTF-16 (it is binary, or UTF-16 of mixed byte orders). */
const UTF16_MIN_CONFIDENCE = 0.5;

/**
 * Whether a UTF-16 code unit is one a Vietnamese text holds: tab, line breaks and printable Latin
 * (high byte 0x00: ASCII and Latin-1's à á â ã è é ê ì í ò ó ô õ ù ú ý; 0x01: ă đ ĩ ũ ơ ư; Latin
 * Extended-B up to U+024F), combining marks (0x03, decomposed text), the Latin Extended Additional
 * block of ạ ả ấ ... ỹ (0x1E), and the punctuation Vietnamese documents use (– — ‘ ’ “ ” … ‰, ₫ €).
 */
function vietnameseUnit(u: number): boolean {
  if (u < 0x20) return u === 0x09 || u === 0x0a || u === 0x0c || u === 0x0d;
  if (u < 0x7f) return true;
  if (u < 0xa0) return false; // DEL and the C1 controls
  return u < 0x250 || (u >= 0x300 && u < 0x370) || (u >= 0x1e00 && u < 0x1f00)
    || (u >= 0x2010 && u <= 0x203a) || u === 0x20ab || u === 0x20ac;
}

/**
 * UTF-16 without a BOM, from the pattern of its zero bytes and high bytes. Read in the right byte
 * order, a Vietnamese (or any Latin-script) text is code units whose high byte is 0x00 (ASCII, spaces,
 * most vowels), 0x01 (ă đ ơ ư), 0x03 (combining marks) or 0x1E (ạ ... ỹ): `vietnameseUnit`. Read in
 * the wrong order, the same bytes make CJK ideographs, surrogates and private-use characters, and a
 * zero high byte only where the right order has a zero low byte (U+0100, U+0300, U+1E00: rare).
 * Counted on the first 8000 bytes, for each order: `fit`, the share of units that are Vietnamese text,
 * and `zeros`, the share with a zero high byte. The confidence of an order is its fit times how much
 * of its zero high bytes the other order does not have: 1 for a clean text, near 0 when both orders
 * look alike (a run of small integers, two byte orders mixed). Only looked for when the sample holds
 * a NUL byte: a text in UTF-8 or a single-byte encoding has none.
 */
export function detectUtf16(bytes: Uint8Array): EncodingGuess & { name: 'utf-16le' | 'utf-16be' } | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (n < 8 || !bytes.subarray(0, n).includes(0)) return undefined;
  let fitLe = 0, fitBe = 0, zeroLe = 0, zeroBe = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i], b = bytes[i + 1];
    if (vietnameseUnit(a | (b << 8))) fitLe++;
    if (vietnameseUnit((a << 8) | b)) fitBe++;
    if (b === 0) zeroLe++;
    if (a === 0) zeroBe++;
  }
  const confidence = (fit: number, zeros: number, otherZeros: number) => (zeros === 0 ? 0 : (fit / (n / 2)) * Math.max(0, zeros - otherZeros) / zeros);
  const le = confidence(fitLe, zeroLe, zeroBe), be = confidence(fitBe, zeroBe, zeroLe);
  return le >= be ? { name: 'utf-16le', confidence: le } : { name: 'utf-16be', confidence: be };
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return undefined; }
}

/** Every candidate decoding of the first `size` bytes, scored, best first (valid UTF-8 keeps its whole text). */
function judge(bytes: Uint8Array, size: number, utf8: { raw: string; nfc: string } | undefined): Array<EncodingGuess & { text: string }> {
  const sample = bytes.subarray(0, size);
  const candidates: Array<EncodingGuess & { text: string }> = [];
  // Valid UTF-8 with non-ASCII letters almost never happens by chance in a legacy encoding.
  if (utf8 !== undefined) candidates.push({ name: 'utf-8', confidence: Math.min(1, scoreVietnamese(utf8.raw.slice(0, size)).score + 0.5), text: utf8.nfc });
  for (const name of LEGACY_ENCODINGS) {
    const text = decodeAs(sample, name);
    candidates.push({ name, confidence: scoreVietnamese(text).score, text });
  }
  return candidates.sort((a, b) => b.confidence - a.confidence);
}

/** Whether the best candidate reads clearly better than the next: no need to judge on more. */
function clearWinner([first, second]: ReadonlyArray<EncodingGuess>): boolean {
  return first.confidence >= CLEAR_CONFIDENCE && (!second || second.confidence <= first.confidence - CLEAR_MARGIN);
}

export function detectEncoding(bytes: Uint8Array): Detection {
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.skip), bom.name);
    const c = { name: bom.name, confidence: 1, text };
    return { best: c, candidates: [c] };
  }
  const utf16 = detectUtf16(bytes);
  if (utf16 && utf16.confidence >= UTF16_MIN_CONFIDENCE) {
    const c = { ...utf16, text: decodeAs(bytes, utf16.name) };
    return { best: c, candidates: [c] };
  }
  if (bytes.every((b) => b < 0x80)) {
    const c = { name: 'ascii' as const, confidence: 1, text: decodeAs(bytes, 'ascii') };
    return { best: c, candidates: [c] };
  }
  // Candidates are judged on a sample (the start of the file): a short one first, which settles most
  // files; the full sample when it leaves a doubt. Only the winner then decodes all of the file.
  const raw = validUtf8(bytes);
  const utf8 = raw === undefined ? undefined : { raw, nfc: raw.normalize('NFC') };
  let size = Math.min(bytes.length, FIRST_SAMPLE_BYTES);
  let candidates = judge(bytes, size, utf8);
  if (bytes.length > size && !clearWinner(candidates)) candidates = judge(bytes, size = Math.min(bytes.length, SAMPLE_BYTES), utf8);
  const [first, second] = candidates;
  if (first.confidence < MIN_CONFIDENCE) return { candidates, problem: 'not-vietnamese' };
  if (second && second.confidence >= first.confidence - AMBIGUITY_MARGIN && second.text.slice(0, 1000) !== first.text.slice(0, 1000)) return { candidates, problem: 'ambiguous' };
  const text = first.name === 'utf-8' || bytes.length <= size ? first.text : decodeAs(bytes, first.name);
  return { best: { ...first, text }, candidates };
}
