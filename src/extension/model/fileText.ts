/**
 * A text file's bytes decoded as VS Code decodes them, when that needs no detection: valid UTF-8
 * (a BOM dropped), or UTF-16 with a byte order mark. Anything else (a legacy Vietnamese encoding,
 * UTF-16 without a BOM, bytes that are not text) goes to the source layer, which detects the
 * encoding on the bytes. Pure: the index runs it on the extension host and in the engine's worker.
 */
import { hasUtf16Bom } from './sourceNotices';

/** The text, or undefined when the source layer must read the bytes. */
export function decodePlainText(bytes: Uint8Array): string | undefined {
  if (!bytes.subarray(0, 8000).includes(0)) {
    try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { /* not UTF-8 */ }
  }
  if (hasUtf16Bom(bytes)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  return undefined;
}
