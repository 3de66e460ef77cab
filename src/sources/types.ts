/**
 * What the source layer hands back for any document: the text, where each stretch of it came from,
 * and what could not be read. Pure data, the same in Node and in a browser.
 */

/** Where a stretch [start, end) of the text came from. */
export interface SourceSpan {
  start: number;
  end: number;
  /** PDF: 1-based page number; x, y: the run's origin in PDF user space (points from the bottom left). */
  page?: number;
  x?: number;
  y?: number;
  /** Word: 0-based index of the paragraph (a table row counts as one) in the document body. */
  paragraph?: number;
}

export type LossKind = 'scanned-page' | 'image' | 'header-footer' | 'unreadable' | 'ambiguous-encoding';

/** Something in the source that is not in the text, said so a user understands it. */
export interface Loss {
  kind: LossKind;
  message: string;
  page?: number;
  count?: number;
}

export type SourceFormat = 'text' | 'pdf' | 'docx' | 'doc';

export interface EncodingGuess {
  /** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'viscii', 'vni' (or 'ascii' for pure ASCII). */
  name: EncodingName;
  /** 0–1: how Vietnamese the text decoded this way looks, relative to the other candidates. */
  confidence: number;
  /** The encoding was named by the user (`--encoding`, *Reopen with Encoding…*), not detected; `confidence` is then how Vietnamese the text reads that way. */
  given?: true;
}

export type EncodingName = 'ascii' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'viscii' | 'vni';

export interface SourceText {
  format: SourceFormat;
  /** The text, NFC-normalised, lines separated by \n; a table row is one line with cells separated by \t. */
  text: string;
  /** Spans in text order, not overlapping; text between spans (added line breaks) has no source. */
  spans: SourceSpan[];
  losses: Loss[];
  /** Text files: the encoding it was read as. */
  encoding?: EncodingGuess;
  /** PDF: number of pages. */
  pages?: number;
}

/** A source that could not be read at all, with a message for the user (what happened, what to do). */
export class SourceError extends Error {
  /** Text files: the encodings tried, best first; `problem` says why none was taken. */
  constructor(message: string, readonly candidates?: readonly EncodingGuess[], readonly problem?: 'ambiguous' | 'not-vietnamese') {
    super(message);
    this.name = 'SourceError';
  }
}

/** The span holding text offset `offset` (binary search), or undefined. */
export function spanAt(spans: readonly SourceSpan[], offset: number): SourceSpan | undefined {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  // Between spans (an added line break): the span just before it.
  return hi >= 0 ? spans[hi] : spans[0];
}

/** Where an item of the text came from, as exports and `chitieu extract` write it: the PDF page (and position) or the Word paragraph (0-based). */
export interface SourcePlace { page?: number; x?: number; y?: number; paragraph?: number }

/** The place in the source of the text at `offset`; undefined for text files (their offsets are the file's). */
export function placeOf(source: Pick<SourceText, 'format' | 'spans'>, offset: number): SourcePlace | undefined {
  if (source.format === 'text') return undefined;
  const s = spanAt(source.spans, offset);
  if (!s) return undefined;
  return s.page !== undefined ? { page: s.page, x: s.x, y: s.y } : { paragraph: s.paragraph };
}

/**
 * The extraction (or reviewed document) with each entity and goal given `source`: the PDF page (and
 * position) or Word paragraph its text came from. Text files get nothing added.
 */
export function withSourcePositions<T extends { entities: readonly object[]; goals: readonly object[] }>(extraction: T, source: Pick<SourceText, 'format' | 'spans'> | undefined): T {
  if (!source || source.format === 'text') return extraction;
  const place = (item: object) => {
    const span = (item as { span?: readonly [number, number] }).span;
    const at = span ? placeOf(source, span[0]) : undefined;
    return at ? { ...item, source: at } : item;
  };
  return { ...extraction, entities: extraction.entities.map(place), goals: extraction.goals.map(place) };
}
