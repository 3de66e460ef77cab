/**
 * The input parsers' errors (src/annotations/parseInput.ts returns a code and its arguments) and the
 * edit dialog's enum values, in the person's language. A unit test checks that every code's English
 * here is the parser's (`INPUT_ERRORS`), so both say the same.
 */
import type { Attributes } from '../../annotations/model';
import type { InputErrorCode, Parsed } from '../../annotations/parseInput';
import type { Qualifier, TimeKind } from '../../engine';
import { currentLang, t } from '../platform/l10n';
import { qualifierWord, timeKindWord } from '../../format';

type Say = (...args: string[]) => string;
const MESSAGES: Record<InputErrorCode, Say> = {
  valueEmpty: () => t('Type a value, e.g. 450, 2,5 triệu or 450 nghìn tỷ đồng.'),
  notOneNumber: (s) => t('“{0}” is not one number: group thousands with dots (1.234.567) and use a comma for decimals (2,5).', s),
  onlyPartIsValue: (a, b) => t('Only “{0}” reads as a value; remove “{1}”.', a, b),
  severalValues: (s, n) => t('“{0}” holds {1} values; type one.', s, n),
  notANumber: (s) => t('“{0}” does not read as a number. Try 450, 1.234,5, 2,5 triệu, 450 nghìn tỷ đồng or 25%.', s),
  implausibleYear: (y) => t('{0} is not a plausible year (1900–2200).', y),
  noSuchMonth: (m) => t('Month {0} does not exist.', m),
  noSuchDay: (ym, d) => t('{0} has no day {1}.', ym, d),
  dateEmpty: () => t('Type a year or a date, e.g. 2025, 12/2025 or 31/12/2025.'),
  notADate: (s) => t('“{0}” is not a year or a date. Type 2025, 2025-12, 31/12/2025 or “đến năm 2025”.', s),
  notAPeriod: () => t('Type a period as two years, e.g. 2021-2025.'),
  periodYears: () => t('Use years between 1900 and 2200.'),
  periodBackwards: (b, a) => t('The period ends ({0}) before it starts ({1}).', b, a),
  provinceEmpty: () => t('Type a province, e.g. Thanh Hóa or Hải Phòng.'),
  notAProvince: (s) => t('“{0}” is not a Vietnamese province or centrally-run city.', s),
  notAProvinceDidYouMean: (s, near) => t('“{0}” is not a Vietnamese province or centrally-run city. Did you mean {1}?', s, near),
  notADocumentDate: (s) => t('“{0}” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-12 or 12/03/2024); leave it empty to clear the date.', s),
};

/** The error of a parse, in the person's language; undefined when it read. */
export function inputError(r: Parsed<unknown>): string | undefined {
  return r.ok ? undefined : MESSAGES[r.code](...r.args);
}

/** The words of the edit dialog's attributes and enum values (the stored values stay the English codes). */
export const ATTRIBUTE_TEXT: Record<keyof Attributes, () => string> = {
  value: () => t('value'), max: () => t('upper bound'), unit: () => t('unit'), qualifier: () => t('qualifier'), role: () => t('role'),
  kind: () => t('kind'), start: () => t('start'), end: () => t('end'), province: () => t('province'), indicator: () => t('indicator'),
  deadline: () => t('deadline'), period: () => t('period'),
};

const ROLE_TEXT: Record<string, () => string> = { target: () => t('target (to be reached)'), actual: () => t('actual (reported)'), other: () => t('descriptive count') };

/** An enum value of the edit dialog in words (qualifier, role, time kind); `(none)` for no qualifier. */
export function enumText(k: keyof Attributes, v: string): string {
  const lang = currentLang();
  if (v === '(none)') return t('(none)');
  if (k === 'qualifier') return qualifierWord(v as Qualifier, lang);
  if (k === 'kind') return timeKindWord(v as TimeKind, lang);
  if (k === 'role') return ROLE_TEXT[v]?.() ?? v;
  return v;
}
