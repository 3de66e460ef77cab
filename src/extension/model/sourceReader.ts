/**
 * The source layer's worker thread, a bundle of its own (`dist/sourceReader.js`, scripts/build.mjs):
 * bytes and a file name in, the converted text (SourceText, plain data) out, or the error's name and
 * message. pdf.js (unpdf) and word-extractor are large, so this is started the first time the
 * extension reads a PDF or Word file (sourceReaderClient.ts), never at activation, and it keeps the
 * conversion off the extension host's thread. It also has to be a worker: pdf.js polyfills
 * `globalThis.navigator`, which VS Code's extension host makes a getter with no setter. Word 97–2003
 * `.doc` files are read with word-extractor, which needs Node. No `vscode` here.
 */
import { parentPort } from 'worker_threads';
import WordExtractor from 'word-extractor';
import { type EncodingGuess, readSource as read, SourceError, type SourceText } from '../../sources';

export interface SourceRequest { id: number; bytes: Uint8Array; name: string }
export type SourceReply = { id: number; text: SourceText } | { id: number; error: { name: string; message: string; candidates?: readonly EncodingGuess[]; problem?: string } };

const docReader = async (bytes: Uint8Array) => (await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).getBody();

export function readSource(bytes: Uint8Array, name: string): Promise<SourceText> {
  return read(bytes, { name, docReader });
}

parentPort?.on('message', (m: SourceRequest) => {
  readSource(m.bytes, m.name).then(
    (text) => parentPort?.postMessage({ id: m.id, text } satisfies SourceReply),
    (e: Error) => parentPort?.postMessage({ id: m.id, error: { name: e.name, message: e.message, ...(e instanceof SourceError ? { candidates: e.candidates, problem: e.problem } : {}) } } satisfies SourceReply),
  );
});
