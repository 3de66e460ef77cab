/**
 * What "Annotate selection…" starts from: the selection widened to whole words, and for a target the
 * goal attributes (indicator, province, deadline, period) the engine reads in the sentence around it,
 * for the reviewer to correct. Pure TypeScript.
 */
import { extract } from '../engine';
import type { Extraction, Span } from '../engine/types';
import type { Attributes } from './model';

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
/** Sentence ends and line breaks. */
const SENTENCE_END = /[.;!?\n\r]/;
const MAX_SENTENCE = 400;

/** The selection [start, end) trimmed of spaces and widened so that it neither starts nor ends inside a word. */
export function widenToWords(text: string, start: number, end: number): Span {
  let s = start, e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (s === e) return [s, e];
  while (s > 0 && isWord(text[s - 1]) && isWord(text[s])) s--;
  while (e < text.length && isWord(text[e]) && isWord(text[e - 1])) e++;
  return [s, e];
}

/** The sentence around [start, end): from the previous sentence end to the next (at most MAX_SENTENCE characters each way). */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start, e = end;
  while (s > 0 && start - s < MAX_SENTENCE && !SENTENCE_END.test(text[s - 1])) s--;
  // A decimal point inside a number (8.5, 1.234) is not a sentence end.
  while (e < text.length && e - end < MAX_SENTENCE && !(SENTENCE_END.test(text[e]) && !(/\d/.test(text[e - 1] ?? '') && /\d/.test(text[e + 1] ?? '')))) e++;
  while (s < e && /\s/.test(text[s])) s++;
  return [s, e];
}

/**
 * The goal attributes the engine reads around a target at `span`: those of the engine's goal whose
 * evidence holds it, else of the goal the engine finds in the sentence alone (its value aside: the
 * reviewer gives the value of what was selected). Province falls back to the document's.
 */
export function targetContext(text: string, span: Span, extraction: Pick<Extraction, 'goals' | 'provinces'>): Attributes {
  const inside = (g: { span: Span }) => g.span[0] <= span[0] && span[1] <= g.span[1];
  let goal = extraction.goals.find((g) => g.valueSpan && g.valueSpan[0] <= span[0] && span[1] <= g.valueSpan[1]) ?? extraction.goals.find(inside);
  if (!goal) {
    const [s, e] = sentenceAround(text, span[0], span[1]);
    goal = extract(text.slice(s, e)).goals[0];
  }
  const out: Attributes = {};
  if (goal?.indicator) out.indicator = goal.indicator;
  const province = goal?.province ?? extraction.provinces[0]?.name;
  if (province) out.province = province;
  if (goal?.deadline) out.deadline = goal.deadline;
  if (goal?.period) out.period = goal.period;
  return out;
}

/** Whether an edit changes anything: another label, note or attribute (an attribute cleared to '' is a change; undefined and absent are the same). */
export function editChanges(before: { label: string; attrs: Attributes; note?: string }, after: { label?: string; attrs?: Attributes; note?: string }): boolean {
  if (after.label !== undefined && after.label !== before.label) return true;
  if (after.note !== undefined && after.note !== (before.note ?? '')) return true;
  const a = before.attrs, b = after.attrs ?? before.attrs;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Attributes>;
  for (const k of keys) if ((a[k] ?? undefined) !== (b[k] ?? undefined)) return true;
  return false;
}
