/**
 * The source layer: a document's bytes (PDF, Word .docx/.doc, or text in UTF-8/16 or a legacy
 * Vietnamese encoding) → its text, a map from text offsets back to the source (PDF page and position,
 * Word paragraph), and what was lost. No `vscode`, no Node built-ins: it runs in Node and in a browser.
 */
import { readDocx } from './docx/readDocx';
import { readPdf } from './pdf/readPdf';
import { type DocReader, readDoc } from './readDoc';
import { readTextSource } from './readText';
import { repairLegacyFontText } from './legacyFonts';
import type { SourceFormat, SourceText } from './types';

export * from './types';
export type { DocReader } from './readDoc';
export { detectEncoding, decodeAs, ENCODING_LABEL } from './encodings/detect';

/** File extensions (lower case, with the dot) and the format each is read as. */
export const SOURCE_EXTENSIONS: Readonly<Record<string, SourceFormat>> = { '.txt': 'text', '.md': 'text', '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc' };

/** The format a file name says, 'text' for any other name. */
export function formatOf(name: string): SourceFormat {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? SOURCE_EXTENSIONS[name.slice(dot).toLowerCase()] : undefined) ?? 'text';
}

export interface ReadSourceOptions {
  /** The file name (its extension chooses the format). */
  name: string;
  /** Reader for Word 97–2003 .doc files; without one they are refused with a message. */
  docReader?: DocReader;
}

/** A PDF's text, as every build reads it (desktop, CLI, and the browser's dist/web/pdfReader.js). */
export async function readPdfSource(bytes: Uint8Array): Promise<SourceText> {
  return repairLegacyFontText(await readPdf(bytes));
}

/** Reads a document; throws SourceError with a message for the user when it cannot. */
export async function readSource(bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceText> {
  switch (formatOf(options.name)) {
    case 'pdf': return readPdfSource(bytes);
    case 'docx': return repairLegacyFontText(await readDocx(bytes));
    case 'doc': return repairLegacyFontText(await readDoc(bytes, options.docReader));
    case 'text': return readTextSource(bytes);
  }
}
