/**
 * Reading source files in VS Code for the Web (the browser bundle's ReadSourceFn): Word .docx (a zip
 * read with DecompressionStream) and text, on the extension host's thread. PDF (pdf.js, 1.6 MB) and
 * Word 97–2003 .doc (word-extractor, Node only) are refused with a SourceError that says to use
 * desktop VS Code or the command line.
 */
import { readDocx } from '../../sources/docx/readDocx';
import { repairLegacyFontText } from '../../sources/legacyFonts';
import { readTextSource } from '../../sources/readText';
import { SourceError, type SourceText } from '../../sources/types';
import { t } from '../platform/l10n';

export async function readSourceInBrowser(bytes: Uint8Array, name: string): Promise<SourceText> {
  const ext = /\.[^./]*$/.exec(name)?.[0].toLowerCase() ?? '';
  if (ext === '.docx') return repairLegacyFontText(await readDocx(bytes));
  if (ext === '.pdf') throw new SourceError(t('PDF files are read in desktop VS Code only, not in VS Code for the Web (or convert it with `chitieu convert`)'));
  if (ext === '.doc') throw new SourceError(t('Word 97–2003 .doc files are read in desktop VS Code only, not in VS Code for the Web (or save it as .docx)'));
  return repairLegacyFontText(readTextSource(bytes));
}
