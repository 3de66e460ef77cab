/**
 * PDF and Word files through the source layer (PDF by unpdf, .docx by its own reader, .doc by
 * word-extractor). A bundle of its own (dist/cliSources.js, scripts/build.mjs), loaded by
 * readSourceFile.ts only when such a file comes: the CLI and its worker threads start without
 * pdf.js, and a run over text files never loads it. Its answer is plain data (no error classes
 * cross from one bundle to the other).
 */
import WordExtractor from 'word-extractor';
import { ENCODING_LABEL, readSource, SourceError } from '../sources';
import type { SourceFileRead } from './readSourceFile';

const docReader = async (bytes: Uint8Array) => (await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).getBody();

/** Reads a .pdf, .docx or .doc file's bytes; `warnings` says what it lost (scanned pages, images) or that legacy fonts were converted. */
export async function readBinarySource(bytes: Uint8Array, name: string): Promise<SourceFileRead> {
  try {
    const source = await readSource(bytes, { name, docReader });
    const font = source.encoding ? [`its text is typed in ${ENCODING_LABEL[source.encoding.name]} fonts; converted to Unicode (confidence ${Math.round(source.encoding.confidence * 100)}%)`] : [];
    return { text: source.text, source, warnings: [...font, ...source.losses.filter((l) => l.kind !== 'header-footer').map((l) => l.message)] };
  } catch (e) {
    if (e instanceof SourceError) return { error: e.message, warnings: [] };
    return { error: `cannot read it (${(e as Error).message})`, warnings: [] };
  }
}
