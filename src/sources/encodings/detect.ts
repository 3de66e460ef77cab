/**
 * Which encoding a text file is in: a BOM decides; otherwise each candidate decoding is scored by how
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

/** UTF-16 without a BOM: NULs in every other byte of mostly ASCII text; which half says the byte order. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 8) return undefined;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) { if (bytes[i] === 0) even++; if (bytes[i + 1] === 0) odd++; }
  if (Math.max(even, odd) <= n / 8 || Math.min(even, odd) >= n / 100) return undefined;
  return odd > even ? 'utf-16le' : 'utf-16be';
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
  const order = utf16Order(bytes);
  if (order) {
    const text = decodeAs(bytes, order);
    const c = { name: order, confidence: scoreVietnamese(text).score, text };
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
