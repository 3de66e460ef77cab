/**
 * Reading source files in VS Code for the Web (the browser bundle's ReadSourceFn), on the extension
 * host's thread: Word .docx (a zip read with DecompressionStream) and text in this bundle; PDF through
 * pdf.js in a bundle of its own (`dist/web/pdfReader.js`, webPdfReader.ts), loaded the first time a PDF
 * is read. Word 97–2003 .doc (word-extractor, Node only) is refused with a SourceError that says what
 * to do.
 */
import { readDocx } from '../../sources/docx/readDocx';
import { repairLegacyFontText } from '../../sources/legacyFonts';
import { readTextSource } from '../../sources/readText';
import { SourceError } from '../../sources/types';
import { t } from '../platform/l10n';
import type * as PdfReader from './webPdfReader';
import type { ReadSourceFn } from './sourceTexts';

export type WebPdfReader = typeof PdfReader;

/** `loadPdfReader` loads dist/web/pdfReader.js (platform/webBundle.ts); called once, again only after it failed. */
export function webSourceReader(loadPdfReader: () => Promise<WebPdfReader>): ReadSourceFn {
  let pdfReader: Promise<WebPdfReader> | undefined;
  const pdf = () => {
    const p = pdfReader ??= loadPdfReader();
    p.catch(() => { if (pdfReader === p) pdfReader = undefined; });
    return p;
  };
  return async (bytes, name) => {
    const ext = /\.[^./]*$/.exec(name)?.[0].toLowerCase() ?? '';
    if (ext === '.docx') return repairLegacyFontText(await readDocx(bytes));
    if (ext === '.doc') throw new SourceError(t('Word 97–2003 .doc files cannot be read in VS Code for the Web: save it as .docx (Word or LibreOffice: Save As… Word Document), which is read here, or open it in desktop VS Code or convert it with `chitieu convert`'));
    if (ext === '.pdf') {
      let reader: WebPdfReader;
      try {
        reader = await pdf();
      } catch (e) {
        throw new SourceError(t('the PDF reader could not be loaded in this browser ({0}); open the PDF in desktop VS Code or convert it with `chitieu convert`', (e as Error).message));
      }
      try {
        return await reader.readPdfSource(bytes);
      } catch (e) {
        // The reader's bundle has its own SourceError class: its errors are told by name.
        if (e instanceof SourceError) throw e;
        const err = e as Error & Partial<Pick<SourceError, 'candidates' | 'problem'>>;
        throw err.name === 'SourceError' ? new SourceError(err.message, err.candidates, err.problem) : err;
      }
    }
    return repairLegacyFontText(readTextSource(bytes));
  };
}
