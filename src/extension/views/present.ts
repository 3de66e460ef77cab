/** Where a document's date comes from, in words. Values, times and goals are formatted by src/format. */
import type { Extraction } from '../../engine';
import { writtenDate } from '../../format';

/** Where the date a document speaks from comes from: set by the researcher, read in the text, or the `chitieu.referenceDate` setting. */
export type DatingSource = 'user' | 'text' | 'setting';
export interface DocumentDating { date?: string; source?: DatingSource }

/**
 * The date the engine used for a document, and where it came from. The engine says so in
 * `documentDate`; an engine that does not is read from what it was given and its `documentYear`.
 */
export function documentDating(result: Extraction, userDate: string | undefined, referenceDate: string): DocumentDating {
  const said = result.documentDate;
  if (said) return { date: said.date, source: said.source === 'user' ? 'user' : said.source === 'option' ? 'setting' : 'text' };
  if (userDate) return { date: userDate, source: 'user' };
  if (result.documentYear === undefined) return {};
  if (referenceDate && +referenceDate.slice(0, 4) === result.documentYear) return { date: referenceDate, source: 'setting' };
  return { date: String(result.documentYear), source: 'text' };
}

const DATING_TEXT: Record<DatingSource, string> = { user: 'set by you', text: 'from the text', setting: 'from the setting chitieu.referenceDate' };

/** `dated 12/03/2024 (set by you)`, `dated 2024 (from the text)`, or `undated`. */
export function datingText(d: DocumentDating): string {
  return d.date && d.source ? `dated ${writtenDate(d.date)} (${DATING_TEXT[d.source]})` : 'undated';
}
