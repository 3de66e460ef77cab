/**
 * Time expressions: deadlines (`đến năm 2025`, `tầm nhìn đến năm 2050`), periods (`giai đoạn
 * 2021-2030`, `từ năm 2016 đến nay`), reporting points (`5 tháng đầu năm 2024`, `quý I/2025`,
 * `năm nay`), dates (`ngày 1 tháng 12 năm 2023`, `1/12/2023`) and `sau năm 2030`.
 *
 * Each rule is a pattern plus a builder. Relative expressions are resolved afterwards against the
 * document's year (see refiners/relativeTimes), so builders may leave bounds to a `relative` spec.
 */
import type { TimeKind } from '../types';
import { alternation, atLikelyWordStartPrefixed } from '../text/chars';
import { type MatchStarts, matchStartsOf } from '../text/matchStarts';
import { SyllableStarts, startsOrNull } from '../text/syllableStarts';
import { WordStartMatches } from '../text/wordStartMatches';
import { SCALE_WORDS } from '../lexicon/scales';
import { MONEY_UNITS, PERCENT_UNITS, PHYSICAL_UNITS } from '../lexicon/units';
import { DAY_PARTS, DAY_PART_DEICTICS, MONTH_WORDS, NEWS_AGENCIES, QUARTER_WORDS, RELATIVE_YEARS, YEAR_COUNT_WORDS } from '../lexicon/times';

export type RelativeSpec =
  | { type: 'year'; offset: number; fromMonth?: number; toMonth?: number } // năm nay, 6 tháng đầu năm
  | { type: 'sinceYear'; startYear: number } // từ năm 2016 đến nay
  | { type: 'sameSpan'; year?: number; offset?: number } // cùng kỳ năm 2023 / năm trước
  | { type: 'date'; day: number; month: number }; // ngày 30/6

export interface TimeCandidate {
  start: number;
  end: number;
  kind: TimeKind;
  startIso?: string;
  endIso?: string;
  relative?: RelativeSpec;
  rule: string;
}

// Building blocks. Every repetition is bounded, so no pattern can backtrack catastrophically.
const S = '(?: \\n? ?|\\n ?)'; // one separator between syllables
const Y = '((?:19|20)\\d\\d)(?![\\p{N}])';
const DASH = '(?: ?\\n? ?[-–—] ?\\n? ?)';
const WA = '(?![\\p{L}\\p{N}])';
const NAM = `n[aă]m`;
const QUY = 'qu[ýí]';
const ROMAN_Q = '(iv|iii|ii|i|[1-4])';

/**
 * Not followed by a scale word or a unit: `đến 2000 tỷ đồng`, `tới 2030 ha` are amounts, not years.
 * Only the words that follow a number are listed, so `đến năm 2030 hộ nghèo giảm` is untouched.
 */
const NOT_AN_AMOUNT = `(?![ ]?\\n? ?(?:${alternation([...SCALE_WORDS, ...MONEY_UNITS, ...PERCENT_UNITS, ...PHYSICAL_UNITS].map(([w]) => w).filter((w) => w !== 'k' && w !== 'tr'))})(?![\\p{L}\\p{N}])(?! (?:lệ|trọng)(?![\\p{L}\\p{N}])))`;

const MONTH_WORD = `(${alternation(MONTH_WORDS.map(([w]) => w))})${WA}`;
/** Month words after a day: `năm` is left out (`ngày 3 tháng năm 2017` cannot be told from a year). */
const DAY_MONTH_WORD = `(${alternation(MONTH_WORDS.map(([w]) => w).filter((w) => w !== 'năm'))})${WA}`;
/** `mồng`/`mùng` before the days 1–10 (`mồng 3 tháng 3`). */
const MONG = '(?:mồng|mùng)';
const QUARTER_WORD = `(${alternation(QUARTER_WORDS.map(([w]) => w))})${WA}`;
const MONTH_OF_WORD = new Map(MONTH_WORDS);
const monthOfWord = (w: string) => MONTH_OF_WORD.get(w.replace(/\s+/g, ' ')) ?? 0;
const QUARTER_OF_WORD = new Map(QUARTER_WORDS);
const quarterOfWord = (w: string) => QUARTER_OF_WORD.get(w) ?? 0;
const RELATIVE_YEAR = `(${alternation(RELATIVE_YEARS.map(([w]) => w))})${WA}`;
const YEAR_OFFSET = new Map(RELATIVE_YEARS);
const yearOffset = (w: string) => YEAR_OFFSET.get(w.replace(/\s+/g, ' ')) ?? 0;
/** A day/month with no year, as a news date: after a part of the day, or in a dateline bracket after an agency. */
const NEWS_DATE_LEAD = `(?:(?:${alternation(DAY_PARTS)})(?:${S}(?:${alternation(DAY_PART_DEICTICS)}))?${S}(?:\\(${S}?)?(?:ngày${S})?|\\((?:${alternation(NEWS_AGENCIES)})${S}?(?:[-–,]${S}?)?)`;

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const quarterNo = (q: string) => ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[q] ?? Number(q);
const validDate = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

interface TimeRule {
  id: string;
  re: RegExp;
  /** When the builder rejects a match, no other rule may start inside it (a veto, not a mismatch). */
  vetoOnReject?: boolean;
  build(m: RegExpExecArray): Omit<TimeCandidate, 'start' | 'end' | 'rule'> & { start?: number; end?: number } | null;
}

const rx = (src: string) => new RegExp(src, 'gu');

/** Deadline words, longest first. The leading word of a vision (`tầm nhìn`, `định hướng`) stays in the span. */
const DEADLINE_PREFIX = `(?:(?:tầm${S}nhìn|định${S}hướng|hướng${S}(?:đến|tới))${S}(?:đến|tới)${S}(?:hết${S}|cuối${S})?${NAM}${S}|(?:tầm${S}nhìn|định${S}hướng)${S}(?:(?:đến|tới)${S})?|hướng${S}(?:đến|tới)${S}${NAM}${S}|(?:đến|tới)${S}(?:hết${S}|cuối${S})?${NAM}${S}|(?:đến|tới)${S}(?:hết${S}|cuối${S})?|trước${S}${NAM}${S}|trước${S}|vào${S}(?:cuối${S})?${NAM}${S}|chậm${S}nhất${S}(?:${NAM}${S})?)`;

export const TIME_RULES: readonly TimeRule[] = [
  {
    id: 'time.date.words', // ngày 1 tháng 12 năm 2023, ngày mồng 3 tháng 3 năm 2017
    re: rx(`(?:ngày${S})?(?:${MONG}${S})?(\\d{1,2})${S}tháng${S}(\\d{1,2})${S}${NAM}${S}${Y}`),
    build: (m) => {
      const d = +m[1], mo = +m[2], y = +m[3];
      if (!validDate(d, mo)) return null;
      return { kind: 'date', startIso: ymd(y, mo, d), endIso: ymd(y, mo, d) };
    },
  },
  {
    id: 'time.date.numeric', // ngày 01/4/2025, 07/03/2021, 1-12-2023
    re: rx(`(?:ngày${S})?(\\d{1,2})([/.-])(\\d{1,2})\\2${Y}`),
    build: (m) => {
      const d = +m[1], mo = +m[3], y = +m[4];
      if (!validDate(d, mo)) return null;
      return { kind: 'date', startIso: ymd(y, mo, d), endIso: ymd(y, mo, d) };
    },
  },
  {
    id: 'time.period.dates', // từ ngày 3 tháng 9 đến ngày 25 tháng 9 năm 2026, từ ngày 3/9 đến ngày 25/9/2026 (the year once)
    re: rx(`từ${S}ngày${S}(\\d{1,2})(?:(?:${S}tháng${S}|/)(\\d{1,2}))?${S}(?:đến|tới)${S}(?:hết${S})?ngày${S}(\\d{1,2})(?:${S}tháng${S}|/)(\\d{1,2})(?:${S}${NAM}${S}|/)${Y}`),
    build: (m) => {
      const d1 = +m[1], d2 = +m[3], mo2 = +m[4], y = +m[5];
      const mo1 = m[2] ? +m[2] : mo2;
      if (!validDate(d1, mo1) || !validDate(d2, mo2) || ymd(y, mo1, d1) >= ymd(y, mo2, d2)) return null;
      return { kind: 'period', startIso: ymd(y, mo1, d1), endIso: ymd(y, mo2, d2) };
    },
  },
  {
    id: 'time.date.dayMonthWords', // ngày 20 tháng 7, mồng 3 tháng 3 (the document's year)
    re: rx(`(?:ngày${S}(?:${MONG}${S})?|${MONG}${S})(\\d{1,2})${S}tháng${S}(\\d{1,2})(?![\\p{N}])(?!${S}${NAM}${WA}|/)`),
    build: (m) => (validDate(+m[1], +m[2]) ? { kind: 'date', relative: { type: 'date', day: +m[1], month: +m[2] } } : null),
  },
  {
    id: 'time.date.monthWord', // ngày 7 tháng ba, ngày mồng 2 tháng chín năm 1945 (a day always named: `3 tháng hai` may be a duration)
    re: rx(`(?:ngày${S}(?:${MONG}${S})?|${MONG}${S})(\\d{1,2})${S}tháng${S}${DAY_MONTH_WORD}(?:${S}${NAM}${S}${Y})?`),
    build: (m) => {
      const d = +m[1], mo = monthOfWord(m[2]);
      if (!validDate(d, mo)) return null;
      return m[3] ? { kind: 'date', startIso: ymd(+m[3], mo, d), endIso: ymd(+m[3], mo, d) } : { kind: 'date', relative: { type: 'date', day: d, month: mo } };
    },
  },
  {
    id: 'time.date.news', // Sáng 8/1, Sáng nay (13/12), Hà Nội (TTXVN 1/12): the day and month only
    re: rx(`${NEWS_DATE_LEAD}(\\d{1,2})/(\\d{1,2})(?![/\\d])`),
    build: (m) => {
      const d = +m[1], mo = +m[2];
      if (!validDate(d, mo)) return null;
      return { start: m.index + m[0].length - `${m[1]}/${m[2]}`.length, kind: 'date', relative: { type: 'date', day: d, month: mo } };
    },
  },
  {
    id: 'time.date.noYear', // ngày 30/6, Ngày 8.12 (the document's year)
    re: rx(`ngày${S}(\\d{1,2})[/.](\\d{1,2})(?![/.]?\\d)`),
    build: (m) => {
      const d = +m[1], mo = +m[2];
      if (!validDate(d, mo)) return null;
      return { kind: 'date', relative: { type: 'date', day: d, month: mo } };
    },
  },
  {
    id: 'time.period.named', // giai đoạn 2021-2030, thời kỳ 2021 – 2030, nhiệm kỳ 2025-2030, giai đoạn 2021 2030
    re: rx(`(?:giai${S}đoạn|thời${S}kỳ|nhiệm${S}kỳ|kế${S}hoạch${S}5${S}${NAM}|chiến${S}lược|kỳ)${S}(?:từ${S})?(?:${NAM}${S})?${Y}(?:${DASH}|${S}(?:đến|tới)${S}(?:${NAM}${S})?|${S})${Y}`),
    build: (m) => (+m[2] > +m[1] ? { kind: 'period', startIso: m[1], endIso: m[2] } : null),
  },
  {
    id: 'time.period.sinceNow', // từ năm 2016 đến nay, từ năm 2021 trở lại đây
    re: rx(`từ${S}(?:${NAM}${S})?${Y}${S}(?:(?:đến|tới)${S}nay|trở${S}lại${S}(?:đây|nay))${WA}`),
    build: (m) => ({ kind: 'period', startIso: m[1], relative: { type: 'sinceYear', startYear: +m[1] } }),
  },
  {
    id: 'time.period.fromTo', // từ năm 2016 đến năm 2020, từ 2021 đến 2025
    re: rx(`từ${S}(?:${NAM}${S})?${Y}${S}(?:đến|tới)${S}(?:${NAM}${S})?${Y}`),
    build: (m) => (+m[2] > +m[1] ? { kind: 'period', startIso: m[1], endIso: m[2] } : null),
  },
  {
    id: 'time.deadline.date', // trước ngày 31/12/2025, đến hết ngày 30 tháng 6 năm 2025
    re: rx(`(?:đến|tới|trước)${S}(?:hết${S})?ngày${S}(\\d{1,2})(?:([/.-])(\\d{1,2})\\2|${S}tháng${S}(\\d{1,2})${S}${NAM}${S})${Y}`),
    build: (m) => {
      const d = +m[1], mo = +(m[3] ?? m[4]), y = +m[5];
      return validDate(d, mo) ? { kind: 'deadline', endIso: ymd(y, mo, d) } : null;
    },
  },
  {
    id: 'time.period.months', // từ tháng 1/2024 đến tháng 6/2024
    re: rx(`từ${S}tháng${S}(\\d{1,2})(?:/|${S}${NAM}${S})${Y}${S}(?:đến|tới)${S}(?:hết${S})?tháng${S}(\\d{1,2})(?:/|${S}${NAM}${S})${Y}`),
    build: (m) => {
      const a = +m[1], b = +m[3];
      if (a < 1 || a > 12 || b < 1 || b > 12 || ym(+m[2], a) >= ym(+m[4], b)) return null;
      return { kind: 'period', startIso: ym(+m[2], a), endIso: ym(+m[4], b) };
    },
  },
  {
    id: 'time.period.monthsOnce', // tháng 3–5/2026, từ tháng 3 đến tháng 5 năm 2026 (the year once)
    re: rx(`(?:tháng${S}(\\d{1,2})${DASH}|từ${S}tháng${S}(\\d{1,2})${S}(?:đến|tới)${S}(?:hết${S})?tháng${S})(\\d{1,2})(?:/|${S}${NAM}${S})${Y}`),
    build: (m) => {
      const a = +(m[1] ?? m[2]), b = +m[3];
      if (a < 1 || b > 12 || a >= b) return null;
      return { kind: 'period', startIso: ym(+m[4], a), endIso: ym(+m[4], b) };
    },
  },
  {
    id: 'time.deadline.month', // đến hết tháng 5/2024, đến tháng 6 năm 2025
    re: rx(`(?:đến|tới|trước)${S}(?:hết${S}|cuối${S})?tháng${S}(\\d{1,2})(?:/|${S}${NAM}${S})${Y}`),
    build: (m) => (+m[1] >= 1 && +m[1] <= 12 ? { kind: 'deadline', endIso: ym(+m[2], +m[1]) } : null),
  },
  {
    id: 'time.deadline.quarter', // đến hết quý II/2025
    re: rx(`(?:đến|tới|trước)${S}(?:hết${S}|cuối${S})?${QUY}${S}(?:${ROMAN_Q}|${QUARTER_WORD})(?:/|${S}${NAM}${S})${Y}`),
    build: (m) => ({ kind: 'deadline', endIso: ym(+m[3], (m[1] ? quarterNo(m[1]) : quarterOfWord(m[2])) * 3) }),
  },
  {
    id: 'time.deadline.year', // đến năm 2025, tầm nhìn đến năm 2050, tầm nhìn 2050, tới năm 2050, vào năm 2030
    re: rx(`${DEADLINE_PREFIX}${Y}${NOT_AN_AMOUNT}`),
    build: (m) => ({ kind: 'deadline', endIso: m[1] }),
  },
  {
    id: 'time.after', // sau năm 2030
    re: rx(`sau${S}(?:${NAM}${S})?${Y}`),
    build: (m) => ({ kind: 'after', startIso: m[1] }),
  },
  {
    id: 'time.period.years', // 2021-2025 (a bare span of years)
    re: rx(`${Y}${DASH}${Y}`),
    build: (m) => (+m[2] > +m[1] && +m[2] - +m[1] <= 50 ? { kind: 'period', startIso: m[1], endIso: m[2] } : null),
  },
  {
    id: 'time.point.firstMonths', // 5 tháng đầu năm 2024, 6 tháng đầu năm
    re: rx(`(\\d{1,2})${S}tháng${S}đầu${S}${NAM}(?:${S}(?:${Y}|(nay)${WA}))?`),
    build: (m) => monthsOfYear(1, +m[1], m[2]),
  },
  {
    id: 'time.point.lastMonths', // 6 tháng cuối năm
    re: rx(`(\\d{1,2})${S}tháng${S}cuối${S}${NAM}(?:${S}(?:${Y}|(nay)${WA}))?`),
    build: (m) => monthsOfYear(13 - +m[1], 12, m[2]),
  },
  {
    id: 'time.point.monthsOfYear', // 8 tháng năm 2019, 9 tháng năm nay
    re: rx(`(\\d{1,2})${S}tháng${S}(?:của${S})?${NAM}${S}(?:${Y}|(nay)${WA})`),
    build: (m) => monthsOfYear(1, +m[1], m[2]),
  },
  {
    id: 'time.point.monthsEstimated', // 6 tháng ước đạt → "6 tháng" (months 1..6 of the document's year)
    re: rx(`(\\d{1,2})${S}tháng(?=${S}ước(?:${S}(?:đạt|tính|tăng|giảm|thực${S}hiện))?${WA})`),
    build: (m) => (+m[1] >= 1 && +m[1] <= 12 ? { kind: 'point', relative: { type: 'year', offset: 0, fromMonth: 1, toMonth: +m[1] } } : null),
  },
  {
    id: 'time.point.estimatedMonths', // ước 8 tháng → "8 tháng"
    re: rx(`(?:ước|trong|sau|qua)${S}(\\d{1,2})${S}tháng(?=${S}?[,;:(]|${S}(?:qua|vừa${S}qua)${WA})`),
    build: (m) => {
      const n = +m[1];
      if (n < 1 || n > 12) return null;
      const at = m.index + m[0].lastIndexOf(m[1]);
      return { start: at, kind: 'point', relative: { type: 'year', offset: 0, fromMonth: 1, toMonth: n } };
    },
  },
  {
    id: 'time.point.halfYear', // nửa đầu năm 2024
    re: rx(`nửa${S}(đầu|cuối)${S}${NAM}(?:${S}${Y})?`),
    build: (m) => (m[1] === 'đầu' ? monthsOfYear(1, 6, m[2]) : monthsOfYear(7, 12, m[2])),
  },
  {
    id: 'time.point.quarter', // quý I/2025, quý II năm 2024, quí II, quý 3 năm nay
    re: rx(`${QUY}${S}${ROMAN_Q}(?:(?:/|${S}(?:của${S})?${NAM}${S})${Y}|${S}${NAM}${S}(nay)${WA})?${WA}`),
    build: (m) => {
      const q = quarterNo(m[1]);
      return monthsOfYear(q * 3 - 2, q * 3, m[2]);
    },
  },
  {
    id: 'time.point.quarterWords', // quý hai năm 2027
    re: rx(`${QUY}${S}${QUARTER_WORD}${S}(?:của${S})?${NAM}${S}${Y}`),
    build: (m) => { const q = quarterOfWord(m[1]); return monthsOfYear(q * 3 - 2, q * 3, m[2]); },
  },
  {
    id: 'time.point.monthWords', // tháng mười một năm 2026, tháng giêng năm 2025
    re: rx(`tháng${S}${MONTH_WORD}${S}${NAM}${S}${Y}`),
    build: (m) => { const mo = monthOfWord(m[1]); return mo ? { kind: 'point', startIso: ym(+m[2], mo), endIso: ym(+m[2], mo) } : null; },
  },
  {
    id: 'time.point.month', // tháng 5/2024, tháng 12 năm ngoái
    re: rx(`tháng${S}(\\d{1,2})(?:/${Y}|${S}${NAM}${S}(?:${Y}|(nay|ngoái|trước)${WA}))`),
    build: (m) => {
      const mo = +m[1];
      if (mo < 1 || mo > 12) return null;
      const year = m[2] ?? m[3];
      if (year) return { kind: 'point', startIso: ym(+year, mo), endIso: ym(+year, mo) };
      return { kind: 'point', relative: { type: 'year', offset: m[4] === 'nay' ? 0 : -1, fromMonth: mo, toMonth: mo } };
    },
  },
  {
    id: 'time.point.sameSpan', // cùng kỳ năm 2023, cùng kỳ năm trước
    re: rx(`cùng${S}kỳ${S}${NAM}${S}(?:${Y}|(trước|ngoái)${WA})`),
    build: (m) => ({ kind: 'point', relative: m[1] ? { type: 'sameSpan', year: +m[1] } : { type: 'sameSpan', offset: -1 } }),
  },
  {
    id: 'time.point.partOfYear', // cuối năm 2025, đầu năm 2024
    re: rx(`(đầu|giữa|cuối)${S}${NAM}${S}${Y}`),
    build: (m) => ({ kind: 'point', startIso: m[2], endIso: m[2] }),
  },
  {
    id: 'time.point.year', // năm 2024 (also after a cited document: Quyết định 927/QĐ-TTg năm 2024)
    re: rx(`${NAM}${S}${Y}`),
    build: (m) => ({ kind: 'point', startIso: m[1], endIso: m[1] }),
  },
  {
    id: 'time.point.wholeYear', // cả năm (a report's whole year: the document's)
    re: rx(`cả${S}${NAM}(?!${S}(?:${Y}|qua|học|trời|tròn)|[\\p{L}\\p{N}])`),
    build: () => ({ kind: 'point', relative: { type: 'year', offset: 0 } }),
  },
  {
    id: 'time.notAYear', // các năm trước, 5 năm tới, năm sau cao hơn năm trước: counts and comparisons of years
    re: rx(`(?:(?:${alternation(YEAR_COUNT_WORDS)})${S}|\\d{1,4}${S})${NAM}${S}${RELATIVE_YEAR}|${NAM}${S}sau${S}(?:(?:\\p{L}+${S}){1,2}hơn${S}${NAM}${S}trước|khi)${WA}`),
    vetoOnReject: true,
    build: () => null,
  },
  {
    id: 'time.point.relativeYear', // năm nay, năm ngoái, năm trước, năm sau, năm tới
    re: rx(`${NAM}${S}${RELATIVE_YEAR}`),
    build: (m) => ({ kind: 'point', relative: { type: 'year', offset: yearOffset(m[1]) } }),
  },
];

function monthsOfYear(from: number, to: number, year: string | undefined): ReturnType<TimeRule['build']> {
  if (from < 1 || to > 12 || from > to) return null;
  if (year && /^\d{4}$/.test(year)) return { kind: 'point', startIso: ym(+year, from), endIso: ym(+year, to) };
  return { kind: 'point', relative: { type: 'year', offset: 0, fromMonth: from, toMonth: to } };
}

/**
 * A rule's source with its capturing groups made non-capturing, except those its back-references
 * name, which are renumbered from `first` (and the back-references with them). Returns the new
 * source and how many groups it kept.
 */
export function withoutCaptures(source: string, first: number): { source: string; kept: number } {
  const referenced = new Set<number>();
  for (let i = 0; i < source.length; i++) if (source[i] === '\\') { if (/[1-9]/.test(source[i + 1])) referenced.add(+source[i + 1]); i++; }
  if (/\(\?<[^=!]|\\k</.test(source) || /\\[1-9]\d/.test(source)) throw new Error(`time rule: named groups or back-references past 9 are not handled: ${source}`);
  let out = '', group = 0, kept = 0;
  const renumbered = new Map<number, number>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1];
      out += /[1-9]/.test(e) ? `\\${renumbered.get(+e)}` : c + e;
      i++;
    } else if (c === '[') { // a class: copied as it is (a `(` in it is no group)
      let j = i + 1;
      while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === '(' && source[i + 1] !== '?') {
      group++;
      if (referenced.has(group)) { renumbered.set(group, first + kept); kept++; out += '('; } else out += '(?:';
    } else out += c;
  }
  return { source: out, kept };
}

/**
 * All rules as one pattern, so each offset is tried once: each rule becomes one capturing
 * alternative, its own groups made non-capturing (but those its back-references need), so a match
 * fills a short array and tells which rule matched. At one position the first rule in the list that
 * matches wins, so more specific rules come first in TIME_RULES. The winning rule's own pattern is
 * then run sticky at that position for its groups: the alternative is the last thing in the combined
 * pattern, so it matches there exactly as the rule alone does.
 */
interface Combined { source: string; slots: Array<{ rule: TimeRule; group: number; sticky: RegExp }> }

function combine(rules: readonly TimeRule[]): Combined {
  const parts: string[] = [];
  const slots: Combined['slots'] = [];
  let group = 1;
  for (const rule of rules) {
    // (That `kept` is the number of groups V8 finds in `source` is checked by a unit test, not here:
    // compiling every rule to count them took a tenth of a fresh engine's first run.)
    const { source, kept } = withoutCaptures(rule.re.source, group + 1);
    parts.push(`(${source})`);
    slots.push({ rule, group, sticky: new RegExp(rule.re.source, 'uy') });
    group += kept + 1;
  }
  return { source: parts.join('|'), slots };
}

const COMBINED = combine(TIME_RULES);
/** What a time expression can start with: its first syllables (`ngày`, `từ`, `năm`), digits and `(`; for text/syllableStarts. */
export const TIME_STARTS: MatchStarts = matchStartsOf(COMBINED.source);
const TIME_STARTS_ONLY = new SyllableStarts([TIME_STARTS]);
/**
 * The combined rules at word starts. A whole-text scan (for texts with letters outside the Latin and
 * Vietnamese blocks) runs behind a hint of where a match can start (same groups): the alternatives
 * are many and unlike.
 */
const MATCHES = new WordStartMatches(COMBINED.source, () => atLikelyWordStartPrefixed(COMBINED.source));

/**
 * Runs the time rules over the lower-cased text in one pass. `starts`: the word starts where a time
 * expression can start ({@link TIME_STARTS}, found by text/syllableStarts; found here when not given),
 * or null to scan the whole text.
 */
export function recognizeTimes(lower: string, starts: readonly number[] | null = startsOrNull(TIME_STARTS_ONLY.find(lower), 0)): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const { slots } = COMBINED;
  const matches = MATCHES.reset(lower, starts);
  let m: RegExpExecArray | null;
  while ((m = matches.next()) !== null) {
    let k = 0;
    while (k < slots.length && m[slots[k].group] === undefined) k++;
    const slot = slots[k];
    if (slot) {
      slot.sticky.lastIndex = m.index;
      const sub = slot.sticky.exec(lower);
      // Cannot fail (see combine); checked so a broken rule shows at once rather than as a wrong span.
      if (sub === null || sub[0].length !== m[0].length) throw new Error(`time rule ${slot.rule.id}: no match alone at ${m.index}`);
      const built = slot.rule.build(sub);
      if (built) {
        // The builder's object is fresh: completed in place, with the keys in the order a spread
        // `{ ...built, start, end, rule }` gives them (a spread of the builders' many shapes costs microseconds).
        const t = built as TimeCandidate;
        t.start = built.start ?? m.index;
        t.end = built.end ?? m.index + m[0].length;
        t.rule = slot.rule.id;
        out.push(t);
      }
      else if (!slot.rule.vetoOnReject) matches.from = m.index + 1; // the shape matched but not the value (month 13): let other rules try
    }
    if (m[0].length === 0) matches.from++;
  }
  return out;
}
