/**
 * Word 97–2003 `.doc` → text. The binary format is read by a reader handed in (the CLI passes
 * word-extractor, which needs Node); its text has a paragraph per line and table cells ending in tabs.
 */
import { SourceError, type SourceText } from './types';

/** Reads a .doc's body text (paragraphs separated by \n, table cells by \t). */
export type DocReader = (bytes: Uint8Array) => Promise<string>;

export async function readDoc(bytes: Uint8Array, reader: DocReader | undefined): Promise<SourceText> {
  if (!reader) throw new SourceError('Word 97–2003 .doc files are read only by the command line here; convert it to .docx or use `chitieu convert`');
  let body: string;
  try { body = await reader(bytes); } catch (e) {
    throw new SourceError(`not a readable Word .doc file (${(e as Error).message}); open it in Word or LibreOffice and save it as .docx`);
  }
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\t+$/u, '').normalize('NFC'));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  let text = '';
  const spans: SourceText['spans'] = [];
  lines.forEach((l, i) => {
    if (i > 0) text += '\n';
    if (l.length) spans.push({ start: text.length, end: text.length + l.length, paragraph: i });
    text += l;
  });
  return { format: 'doc', text, spans, losses: [] };
}
