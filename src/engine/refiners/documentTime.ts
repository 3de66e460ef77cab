/**
 * The time a document speaks from: its year, and the date against which deadlines are compared
 * (is `đến năm 2025` still ahead?). Taken, in order, from a date near the top of the document (a
 * page header or a dated letterhead), from `options.referenceDate`, from the latest reporting point
 * (`6 tháng đầu năm 2022` → 2022, end of that year), and last from the earliest plan period or deadline
 * it names (a plan is written at the start of its period).
 */
import type { TimeCandidate } from '../recognizers/times';

export interface DocumentTime {
  year: number;
  /** `YYYY-MM-DD`: deadlines ending after this are still ahead. */
  now: string;
  source: 'header-date' | 'option' | 'reporting' | 'plan';
}

const HEADER_WINDOW = 800;

export function documentTime(times: readonly TimeCandidate[], referenceDate?: string): DocumentTime | undefined {
  const header = times.find((t) => t.kind === 'date' && t.startIso && t.start < HEADER_WINDOW);
  if (header?.startIso) return { year: +header.startIso.slice(0, 4), now: header.startIso, source: 'header-date' };
  if (referenceDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(referenceDate)) {
    const y = +referenceDate.slice(0, 4);
    const now = referenceDate.length === 4 ? `${y}-12-31` : referenceDate.length === 7 ? `${referenceDate}-28` : referenceDate;
    return { year: y, now, source: 'option' };
  }
  let latestPoint = 0;
  for (const t of times) {
    if (t.kind === 'point' && t.endIso) latestPoint = Math.max(latestPoint, +t.endIso.slice(0, 4));
    if (t.kind === 'date' && t.endIso) latestPoint = Math.max(latestPoint, +t.endIso.slice(0, 4));
  }
  if (latestPoint) return { year: latestPoint, now: `${latestPoint}-12-31`, source: 'reporting' };
  let earliest = Infinity;
  for (const t of times) {
    if (t.kind === 'period' && t.startIso) earliest = Math.min(earliest, +t.startIso.slice(0, 4));
    if (t.kind === 'deadline' && t.endIso) earliest = Math.min(earliest, +t.endIso.slice(0, 4));
  }
  if (Number.isFinite(earliest)) return { year: earliest, now: `${earliest}-01-01`, source: 'plan' };
  return undefined;
}

/** Compares an ISO-style bound (`2025`, `2025-06`, `2025-06-30`) taken as the end of what it names, with a date. */
export function endsAfter(iso: string, now: string): boolean {
  const full = iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
  return full > now;
}
