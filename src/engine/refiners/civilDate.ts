/**
 * Calendar arithmetic on year, month and day integers (proleptic Gregorian, as `Date` in UTC), for the
 * refiners' few date sums: no `Date` built, parsed and printed per call. The day counts follow Howard
 * Hinnant's `days_from_civil` / `civil_from_days`.
 */

/** Days from 1970-01-01 to y-m-d; a day past the month's end runs on into the next month (`2026-02-30` is 2026-03-02), as `Date` reads it. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // [0, 365] for a day of the month
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `z` days after 1970-01-01, as [year, month, day]. */
export function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `iso` (YYYY-MM-DD) plus `days`, as YYYY-MM-DD: what `new Date(`${iso}T00:00:00Z`)`, moved by
 * `setUTCDate`, gives with `toISOString().slice(0, 10)`; `iso` itself when `Date` cannot read it.
 * Computed on integers for a plain date whose sum stays within years 0–9999 (every date a text
 * gives); anything else (a day 0 or past 31, a month 0 or 13, a six-digit year) goes through `Date`.
 */
export function addDaysIso(iso: string, days: number): string {
  const m = ISO_DATE.exec(iso);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      const [ry, rm, rd] = civilFromDays(daysFromCivil(y, mo, d) + days);
      if (ry >= 0 && ry <= 9999) return `${String(ry).padStart(4, '0')}-${pad2(rm)}-${pad2(rd)}`;
    }
  }
  return addDaysByDate(iso, days);
}

/** The same sum through `Date` (the reference the integer path is tested against). */
export function addDaysByDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
