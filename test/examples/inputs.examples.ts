/** What a researcher types into the edit dialogs → what chitieu reads (or the error it shows). Positive and negative. */
export const AMOUNT_INPUTS: Array<[string, { value: number; max?: number; unit?: string; qualifier?: string } | RegExp]> = [
  ['450', { value: 450 }],
  ['1.234,5', { value: 1234.5 }],
  ['1.234.567', { value: 1234567 }],
  ['0,75', { value: 0.75 }],
  ['-3,5', { value: -3.5 }],
  ['2,5 triệu', { value: 2_500_000 }],
  ['450 nghìn tỷ đồng', { value: 450e12, unit: 'VND' }],
  ['gần 450 nghìn tỷ đồng', { value: 450e12, unit: 'VND', qualifier: 'nearly' }],
  ['25%', { value: 25, unit: '%' }],
  ['3-5 triệu USD', { value: 3e6, max: 5e6, unit: 'USD' }],
  ['hai mươi lăm phần trăm', { value: 25, unit: '%' }],
  ['100 dự án', { value: 100, unit: 'dự án' }],
  ['', /Type a value/],
  ['abc', /does not read as a number/],
  ['3 và 5%', /remove “3 và”/],
  ['5% và 7%', /holds 2 values/],
  ['1.2.3', /not one number|does not read/],
];

export const DATE_INPUTS: Array<[string, string | RegExp]> = [
  ['2025', '2025'],
  ['2025-12', '2025-12'],
  ['2025-12-31', '2025-12-31'],
  ['31/12/2025', '2025-12-31'],
  ['6/2025', '2025-06'],
  ['đến năm 2030', '2030'],
  ['tháng 6/2025', '2025-06'],
  ['năm 2025', '2025'],
  ['2025-13', /Month 13/],
  ['30/2/2025', /no day 30/],
  ['1850', /plausible year/],
  ['sắp tới', /not a year or a date/],
  ['', /Type a year/],
];

export const PERIOD_INPUTS: Array<[string, string | RegExp]> = [
  ['2021-2025', '2021-2025'],
  ['2021 – 2025', '2021-2025'],
  ['giai đoạn 2021-2030', '2021-2030'],
  ['2025-2021', /ends \(2021\) before/],
  ['2025', /two years/],
];

export const PROVINCE_INPUTS: Array<[string, string | RegExp]> = [
  ['Thanh Hóa', 'Thanh Hóa'],
  ['thanh hoa', 'Thanh Hóa'],
  ['Thanh Hoá', 'Thanh Hóa'],
  ['tỉnh Vĩnh Phúc', 'Vĩnh Phúc'],
  ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
  ['Đắk Lắk', 'Đắk Lắk'],
  ['Paris', /not a Vietnamese province/],
  ['', /Type a province/],
];

/** The date a document speaks from, as typed in “Set document date…” (empty clears it). */
export const DOCUMENT_DATE_INPUTS: Array<[string, string | RegExp]> = [
  ['2024', '2024'],
  ['2024-03', '2024-03'],
  ['2024-3', '2024-03'],
  ['2024-03-12', '2024-03-12'],
  [' 2024-03-12 ', '2024-03-12'],
  ['12/03/2024', '2024-03-12'],
  ['12.3.2024', '2024-03-12'],
  ['03/2024', '2024-03'],
  ['', ''],
  ['   ', ''],
  ['2024-13', /Month 13 does not exist/],
  ['2023-02-29', /has no day 29/],
  ['30/02/2024', /has no day 30/],
  ['1850', /not a plausible year/],
  ['24', /is not a date\. Type a year \(2024\)/],
  ['năm 2024', /is not a date/],
  ['2024-03-12T10:00', /is not a date/],
  ['12 tháng 3', /leave it empty to clear/],
];
