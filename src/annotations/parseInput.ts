/**
 * What a researcher types when correcting an item, read and checked: a value (a Vietnamese or plain
 * number, with scale words and unit), a deadline (a year or a date), a period, a province. Each
 * parser returns the normalised value or an error that says what is wrong and what would be right;
 * the extension shows it under the input box as the person types. An error is a code and its
 * arguments (`INPUT_ERRORS` holds the English of each code, with `{0}`, `{1}` … for the arguments)
 * so the extension can say it in the person's language without this module knowing about VS Code;
 * `error` is the English, filled in.
 */
import { extract } from '../engine';
import { PROVINCES } from '../engine/data/provinces.data';
import { parseDigitToken } from '../engine/recognizers/numbers';
import { stripDiacritics } from '../engine/text/fold';
import type { Qualifier } from '../engine/types';

/** The English of every error the parsers return, by code; `{0}`, `{1}` … are the error's `args`. */
export const INPUT_ERRORS = {
  valueEmpty: 'Type a value, e.g. 450, 2,5 triệu or 450 nghìn tỷ đồng.',
  notOneNumber: '“{0}” is not one number: group thousands with dots (1.234.567) and use a comma for decimals (2,5).',
  onlyPartIsValue: 'Only “{0}” reads as a value; remove “{1}”.',
  severalValues: '“{0}” holds {1} values; type one.',
  notANumber: '“{0}” does not read as a number. Try 450, 1.234,5, 2,5 triệu, 450 nghìn tỷ đồng or 25%.',
  implausibleYear: '{0} is not a plausible year (1900–2200).',
  noSuchMonth: 'Month {0} does not exist.',
  noSuchDay: '{0} has no day {1}.',
  dateEmpty: 'Type a year or a date, e.g. 2025, 12/2025 or 31/12/2025.',
  notADate: '“{0}” is not a year or a date. Type 2025, 2025-12, 31/12/2025 or “đến năm 2025”.',
  notAPeriod: 'Type a period as two years, e.g. 2021-2025.',
  periodYears: 'Use years between 1900 and 2200.',
  periodBackwards: 'The period ends ({0}) before it starts ({1}).',
  provinceEmpty: 'Type a province, e.g. Thanh Hóa or Hải Phòng.',
  notAProvince: '“{0}” is not a Vietnamese province or centrally-run city.',
  notAProvinceDidYouMean: '“{0}” is not a Vietnamese province or centrally-run city. Did you mean {1}?',
  notADocumentDate: '“{0}” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-12 or 12/03/2024); leave it empty to clear the date.',
} as const;
export type InputErrorCode = keyof typeof INPUT_ERRORS;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; code: InputErrorCode; args: string[] };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: InputErrorCode, ...values: Array<string | number>): Parsed<T> => {
  const args = values.map(String);
  return { ok: false, code, args, error: INPUT_ERRORS[code].replace(/\{(\d+)\}/g, (m, i: string) => args[+i] ?? m) };
};

export interface ParsedAmount { value: number; max?: number; unit?: string; qualifier?: Qualifier }

const PLAIN_NUMBER = /^[-−]?\d{1,3}(?:[., ]\d{3})*(?:[.,]\d+)?$|^[-−]?\d+(?:[.,]\d+)?$/;

/**
 * `450`, `1.234,5`, `2,5 triệu`, `450 nghìn tỷ đồng`, `gần 450 nghìn tỷ đồng`, `25%`, `3-5 triệu USD`,
 * `hai mươi lăm phần trăm`. The whole input must be one amount.
 */
export function parseAmountInput(input: string): Parsed<ParsedAmount> {
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s) return fail('valueEmpty');
  if (PLAIN_NUMBER.test(s)) {
    const negative = /^[-−]/.test(s);
    const v = parseDigitToken(s.replace(/^[-−]/, ''), 'vi');
    if (v === null || !Number.isFinite(v)) return fail('notOneNumber', s);
    return ok({ value: negative ? -v : v });
  }
  const amounts = extract(s).entities.filter((e) => e.type === 'amount');
  if (amounts.length === 1 && amounts[0].type === 'amount') {
    const a = amounts[0];
    const rest = (s.slice(0, a.span[0]) + ' ' + s.slice(a.span[1])).trim();
    if (!rest || (a.qualifier && rest.split(' ').length <= 2)) {
      const out: ParsedAmount = { value: a.value };
      if (a.max !== undefined) out.max = a.max;
      if (a.unit) out.unit = a.unit;
      if (a.qualifier) out.qualifier = a.qualifier;
      return ok(out);
    }
    return fail('onlyPartIsValue', a.text, rest);
  }
  if (amounts.length > 1) return fail('severalValues', s, amounts.length);
  return fail('notANumber', s);
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m?: number, d?: number): Parsed<string> {
  if (y < 1900 || y > 2200) return fail('implausibleYear', y);
  if (m === undefined) return ok(String(y));
  if (m < 1 || m > 12) return fail('noSuchMonth', m);
  if (d === undefined) return ok(`${y}-${pad(m)}`);
  if (d < 1 || d > daysIn(y, m)) return fail('noSuchDay', `${y}-${pad(m)}`, d);
  return ok(`${y}-${pad(m)}-${pad(d)}`);
}

/**
 * A deadline or time bound: `2025`, `2025-12`, `2025-12-31`, `31/12/2025`, `12/2025`, `năm 2025`,
 * `đến năm 2030`, `tháng 6/2025`, `cuối năm 2025`. Returns ISO as precise as the input.
 */
export function parseDateInput(input: string): Parsed<string> {
  const s = input.trim();
  if (!s) return fail('dateEmpty');
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s);
  if (m) return isoDate(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
  m = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoDate(+m[3], +m[2], m[1] ? +m[1] : undefined);
  const times = extract(s).entities.filter((e) => e.type === 'time');
  if (times.length === 1 && times[0].type === 'time') {
    const t = times[0];
    const iso = t.kind === 'after' ? t.start : t.end ?? t.start;
    if (iso) return ok(iso);
  }
  return fail('notADate', s);
}

/** A period: `2021-2025`, `2021–2025`, `giai đoạn 2021 - 2025`, `2021-2025, tầm nhìn 2050` → `2021-2025`. */
export function parsePeriodInput(input: string): Parsed<string> {
  const s = input.trim();
  const m = /^(?:giai đoạn\s+)?(\d{4})\s*[-–—/]\s*(\d{4})$/iu.exec(s);
  if (!m) return fail('notAPeriod');
  const a = +m[1], b = +m[2];
  if (a < 1900 || b > 2200) return fail('periodYears');
  if (b < a) return fail('periodBackwards', b, a);
  return ok(`${a}-${b}`);
}

const fold = (s: string) => stripDiacritics(s.normalize('NFC')).toLowerCase().replace(/^(tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+/u, '').replace(/\s+/g, ' ').trim();
const PROVINCE_FORMS = new Map<string, string>();
for (const r of PROVINCES) {
  for (const f of [r.name, r.ascii, ...r.aliases, ...r.ambiguousAliases]) {
    const k = fold(f);
    if (!PROVINCE_FORMS.has(k) || r.era === 'old') PROVINCE_FORMS.set(k, r.name);
  }
}

/** A province-level unit by any of its names, with or without diacritics (`thanh hoa`, `TP. Hồ Chí Minh`). */
export function parseProvinceInput(input: string): Parsed<string> {
  const s = input.trim();
  if (!s) return fail('provinceEmpty');
  const name = PROVINCE_FORMS.get(fold(s));
  if (name) return ok(name);
  const near = [...new Set(PROVINCES.map((r) => r.name))].filter((n) => fold(n).includes(fold(s).slice(0, 3))).slice(0, 3);
  return (near.length ? fail('notAProvinceDidYouMean', s, near.join(', ')) : fail('notAProvince', s));
}

/** Canonical unit spellings for what people type (`vnd`, `đồng` → VND; `percent` → %). Anything else is kept as typed. */
export function normaliseUnitInput(input: string): string {
  const s = input.trim();
  const k = s.toLowerCase();
  if (['vnd', 'vnđ', 'đồng', 'dong', 'đ'].includes(k)) return 'VND';
  if (['usd', '$', 'đô la mỹ', 'đô la'].includes(k)) return 'USD';
  if (['%', 'phần trăm', 'percent'].includes(k)) return '%';
  return s;
}

/**
 * The date a document speaks from, as the researcher types it: `2024`, `2024-03`, `2024-03-12`, or
 * the Vietnamese order `12/03/2024`, `03/2024`. Empty clears it (`''`). Returns ISO as precise as typed.
 */
export function parseDocumentDateInput(input: string): Parsed<string> {
  const s = input.trim();
  if (!s) return ok('');
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s);
  if (!m) {
    const vi = /^(?:(\d{1,2})[/.])?(\d{1,2})[/.](\d{4})$/.exec(s);
    if (vi) m = [s, vi[3], vi[2], vi[1]] as unknown as RegExpExecArray;
  }
  if (!m) return fail('notADocumentDate', s);
  return isoDate(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
}
