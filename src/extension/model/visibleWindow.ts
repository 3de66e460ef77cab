/**
 * The part of a large document its editors show, read ahead of the whole (see DocumentModel), and a
 * document read in parts (`documentAccess`: the paragraphs an edit touched, without its whole text).
 */
import * as vscode from 'vscode';
import { PARAGRAPH_REACH, type TextAccess } from './editedParagraphs';

/** Lines around the visible ranges analysed first. */
const PROVISIONAL_MARGIN_LINES = 100;

/** Lines an editor shows when it opens a document at its top (a tall window; the margin adds more). */
const FIRST_SCREEN_LINES = 80;

/**
 * The part of a document its editors show, ± a margin of lines, widened to the blank lines around
 * it (whole paragraphs, so sentences are read whole), as offsets into `text` (the document's text
 * now); undefined when no editor shows it.
 */
export function visibleWindow(doc: vscode.TextDocument, text: string): [number, number] | undefined {
  let first = Infinity, last = -1;
  for (const e of vscode.window.visibleTextEditors) {
    if (e.document !== doc) continue;
    for (const r of e.visibleRanges) { first = Math.min(first, r.start.line); last = Math.max(last, r.end.line); }
  }
  return last < 0 ? undefined : linesWindow(doc, text, first, last);
}

/** What an editor opening the document at its top shows, with the same margin: read before any editor shows it. */
export function headWindow(doc: vscode.TextDocument, text: string): [number, number] | undefined {
  return linesWindow(doc, text, 0, Math.min(doc.lineCount - 1, FIRST_SCREEN_LINES));
}

/** Whether a window read covers another (the part an editor shows now). */
export function covers(read: readonly [number, number] | undefined, shown: readonly [number, number]): boolean {
  return !!read && read[0] <= shown[0] && shown[1] <= read[1];
}

function linesWindow(doc: vscode.TextDocument, text: string, first: number, last: number): [number, number] | undefined {
  let start = doc.offsetAt(new vscode.Position(Math.max(0, first - PROVISIONAL_MARGIN_LINES), 0));
  let end = doc.offsetAt(new vscode.Position(Math.min(doc.lineCount - 1, last + PROVISIONAL_MARGIN_LINES + 1), 0));
  if (last + PROVISIONAL_MARGIN_LINES + 1 >= doc.lineCount) end = text.length;
  const before = text.lastIndexOf('\n\n', start);
  if (start > 0 && before >= 0 && start - before <= PARAGRAPH_REACH) start = before + 2;
  const after = text.indexOf('\n\n', end);
  if (end < text.length && after >= 0 && after - end <= PARAGRAPH_REACH) end = after;
  return end > start ? [start, end] : undefined;
}

/**
 * A document's text as `TextAccess`: line edges from the document's own lines and parts copied out as
 * asked, so the paragraphs an edit touched are read without copying the whole text (`getText()` of
 * 1 MB takes about 10 ms). Offsets as `TextDocument.offsetAt` gives them; a line ends at its `\n`
 * (after the `\r` of a CRLF), as in the string.
 */
export function documentAccess(doc: vscode.TextDocument): TextAccess {
  const last = doc.lineCount - 1;
  return {
    length: doc.offsetAt(doc.lineAt(last).range.end),
    lineStart: (at) => doc.offsetAt(new vscode.Position(doc.positionAt(at).line, 0)),
    lineEnd: (at) => {
      const line = doc.positionAt(at).line;
      return line === last ? doc.offsetAt(doc.lineAt(last).range.end) : doc.offsetAt(doc.lineAt(line).rangeIncludingLineBreak.end) - 1;
    },
    slice: (from, to) => {
      // An offset between the \r and the \n of a CRLF has no position of its own: VS Code gives the one before the \r.
      const a = doc.positionAt(from), b = doc.positionAt(to);
      const part = doc.getText(new vscode.Range(a, b)).slice(from - doc.offsetAt(a));
      return to > doc.offsetAt(b) ? part + '\r' : part;
    },
  };
}
