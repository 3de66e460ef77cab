/** Where a document's date comes from, in words (English or Vietnamese). Values, times and goals are formatted by src/format. */
import type { Extraction } from '../../engine';
import { writtenDate, type Lang } from '../../format';

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

const DATING_TEXT: Record<Lang, Record<DatingSource, string> & { undated: string }> = {
  en: { user: 'set by you', text: 'from the text', setting: 'from the setting chitieu.referenceDate', undated: 'undated' },
  vi: { user: 'do bạn đặt', text: 'theo văn bản', setting: 'theo thiết lập chitieu.referenceDate', undated: 'chưa có ngày' },
};

/** A date as the status bar says it: `dated 12/03/2024` / `ngày 12/03/2024`, `tháng 05/2024`, `năm 2024`. */
function dated(iso: string, lang: Lang): string {
  if (lang === 'en') return `dated ${writtenDate(iso)}`;
  const parts = iso.split('-').length;
  return `${parts === 1 ? 'năm' : parts === 2 ? 'tháng' : 'ngày'} ${writtenDate(iso)}`;
}

/** `dated 12/03/2024 (set by you)`, `dated 2024 (from the text)`, or `undated`; in Vietnamese `ngày 12/03/2024 (do bạn đặt)`, `năm 2024 (theo văn bản)`, `chưa có ngày`. */
export function datingText(d: DocumentDating, lang: Lang = 'en'): string {
  const words = DATING_TEXT[lang];
  return d.date && d.source ? `${dated(d.date, lang)} (${words[d.source]})` : words.undated;
}
