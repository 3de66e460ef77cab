/** .docx bytes → text: word/document.xml read out of the zip and walked (documentText). */
import { SourceError, type SourceText } from '../types';
import { readZipEntry } from './zip';
import { documentText } from './documentXml';

export async function readDocx(bytes: Uint8Array): Promise<SourceText> {
  const xml = await readZipEntry(bytes, 'word/document.xml');
  if (!xml) throw new SourceError('not a Word .docx file (no word/document.xml inside); if it is another Office file, save it as .docx');
  const body = documentText(new TextDecoder('utf-8').decode(xml));
  const losses = body.images ? [{ kind: 'image' as const, count: body.images, message: `${body.images} image(s) in the document: any text in them is not read` }] : [];
  return { format: 'docx', text: body.text, spans: body.spans, losses };
}
