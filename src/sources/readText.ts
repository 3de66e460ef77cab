/** Text files: bytes in any of the supported encodings → NFC text, with the encoding and its confidence. */
import { decodeAs, detectEncoding, ENCODING_LABEL } from './encodings/detect';
import { scoreVietnamese } from './encodings/syllables';
import { type EncodingGuess, type EncodingName, SourceError, type SourceText } from './types';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** The candidates without their texts (an error crosses to the extension from a worker). */
const guesses = (cs: readonly EncodingGuess[]): EncodingGuess[] => cs.map((c) => ({ name: c.name, confidence: c.confidence }));

/**
 * Reads a text file; `encoding`, when the user named one, is used as it is (no detection; a BOM of
 * that encoding is skipped) and its `confidence` says how Vietnamese the text reads that way.
 */
export function readTextSource(bytes: Uint8Array, encoding?: EncodingName): SourceText {
  if (encoding) return readAs(bytes, encoding);
  if (bytes.subarray(0, 8000).includes(0) && !detectEncoding(bytes.subarray(0, 8000)).best?.name.startsWith('utf-16')) {
    throw new SourceError('binary file (it contains NUL bytes), not text');
  }
  const d = detectEncoding(bytes);
  const top = d.candidates.slice(0, 3).map((c) => `${ENCODING_LABEL[c.name]} ${pct(c.confidence)}`).join(', ');
  if (d.problem === 'ambiguous') {
    throw new SourceError(`cannot tell its encoding: it reads as Vietnamese in more than one (${top}); convert it to UTF-8 yourself (e.g. with \`iconv -f ENCODING -t UTF-8\`) and try again`, guesses(d.candidates), 'ambiguous');
  }
  if (!d.best) {
    throw new SourceError(`not UTF-8, and it does not read as Vietnamese in Windows-1258, TCVN3, VISCII or VNI (best: ${top}); convert it to UTF-8 and try again`, guesses(d.candidates), 'not-vietnamese');
  }
  const text = d.best.text;
  return { format: 'text', text, spans: text.length ? [{ start: 0, end: text.length }] : [], losses: [], encoding: { name: d.best.name, confidence: d.best.confidence } };
}

/** The BOM each encoding may start with (skipped when the user names that encoding). */
const BOMS: Partial<Record<EncodingName, readonly number[]>> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

function readAs(bytes: Uint8Array, name: EncodingName): SourceText {
  if (!name.startsWith('utf-16') && bytes.subarray(0, 8000).includes(0)) {
    throw new SourceError(`binary file (it contains NUL bytes), not text in ${ENCODING_LABEL[name]}`);
  }
  const bom = BOMS[name];
  const body = bom && bom.every((b, i) => bytes[i] === b) ? bytes.subarray(bom.length) : bytes;
  const text = decodeAs(body, name);
  const { good, bad, odd, score } = scoreVietnamese(text);
  // Text without a non-ASCII word reads the same in every encoding: nothing to judge it on.
  const confidence = good + bad + odd === 0 ? 1 : score;
  return { format: 'text', text, spans: text.length ? [{ start: 0, end: text.length }] : [], losses: [], encoding: { name, confidence, given: true } };
}
