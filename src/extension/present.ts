/** How values and times read to a person: grouped digits, units, qualifiers and roles in words. */
import type { AmountEntity, Goal, Qualifier, TimeEntity } from '../engine';
import { groupDigits } from '../export/formats';

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
