/**
 * Documents typed with legacy Vietnamese fonts (.VnTime for TCVN3, VNI-Times for VNI): a PDF's text
 * layer or a Word file then holds the font's bytes as Windows-1252 letters (`Ph¸t triÓn` for Phát
 * triển). When the text reads far better through one of the legacy encodings, each span is decoded
 * that way and the offset map follows.
 */
import { decodeAs, detectEncoding } from './encodings/detect';
import { scoreVietnamese } from './encodings/syllables';
import { WINDOWS_1252 } from './encodings/singleByte';
import type { SourceSpan, SourceText } from './types';

/** How much better (score 0–1) the decoded text must read than the text as it is. */
const MIN_GAIN = 0.3;

/** The bytes a legacy font put behind `text` (Windows-1252, or Latin-1 for its unassigned bytes), or undefined. */
function fontBytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) { out[i] = c; continue; }
    const b = WINDOWS_1252.encode(text[i]);
    if (!('unmappable' in b)) out[i] = b[0];
    else if (c <= 0xff) out[i] = c;
    else return undefined;
  }
  return out;
}

export function repairLegacyFontText(source: SourceText): SourceText {
  const bytes = fontBytes(source.text);
  if (!bytes || bytes.every((b) => b < 0x80)) return source;
  const d = detectEncoding(bytes);
  const best = d.best;
  if (!best || !['tcvn3', 'vni', 'viscii'].includes(best.name)) return source;
  if (best.confidence < scoreVietnamese(source.text).score + MIN_GAIN) return source;
  let text = '';
  let at = 0;
  const spans: SourceSpan[] = [];
  const decode = (s: string) => decodeAs(fontBytes(s)!, best.name);
  for (const s of source.spans) {
    text += source.text.slice(at, s.start);
    const body = decode(source.text.slice(s.start, s.end));
    spans.push({ ...s, start: text.length, end: text.length + body.length });
    text += body;
    at = s.end;
  }
  text += decode(source.text.slice(at));
  return { ...source, text, spans, encoding: { name: best.name, confidence: best.confidence } };
}
