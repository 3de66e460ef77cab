/** Decoding and encoding single-byte code pages given as a table of 256 characters. */
import { TCVN3_ALL, VISCII_ALL, WINDOWS_1252_HIGH, WINDOWS_1258_HIGH } from './codePages';

/** Characters decoded per String.fromCharCode call (well under engines' argument limits). */
const CHUNK = 8192;
const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');

export interface SingleByteCodec {
  readonly table: readonly string[];
  decode(bytes: Uint8Array): string;
  /** Bytes for `text` (which is written as the code page writes it: see windows1258.encode), or the first character it cannot write. */
  encode(text: string): Uint8Array | { unmappable: string };
}

export function singleByte(all: string): SingleByteCodec {
  const table = Array.from(all);
  if (table.length !== 256) throw new Error(`a code page table has ${table.length} characters, not 256`);
  const reverse = new Map<string, number>();
  table.forEach((c, i) => { if (c !== '\ufffd' && !reverse.has(c)) reverse.set(c, i); });
  // Every character one UTF-16 unit (the Vietnamese code pages): decoded a chunk at a time from a table of units.
  const units = table.every((c) => c.length === 1) ? Uint16Array.from(table, (c) => c.charCodeAt(0)) : undefined;
  return {
    table,
    decode(bytes) {
      if (!units) {
        let out = '';
        for (let i = 0; i < bytes.length; i++) out += table[bytes[i]];
        return out;
      }
      const chunk = new Uint16Array(Math.min(bytes.length, CHUNK));
      const parts: string[] = [];
      for (let at = 0; at < bytes.length; at += CHUNK) {
        const n = Math.min(CHUNK, bytes.length - at);
        for (let i = 0; i < n; i++) chunk[i] = units[bytes[at + i]];
        parts.push(String.fromCharCode.apply(null, chunk.subarray(0, n) as unknown as number[]));
      }
      return parts.join('');
    },
    encode(text) {
      const out: number[] = [];
      for (const c of text) {
        const b = reverse.get(c);
        if (b === undefined) return { unmappable: c };
        out.push(b);
      }
      return Uint8Array.from(out);
    },
  };
}

export const WINDOWS_1252 = singleByte(ASCII + WINDOWS_1252_HIGH);
export const WINDOWS_1258 = singleByte(ASCII + WINDOWS_1258_HIGH);
export const VISCII = singleByte(VISCII_ALL);
export const TCVN3 = singleByte(TCVN3_ALL);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const WINDOWS_1258_CHARS = new Set(WINDOWS_1258.table);

/**
 * Text as Windows-1258 writes it: a letter the code page has precomposed stays (á, â, ơ), else the
 * tone mark follows its base as a combining character (ế → ê + U+0301).
 */
export function toWindows1258Form(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (c.charCodeAt(0) < 0x80 || WINDOWS_1258_CHARS.has(c)) { out += c; continue; }
    const d = c.normalize('NFD');
    const tone = d.match(TONE_MARKS)?.[0];
    out += tone ? d.replace(tone, '').normalize('NFC') + tone : c;
  }
  return out;
}
