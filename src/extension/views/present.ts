/** How values and times read to a person: grouped digits, units, qualifiers and roles in words. */
import type { AmountEntity, Extraction, Goal, Qualifier, TimeEntity } from '../../engine';
import { groupDigits } from '../../export/formats';

export const QUALIFIER_TEXT: Record<Qualifier, string> = {
  more_than: 'more than', nearly: 'nearly', about: 'about', at_least: 'at least', at_most: 'at most',
};

export function scaleName(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return `${groupDigits(+(v / 1e12).toPrecision(6))} nghìn tỷ`;
  if (a >= 1e9) return `${groupDigits(+(v / 1e9).toPrecision(6))} tỷ`;
  if (a >= 1e6) return `${groupDigits(+(v / 1e6).toPrecision(6))} triệu`;
  return '';
}

export function amountValue(a: Pick<AmountEntity, 'value' | 'max' | 'unit' | 'qualifier'>): string {
  const q = a.qualifier ? `${QUALIFIER_TEXT[a.qualifier]} ` : '';
  const v = `${groupDigits(a.value)}${a.max !== undefined ? ` – ${groupDigits(a.max)}` : ''}`;
  return `${q}${v}${a.unit === '%' ? '%' : a.unit ? ` ${a.unit}` : ''}`;
}

export function timeInterval(t: Pick<TimeEntity, 'kind' | 'start' | 'end'>): string {
  switch (t.kind) {
    case 'deadline': return `by ${t.end ?? '?'}`;
    case 'after': return `after ${t.start ?? '?'}`;
    case 'date': return t.start ?? '?';
    default: return t.start === t.end ? `${t.start ?? '?'}` : `${t.start ?? '?'} – ${t.end ?? '?'}`;
  }
}

export function goalSummary(g: Goal): string {
  const value = g.value !== undefined ? amountValue({ value: g.value, max: g.max, unit: g.unit ?? '', qualifier: g.qualifier }) : 'qualitative';
  const when = [g.deadline ? `by ${g.deadline}` : '', g.period ? `period ${g.period}` : ''].filter(Boolean).join(', ');
  return `${g.indicator}: ${value}${when ? ` (${when})` : ''}`;
}

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

/** `2024-03-12` → `12/03/2024`, `2024-03` → `03/2024`, `2024` → `2024`: as Vietnamese texts write dates. */
export function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return [d, m, y].filter(Boolean).join('/');
}

/** `dated 12/03/2024 (set by you)`, `dated 2024 (from the text)`, or `undated`. */
export function datingText(d: DocumentDating): string {
  return d.date && d.source ? `dated ${writtenDate(d.date)} (${DATING_TEXT[d.source]})` : 'undated';
}
