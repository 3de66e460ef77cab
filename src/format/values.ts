/**
 * How values, qualifiers, deadlines, periods and goals read to a person, in Vietnamese or English:
 * `gần 450 nghìn tỷ đồng (450.000.000.000.000 ₫)`, `khoảng 9,55%`, `đến năm 2025`, `giai đoạn
 * 2021–2030`; `nearly 450 trillion VND (450,000,000,000,000)`, `about 9.55%`, `by 2025`. Numbers go
 * through `Intl.NumberFormat` (`vi-VN`: `.` groups thousands, `,` marks decimals). Pure: no `vscode`,
 * no Node built-ins, so the extension, the CLI and the exports share it. The examples it must
 * produce are in test/examples/format.examples.ts.
 */
import type { Goal, Qualifier, TimeKind } from '../engine/types';

/** The language of what chitieu shows: words and number style. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The language to show, from the setting (`auto`, `vi`, `en`) and VS Code's display language (`vi`, `en-us`, …). */
export function resolveLang(setting: string, displayLanguage: string): Lang {
  if (setting === 'vi' || setting === 'en') return setting;
  return /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, fractionDigits: number, currency?: string): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}:${currency ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], currency
      ? { style: 'currency', currency, maximumFractionDigits: fractionDigits }
      : { maximumFractionDigits: fractionDigits });
    formats.set(key, f);
  }
  return f;
}

/**
 * Makes the number formats the views use, ahead of their first use: the first Intl format of a
 * process loads the locale data (~15 ms, 20–30 ms on a busy extension host), which otherwise fell in
 * the status bar's first update, while a large document opened.
 */
export function prepareNumberFormats(): void {
  for (const lang of ['vi', 'en'] as const) { numberFormat(lang, 6); numberFormat(lang, 3); }
  numberFormat('vi', 6, 'VND');
}

/** Intl puts a no-break space before `₫`; a plain one is what users type and copy. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** A number with the language's grouping and decimal mark: 450000000000000 → `450.000.000.000.000` / `450,000,000,000,000`; 9.55 → `9,55` / `9.55`. */
export function formatNumber(v: number, lang: Lang): string {
  return plain(numberFormat(lang, 6).format(v));
}

/** Scale words, largest first: a value at or above a scale is written with its word when that is exact to three decimals. */
const SCALES: ReadonlyArray<{ factor: number; word: Record<Lang, string> }> = [
  { factor: 1e12, word: { vi: 'nghìn tỷ', en: 'trillion' } },
  { factor: 1e9, word: { vi: 'tỷ', en: 'billion' } },
  { factor: 1e6, word: { vi: 'triệu', en: 'million' } },
];

const QUALIFIER_WORDS: Record<Lang, Record<Qualifier, string>> = {
  vi: { more_than: 'hơn', nearly: 'gần', about: 'khoảng', at_least: 'ít nhất', at_most: 'tối đa' },
  en: { more_than: 'more than', nearly: 'nearly', about: 'about', at_least: 'at least', at_most: 'at most' },
};

/** `gần` / `nearly` … */
export function qualifierWord(q: Qualifier, lang: Lang): string {
  return QUALIFIER_WORDS[lang][q];
}

/** How a unit is named: VND is `đồng` in Vietnamese; other units and counted nouns as the engine gives them. */
function unitWord(unit: string, lang: Lang): string {
  return unit === 'VND' && lang === 'vi' ? 'đồng' : unit;
}

export interface AmountLike { value: number; max?: number; unit?: string; qualifier?: Qualifier }

const exactTo3 = (x: number) => Math.abs(x * 1000 - Math.round(x * 1000)) <= Math.max(1e-6, Math.abs(x) * 1e-6);

/** The scale a value (or range) is written with, if any: the largest that gives three decimals or fewer. */
function scaleOf(a: AmountLike): (typeof SCALES)[number] | undefined {
  if (a.unit === '%') return undefined;
  const top = Math.max(Math.abs(a.value), Math.abs(a.max ?? 0));
  return SCALES.find((s) => top >= s.factor && exactTo3(a.value / s.factor) && (a.max === undefined || exactTo3(a.max / s.factor)));
}

const withUnit = (number: string, unit: string, lang: Lang) => {
  const u = unitWord(unit, lang);
  return unit === '%' ? `${number}%` : u ? `${number} ${u}` : number;
};

/** An amount as a reader says it: `gần 450 nghìn tỷ đồng`, `1,8 tỷ USD`, `khoảng 9,55%`, `30–50%`; `nearly 450 trillion VND`. */
export function amountText(a: AmountLike, lang: Lang): string {
  const scale = scaleOf(a);
  const n = (v: number) => (scale ? plain(numberFormat(lang, 3).format(v / scale.factor)) : formatNumber(v, lang));
  const number = `${n(a.value)}${a.max !== undefined ? `–${n(a.max)}` : ''}${scale ? ` ${scale.word[lang]}` : ''}`;
  const q = a.qualifier ? `${qualifierWord(a.qualifier, lang)} ` : '';
  return `${q}${withUnit(number, a.unit ?? '', lang)}`;
}

/** The exact value with every digit: `450.000.000.000.000 ₫` (Vietnamese, VND), `450,000,000,000,000`, `1.800.000.000`. */
export function exactNumber(a: AmountLike, lang: Lang): string {
  const one = (v: number) => (a.unit === 'VND' && lang === 'vi' ? plain(numberFormat(lang, 6, 'VND').format(v)) : formatNumber(v, lang));
  return a.max !== undefined ? `${one(a.value)}–${one(a.max)}` : one(a.value);
}

/** The amount with its exact value in parentheses when it is written with a scale word: `gần 450 nghìn tỷ đồng (450.000.000.000.000 ₫)`. */
export function amountWithExact(a: AmountLike, lang: Lang): string {
  const text = amountText(a, lang);
  return scaleOf(a) ? `${text} (${exactNumber(a, lang)})` : text;
}

/** `2024-03-12` → `12/03/2024`, `2024-03` → `03/2024`, `2024` → `2024`: as Vietnamese texts write dates. */
export function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return [d, m, y].filter(Boolean).join('/');
}

/** A date with its Vietnamese word: `năm 2025`, `tháng 11/2026`, `ngày 31/08/2025`. */
function viDate(iso: string): string {
  const parts = iso.split('-').length;
  return `${parts === 1 ? 'năm' : parts === 2 ? 'tháng' : 'ngày'} ${writtenDate(iso)}`;
}

/** A deadline: `đến năm 2025`, `đến tháng 11/2026`, `đến ngày 31/08/2025`; `by 2025`, `by 2026-11`. */
export function deadlineText(iso: string, lang: Lang): string {
  return lang === 'vi' ? `đến ${viDate(iso)}` : `by ${iso}`;
}

/** A period's years with an en dash: `2021-2030` → `2021–2030` (after a label that already says *period*). */
export function periodRange(period: string): string {
  return period.replace(/\s*[-–]\s*/, '–');
}

/** A period `2021-2030`: `giai đoạn 2021–2030` / `2021–2030`. */
export function periodText(period: string, lang: Lang): string {
  return lang === 'vi' ? `giai đoạn ${periodRange(period)}` : periodRange(period);
}

const KIND_WORDS: Record<Lang, Record<TimeKind, string>> = {
  vi: { deadline: 'thời hạn', period: 'giai đoạn', point: 'thời điểm báo cáo', date: 'ngày', after: 'sau một mốc' },
  en: { deadline: 'deadline', period: 'period', point: 'point', date: 'date', after: 'after' },
};

/** What kind of time expression: `thời hạn` / `deadline`, … */
export function timeKindWord(kind: TimeKind, lang: Lang): string {
  return KIND_WORDS[lang][kind];
}

export interface TimeLike { kind: TimeKind; start?: string; end?: string }

/**
 * A time expression's interval. English keeps ISO dates (`by 2025`, `2024-01 – 2024-05`); Vietnamese
 * writes them as its texts do (`đến năm 2025`, `giai đoạn 2021–2030`, `từ tháng 01/2024 đến tháng 05/2024`).
 */
export function timeText(t: TimeLike, lang: Lang): string {
  const start = t.start ?? '?', end = t.end ?? '?';
  switch (t.kind) {
    case 'deadline': return deadlineText(end, lang);
    case 'after': return lang === 'vi' ? `sau ${t.start ? viDate(start) : start}` : `after ${start}`;
    case 'date': return lang === 'vi' && t.start ? viDate(start) : start;
    default:
      if (t.kind === 'period' && /^\d{4}$/.test(start) && /^\d{4}$/.test(end) && start !== end) return periodText(`${start}-${end}`, lang);
      if (lang === 'en') return start === end ? start : `${start} – ${end}`;
      if (!t.start || !t.end) return t.start ? viDate(t.start) : t.end ? viDate(t.end) : '?';
      return start === end ? viDate(start) : `từ ${viDate(start)} đến ${viDate(end)}`;
  }
}

type GoalLike = Pick<Goal, 'indicator' | 'value' | 'max' | 'unit' | 'qualifier' | 'deadline' | 'period'>;

const GOAL_WORD: Record<Lang, { goal: string; qualitative: string }> = {
  vi: { goal: 'mục tiêu', qualitative: 'định tính' },
  en: { goal: 'goal', qualitative: 'qualitative' },
};

/** The year a goal is due: its deadline's year, else its period's last year. */
export function goalYear(g: Pick<Goal, 'deadline' | 'period'>): string | undefined {
  return g.deadline?.slice(0, 4) ?? /(\d{4})\s*$/.exec(g.period ?? '')?.[1];
}

const goalAmount = (g: GoalLike): AmountLike | undefined =>
  (g.value === undefined ? undefined : { value: g.value, max: g.max, unit: g.unit ?? '', qualifier: g.qualifier });

/** What a reader scans for, first: `giá trị sản xuất công nghiệp — gần 450 nghìn tỷ đồng · 2025`. */
export function goalLabel(g: GoalLike, lang: Lang): string {
  const a = goalAmount(g);
  const year = goalYear(g);
  return `${g.indicator || GOAL_WORD[lang].goal}${a ? ` — ${amountText(a, lang)}` : ''}${year ? ` · ${year}` : ''}`;
}

/** The whole goal: `giá trị sản xuất công nghiệp: gần 450 nghìn tỷ đồng (450.000.000.000.000 ₫) (đến năm 2025, giai đoạn 2021–2025)`. */
export function goalSummary(g: GoalLike, lang: Lang): string {
  const a = goalAmount(g);
  const value = a ? amountWithExact(a, lang) : GOAL_WORD[lang].qualitative;
  const when = [g.deadline ? deadlineText(g.deadline, lang) : '', g.period ? periodText(g.period, lang) : ''].filter(Boolean).join(', ');
  return `${g.indicator || GOAL_WORD[lang].goal}: ${value}${when ? ` (${when})` : ''}`;
}
