/**
 * The time a document speaks from: its year, and the date against which deadlines are compared
 * (is `đến năm 2025` still ahead?). Decided from evidence only, in this order:
 *
 * 1. the date the user set for the document (`options.documentDate`);
 * 2. a date line near the top (`Hà Nội, ngày 12 tháng 3 năm 2024`, `Cập nhật: 12/03/2024`, a dated
 *    letterhead or dateline);
 * 3. the latest reporting span or dated event the text reports (`5 tháng đầu năm 2024`, `quý I/2024`,
 *    `cùng kỳ năm 2023` → 2024, `ngày 15/3/2024`): the text speaks from the end of it;
 * 4. `options.referenceDate` (a corpus or workspace default).
 *
 * A bare year (`năm 2030`), a plan's end year, a deadline or a vision year is never evidence of
 * "now": in an undated plan they are what the text aims at. Without evidence the document is
 * undated, and roles are decided from the sentences alone.
 */
import type { TimeCandidate } from '../recognizers/times';

export type DocumentTimeSource = 'user' | 'header' | 'reporting' | 'option';

export interface DocumentTime {
  year: number;
  /** `YYYY-MM-DD`: deadlines ending after this are still ahead. */
  now: string;
  /** The evidence as precise as it is (`2024`, `2024-06`, `2024-03-12`). */
  date: string;
  source: DocumentTimeSource;
}

/** How far from the top a date counts as the document's date line. */
const HEADER_WINDOW = 800;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Reporting spans that say which part of a year is being reported on. */
const REPORTING_RULES = new Set([
  'time.point.firstMonths', 'time.point.monthsOfYear', 'time.point.estimatedMonths', 'time.point.halfYear',
  'time.point.quarter', 'time.point.month', 'time.point.lastMonths',
]);

/** Words that make the year after them the one being reported on (`báo cáo kết quả thực hiện kế hoạch năm 2024`). */
const REPORT_WORDS = /(?:báo cáo|tổng kết|sơ kết|kết quả|tình hình)(?:\s+[\p{L}\p{M}-]+){0,12}\s*$/u;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last day of a `YYYY-MM` month, two digits: by table for the years 100–9999 and months 1–12 (a
 * split and a Date per call showed in profiles), else by Date as before (years below 100 are 19xx there).
 */
function lastDayOfMonth(ym: string): string {
  const y = +ym.slice(0, 4), m = +ym.slice(5, 7);
  if (ym[4] === '-' && Number.isInteger(y) && Number.isInteger(m) && y >= 100 && m >= 1 && m <= 12) {
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return m === 2 && leap ? '29' : String(DAYS_IN_MONTH[m - 1]);
  }
  const [year, month] = ym.split('-').map(Number);
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/** End of what an ISO-style bound names, as a full date (`2024` → `2024-12-31`, `2024-06` → `2024-06-30`). */
function endOf(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) return `${iso}-${lastDayOfMonth(iso)}`;
  return iso;
}

function fromOption(value: string | undefined, source: DocumentTimeSource): DocumentTime | undefined {
  if (!value || !DATE_RE.test(value)) return undefined;
  return { year: +value.slice(0, 4), now: endOf(value), date: value, source };
}

/** A calendar date with its year (`ngày 12/3/2024`): a day-month without a year says nothing of the year. */
function isFullDate(t: TimeCandidate): boolean {
  return t.kind === 'date' && !!t.startIso && t.startIso.length >= 10;
}

export function documentTime(times: readonly TimeCandidate[], lower: string, referenceDate?: string, documentDate?: string): DocumentTime | undefined {
  const user = fromOption(documentDate, 'user');
  if (user) return user;
  for (const t of times) {
    if (t.start >= HEADER_WINDOW) break;
    if (isFullDate(t) && t.startIso) return { year: +t.startIso.slice(0, 4), now: t.startIso, date: t.startIso, source: 'header' };
  }
  let latest = '', latestDate = '';
  for (const t of times) {
    let end: string | undefined;
    if (isFullDate(t)) end = t.endIso;
    else if (t.kind === 'point' && REPORTING_RULES.has(t.rule) && t.endIso && !t.relative) end = endOf(t.endIso);
    else if (t.kind === 'point' && t.rule === 'time.point.sameSpan' && t.relative?.type === 'sameSpan' && t.relative.year) {
      end = `${t.relative.year + 1}-01-01`; // `cùng kỳ năm 2023`: the text reports on 2024
    } else if (t.kind === 'point' && t.rule === 'time.point.year' && t.endIso && REPORT_WORDS.test(lower.slice(Math.max(0, t.start - 80), t.start))) {
      end = endOf(t.endIso);
    }
    if (end && end > latest) { latest = end; latestDate = t.kind === 'date' ? end : (t.endIso ?? end); }
  }
  if (latest) {
    // A dateline without a year (`Sáng 8/1`, `(TTXVN 1/12)`) dates the text within the year the
    // reporting implies: before the end of the reported span, it is the next year (a January review of 2025).
    const line = times.find((t) => t.start < HEADER_WINDOW && t.kind === 'date' && t.relative?.type === 'date');
    if (line?.relative?.type === 'date') {
      const { month, day } = line.relative;
      const endMonth = +latest.slice(5, 7);
      const year = +latest.slice(0, 4) + (month < endMonth ? 1 : 0);
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { year, now: iso, date: iso, source: 'header' };
    }
    return { year: +latest.slice(0, 4), now: latest, date: latestDate, source: 'reporting' };
  }
  return fromOption(referenceDate, 'option');
}

/**
 * For an undated text, the year against which a day or month without a year (`(TTXVN 1/12)`, `tháng
 * 12 năm ngoái`) is read: the earliest year it reports or starts a period in. Used only to resolve
 * those expressions, never to decide what is ahead (roles), so a wrong guess cannot turn a target
 * into a result.
 */
export function resolutionYear(times: readonly TimeCandidate[]): DocumentTime | undefined {
  let year = Infinity;
  for (const t of times) {
    if ((t.kind === 'point' || t.kind === 'period') && t.startIso && !t.relative) year = Math.min(year, +t.startIso.slice(0, 4));
  }
  return Number.isFinite(year) ? { year, now: `${year}-12-31`, date: String(year), source: 'option' } : undefined;
}

/** Compares an ISO-style bound (`2025`, `2025-06`, `2025-06-30`) taken as the end of what it names, with a date. */
export function endsAfter(iso: string, now: string): boolean {
  return endOf(iso) > now;
}
