/**
 * Formatting corpus (Duckling style): one input, the string each language must show. Read by
 * test/unit/format.test.ts; `fn` names the function of src/format that is called with `input`.
 */
import type { AmountLike, TimeLike } from '../../src/format';

type GoalInput = { indicator: string; value?: number; max?: number; unit?: string; qualifier?: AmountLike['qualifier']; deadline?: string; period?: string };

export type FormatExample =
  | { fn: 'formatNumber'; input: number; vi: string; en: string }
  | { fn: 'amountText' | 'amountWithExact'; input: AmountLike; vi: string; en: string }
  | { fn: 'deadlineText' | 'periodText'; input: string; vi: string; en: string }
  | { fn: 'timeText'; input: TimeLike; vi: string; en: string }
  | { fn: 'goalLabel' | 'goalSummary'; input: GoalInput; vi: string; en: string };

export const FORMAT_EXAMPLES: FormatExample[] = [
  // numbers
  { fn: 'formatNumber', input: 450000000000000, vi: '450.000.000.000.000', en: '450,000,000,000,000' },
  { fn: 'formatNumber', input: 9.55, vi: '9,55', en: '9.55' },
  { fn: 'formatNumber', input: 1234.5, vi: '1.234,5', en: '1,234.5' },
  { fn: 'formatNumber', input: 85.6e6, vi: '85.600.000', en: '85,600,000' }, // 85.6 × 1e6 is not exact in binary
  { fn: 'formatNumber', input: 0, vi: '0', en: '0' },
  // amounts, as said
  { fn: 'amountText', input: { value: 450e12, unit: 'VND', qualifier: 'nearly' }, vi: 'gần 450 nghìn tỷ đồng', en: 'nearly 450 trillion VND' },
  { fn: 'amountText', input: { value: 9.55, unit: '%', qualifier: 'about' }, vi: 'khoảng 9,55%', en: 'about 9.55%' },
  { fn: 'amountText', input: { value: 1.8e9, unit: 'USD' }, vi: '1,8 tỷ USD', en: '1.8 billion USD' },
  { fn: 'amountText', input: { value: 85.6e6, unit: 'USD', qualifier: 'more_than' }, vi: 'hơn 85,6 triệu USD', en: 'more than 85.6 million USD' },
  { fn: 'amountText', input: { value: 30, max: 50, unit: '%' }, vi: '30–50%', en: '30–50%' },
  { fn: 'amountText', input: { value: 6700, max: 7500, unit: 'USD', qualifier: 'at_least' }, vi: 'ít nhất 6.700–7.500 USD', en: 'at least 6,700–7,500 USD' },
  { fn: 'amountText', input: { value: 1.5e12, max: 2e12, unit: 'VND' }, vi: '1,5–2 nghìn tỷ đồng', en: '1.5–2 trillion VND' },
  { fn: 'amountText', input: { value: 1234567, unit: 'VND' }, vi: '1.234.567 đồng', en: '1,234,567 VND' }, // no scale word that is not exact
  { fn: 'amountText', input: { value: 120, unit: 'dự án', qualifier: 'at_most' }, vi: 'tối đa 120 dự án', en: 'at most 120 dự án' },
  { fn: 'amountText', input: { value: 2500, unit: 'ha' }, vi: '2.500 ha', en: '2,500 ha' },
  { fn: 'amountText', input: { value: 12, unit: '' }, vi: '12', en: '12' },
  // amounts with every digit
  { fn: 'amountWithExact', input: { value: 450e12, unit: 'VND', qualifier: 'nearly' }, vi: 'gần 450 nghìn tỷ đồng (450.000.000.000.000 ₫)', en: 'nearly 450 trillion VND (450,000,000,000,000)' },
  { fn: 'amountWithExact', input: { value: 1.8e9, unit: 'USD' }, vi: '1,8 tỷ USD (1.800.000.000)', en: '1.8 billion USD (1,800,000,000)' },
  { fn: 'amountWithExact', input: { value: 9.55, unit: '%', qualifier: 'about' }, vi: 'khoảng 9,55%', en: 'about 9.55%' },
  // times
  { fn: 'deadlineText', input: '2025', vi: 'đến năm 2025', en: 'by 2025' },
  { fn: 'deadlineText', input: '2026-11', vi: 'đến tháng 11/2026', en: 'by 2026-11' },
  { fn: 'deadlineText', input: '2025-08-31', vi: 'đến ngày 31/08/2025', en: 'by 2025-08-31' },
  { fn: 'periodText', input: '2021-2030', vi: 'giai đoạn 2021–2030', en: '2021–2030' },
  { fn: 'timeText', input: { kind: 'deadline', start: '2025', end: '2025' }, vi: 'đến năm 2025', en: 'by 2025' },
  { fn: 'timeText', input: { kind: 'period', start: '2021', end: '2030' }, vi: 'giai đoạn 2021–2030', en: '2021–2030' },
  { fn: 'timeText', input: { kind: 'point', start: '2024-01', end: '2024-05' }, vi: 'từ tháng 01/2024 đến tháng 05/2024', en: '2024-01 – 2024-05' },
  { fn: 'timeText', input: { kind: 'point', start: '2023', end: '2023' }, vi: 'năm 2023', en: '2023' },
  { fn: 'timeText', input: { kind: 'date', start: '2023-12-01', end: '2023-12-01' }, vi: 'ngày 01/12/2023', en: '2023-12-01' },
  { fn: 'timeText', input: { kind: 'after', start: '2030' }, vi: 'sau năm 2030', en: 'after 2030' },
  // goals: the tree's label (what a reader scans for) and the whole goal (its tooltip)
  {
    fn: 'goalLabel', input: { indicator: 'giá trị sản xuất công nghiệp', value: 450e12, unit: 'VND', qualifier: 'nearly', deadline: '2025', period: '2021-2025' },
    vi: 'giá trị sản xuất công nghiệp — gần 450 nghìn tỷ đồng · 2025', en: 'giá trị sản xuất công nghiệp — nearly 450 trillion VND · 2025',
  },
  { fn: 'goalLabel', input: { indicator: 'trung tâm công nghệ cao', period: '2021-2030' }, vi: 'trung tâm công nghệ cao · 2030', en: 'trung tâm công nghệ cao · 2030' },
  { fn: 'goalLabel', input: { indicator: '', value: 15, unit: '%' }, vi: 'mục tiêu — 15%', en: 'goal — 15%' },
  {
    fn: 'goalSummary', input: { indicator: 'giá trị sản xuất công nghiệp', value: 450e12, unit: 'VND', qualifier: 'nearly', deadline: '2025', period: '2021-2025' },
    vi: 'giá trị sản xuất công nghiệp: gần 450 nghìn tỷ đồng (450.000.000.000.000 ₫) (đến năm 2025, giai đoạn 2021–2025)',
    en: 'giá trị sản xuất công nghiệp: nearly 450 trillion VND (450,000,000,000,000) (by 2025, 2021–2025)',
  },
  { fn: 'goalSummary', input: { indicator: 'trung tâm công nghệ cao', deadline: '2030' }, vi: 'trung tâm công nghệ cao: định tính (đến năm 2030)', en: 'trung tâm công nghệ cao: qualitative (by 2030)' },
];
