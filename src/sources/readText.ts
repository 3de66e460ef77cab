/** Text files: bytes in any of the supported encodings → NFC text, with the encoding and its confidence. */
import { detectEncoding, ENCODING_LABEL } from './encodings/detect';
import { type EncodingGuess, SourceError, type SourceText } from './types';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** The candidates without their texts (an error crosses to the extension from a worker). */
const guesses = (cs: readonly EncodingGuess[]): EncodingGuess[] => cs.map((c) => ({ name: c.name, confidence: c.confidence }));

export function readTextSource(bytes: Uint8Array): SourceText {
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
