/**
 * WordprocessingML body → text: each paragraph a line, each table row a line with its cells joined
 * by tabs (a cell's own paragraphs by spaces), tabs and breaks inside runs kept, deleted text (tracked
 * changes) left out. A single pass over the tags; no DOM, so it runs anywhere.
 */
import type { SourceSpan } from '../types';

const TAG = /<[?!][^>]*>|<(\/?)([A-Za-z0-9_:]+)([^>]*?)(\/?)>|([^<]+)/gy;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e]);

export interface BodyText { text: string; spans: SourceSpan[]; paragraphs: number; images: number }

export function documentText(xml: string): BodyText {
  const lines: string[] = [];
  let paragraph = '', cells: string[] = [], cellParas: string[] = [];
  let tableDepth = 0, inText = false, deleted = 0, images = 0;
  const endParagraph = () => {
    if (tableDepth > 0) cellParas.push(paragraph.trim());
    else lines.push(paragraph);
    paragraph = '';
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    if (m[5] !== undefined) { if (inText && !deleted) paragraph += unescape(m[5]); continue; }
    if (m[2] === undefined) continue; // <?xml …?>, <!-- … -->
    const closing = m[1] === '/', selfClosing = m[4] === '/', name = m[2];
    switch (name) {
      case 'w:t': inText = !closing && !selfClosing; break;
      case 'w:tab': if (!closing && !deleted && tableDepth === 0) paragraph += '\t'; else if (!closing) paragraph += ' '; break;
      case 'w:br': case 'w:cr': if (!closing) paragraph += ' '; break;
      case 'w:del': if (!selfClosing) deleted += closing ? -1 : 1; break;
      case 'w:p': if (closing || selfClosing) endParagraph(); break;
      case 'w:tbl': tableDepth += closing ? -1 : selfClosing ? 0 : 1; break;
      case 'w:tc': if (closing) { cells.push(cellParas.filter(Boolean).join(' ').replace(/\t/g, ' ')); cellParas = []; } break;
      case 'w:tr': if (closing && tableDepth === 1) { lines.push(cells.join('\t')); cells = []; } break;
      case 'w:drawing': case 'w:pict': if (!closing) images++; break;
    }
  }
  let text = '';
  const spans: SourceSpan[] = [];
  lines.forEach((l, i) => {
    if (i > 0) text += '\n';
    const body = l.normalize('NFC');
    if (body.length) spans.push({ start: text.length, end: text.length + body.length, paragraph: i });
    text += body;
  });
  return { text, spans, paragraphs: lines.length, images };
}
