/**
 * Paragraphs, sentences and clauses of a normalised text, found in one linear pass.
 *
 * Line breaks are ambiguous in scraped and hard-wrapped texts: a line break ends a sentence when the
 * line before ends with sentence punctuation, or the next line starts like a new unit (a capital
 * letter, list markup, a numbered item); otherwise it is a hard wrap inside the sentence.
 */
import type { Span } from '../types';
import { isLetterCode } from './chars';

export interface Discourse {
  paragraphs: Span[];
  sentences: Span[];
  /** For each sentence, the index of its paragraph. */
  sentenceParagraph: number[];
  /** Index of the sentence that contains `offset` (binary search). */
  sentenceAt(offset: number): number;
  /** Clause around `offset` inside its sentence: bounded by `,` `;` `:` and the sentence (the same span object for the same offset: read it, do not change it). */
  clauseAt(offset: number): Span;
  /** The innermost parenthesis `( … )` around `offset` inside its sentence, if any. */
  parenAt(offset: number): Span | null;
}

/** Scopes are searched at most this far from an offset, so work per entity is bounded. */
const MAX_SCOPE = 400;
const ABBREVIATIONS = new Set(['tp', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'st', 'tt', 'ttg', 'p', 'q', 'h', 'tx', 'nxb', 'v.v', 'vv']);
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/** A digit or a Roman numeral letter (`[\dIVXivx]`), by code unit. */
const isListNumberCode = (c: number) => (c >= 48 && c <= 57) || c === 73 || c === 86 || c === 88 || c === 105 || c === 118 || c === 120;
const isUpper = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90; // ASCII: A–Z only, without changing case
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
const LIST_START = /^(?:[-*•#|>+]|\(?\d{1,2}(?:\.\d{1,2})*[.)](?!\d)|[a-zđ][).]\s|[ivx]{1,5}\.\s)/u;

export function segment(text: string): Discourse {
  const n = text.length;
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  const sentenceParagraph: number[] = [];
  let sStart = 0;
  let pStart = 0;
  const pushSentence = (end: number, next: number) => {
    let a = sStart;
    while (a < end && (text[a] === ' ' || text[a] === '\n')) a++;
    let b = end;
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\n')) b--;
    if (b > a) { sentences.push([a, b]); sentenceParagraph.push(paragraphs.length); }
    sStart = next;
  };
  const pushParagraph = (end: number, next: number) => {
    let a = pStart;
    while (a < end && (text[a] === ' ' || text[a] === '\n')) a++;
    let b = end;
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\n')) b--;
    if (b > a) paragraphs.push([a, b]);
    pStart = next;
  };
  // Jump between the only characters that can end a sentence; everything else is skipped natively.
  const BOUNDARY = /[\n.!?\u2026]/g;
  let bm: RegExpExecArray | null;
  while ((bm = BOUNDARY.exec(text)) !== null) {
    const i = bm.index;
    const c = bm[0];
    if (c === '\n') {
      // Blank line: paragraph break.
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 32) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        pushSentence(i, j);
        pushParagraph(i, j);
        BOUNDARY.lastIndex = j;
        continue;
      }
      let p = i - 1;
      while (p >= 0 && text.charCodeAt(p) === 32) p--;
      const prev = p >= 0 ? text[p] : '\n';
      const nextLine = text.slice(j, j + 8);
      const endsSentence = '.!?…:;'.includes(prev);
      const listStart = LIST_START.test(nextLine);
      // A line opening with an abbreviation (`DNNVV, HTX …`) after an unfinished line continues it.
      const capsWord = isUpper(text[j]) && isUpper(text[j + 1]) && !endsSentence;
      const startsUnit = (isUpper(text[j]) && !capsWord) || listStart || text[j] === '"' || text[j] === '“';
      if (endsSentence || listStart || (startsUnit && !isDigitOrLower(text[j]))) {
        pushSentence(i, j);
        if ('.!?…'.includes(prev) || listStart || prev === '*' || prev === ':' || (startsUnit && !',;'.includes(prev))) {
          pushParagraph(i, j);
        }
      }
      continue;
    }
    if (i + 1 === n || text.charCodeAt(i + 1) === 32) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 32) j++;
      const next = text[j];
      if (j >= n || isUpper(next) || next === '"' || next === '“' || next === '(' || next === '-') {
        if (c === '.') {
          // `1. Tốc độ …`: a list number at the start of a line ends no sentence.
          let q = i;
          while (q > 0 && i - q < 6 && isListNumberCode(text.charCodeAt(q - 1))) q--;
          if (q < i && (q === 0 || text[q - 1] === '\n' || (text[q - 1] === ' ' && /(?:^|\n) *$/.test(text.slice(Math.max(0, q - 8), q))))) continue;
          let w = i;
          while (w > 0 && i - w < 8 && isLetterCode(text.charCodeAt(w - 1))) w--;
          if (i - w <= MAX_ABBREVIATION && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) continue; // a longer word is none: no string made
        }
        pushSentence(i + 1, j);
      }
    }
  }
  pushSentence(n, n);
  pushParagraph(n, n);

  const starts = sentences.map((s) => s[0]);
  const sentenceAt = (offset: number): number => {
    let lo = 0, hi = starts.length - 1, ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  };
  // Goals ask for the clause of the same offsets several times (roles, the goal, its indicator, its timing).
  const clauses = new Map<number, Span>();
  const clauseAt = (offset: number): Span => {
    let clause = clauses.get(offset);
    if (!clause) { clause = findClause(offset); clauses.set(offset, clause); }
    return clause;
  };
  // The clause marks of the text, in order (found once, when a clause is first asked for): a clause is
  // then two binary searches, where walking to the marks cost up to 2 × MAX_SCOPE steps per offset
  // (text with few marks, such as a long run of amounts, paid that for every one).
  let marks: number[] | undefined;
  const findClause = (offset: number): Span => {
    const s = sentences[sentenceAt(offset)] ?? [0, n];
    const lo = Math.max(s[0], offset - MAX_SCOPE), hi = Math.min(s[1], offset + MAX_SCOPE);
    marks ??= clauseMarks(text);
    // The first mark at or after `offset`; the one before it is the last mark before `offset`.
    let l = 0, r = marks.length;
    while (l < r) { const mid = (l + r) >> 1; if (marks[mid] < offset) l = mid + 1; else r = mid; }
    // (As the walks did: never past `offset` backwards, and not moving forwards from an offset at or past `hi`.)
    const a = Math.min(offset, l > 0 ? Math.max(lo, marks[l - 1] + 1) : lo);
    const b = offset >= hi ? offset : l < marks.length ? Math.min(hi, marks[l]) : hi;
    return [a, b];
  };
  const parenAt = (offset: number): Span | null => {
    const s = sentences[sentenceAt(offset)] ?? [0, n];
    const lo = Math.max(s[0], offset - MAX_SCOPE), hi = Math.min(s[1], offset + MAX_SCOPE);
    let a = offset - 1;
    while (a >= lo && text[a] !== '(' && text[a] !== ')') a--;
    if (a < lo || text[a] !== '(') return null;
    let b = offset;
    while (b < hi && text[b] !== ')' && text[b] !== '(') b++;
    if (b >= hi || text[b] !== ')') return null;
    return [a + 1, b];
  };
  return { paragraphs, sentences, sentenceParagraph, sentenceAt, clauseAt, parenAt };
}

function isDigitOrLower(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c === c.toLowerCase() && c !== c.toUpperCase()));
}

/** The characters a clause boundary can be; the scan jumps between them natively. */
const MARK_CHARS = /[;:(),]/g;
/** The offsets of the text's clause boundaries ({@link isClauseMark}), in order. */
function clauseMarks(text: string): number[] {
  const out: number[] = [];
  MARK_CHARS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK_CHARS.exec(text)) !== null) if (isClauseMark(text, m.index)) out.push(m.index);
  return out;
}

/** A clause boundary: `;`, `:`, or `,` not inside a number (`1,8`). By code unit: no one-character strings in the scans. */
function isClauseMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 58 || c === 40 || c === 41) return true; // ; : ( )
  if (c === 44) return !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))); // ,
  return false;
}
/** An ASCII digit (what `\d` matches); NaN (outside the text) is none. */
const isDigitCode = (c: number) => c >= 48 && c <= 57;
