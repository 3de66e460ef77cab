/**
 * Units of measure and money. Each entry: written form (lower-case) → canonical unit. Matched on
 * the lower-cased text, whole words only, longest first.
 */
export const MONEY_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['đồng', 'VND'], ['vnđ', 'VND'], ['vnd', 'VND'], ['đ', 'VND'],
  ['usd', 'USD'], ['us$', 'USD'], ['$', 'USD'], ['đô la mỹ', 'USD'], ['đô-la mỹ', 'USD'], ['đôla mỹ', 'USD'],
  ['đô la', 'USD'], ['đôla', 'USD'], ['đô-la', 'USD'],
  ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'], ['€', 'EUR'], ['gbp', 'GBP'], ['£', 'GBP'], ['bảng anh', 'GBP'], ['yên', 'JPY'], ['jpy', 'JPY'], ['yên nhật', 'JPY'],
  ['nhân dân tệ', 'CNY'], ['ndt', 'CNY'], ['cny', 'CNY'], ['won', 'KRW'], ['krw', 'KRW'],
];

export const PERCENT_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['%', '%'], ['phần trăm', '%'], ['điểm phần trăm', 'điểm phần trăm'], ['‰', '‰'], ['phần nghìn', '‰'], ['phần ngàn', '‰'],
];

export const PHYSICAL_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['ha', 'ha'], ['héc-ta', 'ha'], ['hécta', 'ha'], ['hecta', 'ha'], ['héc ta', 'ha'],
  ['km2', 'km²'], ['km²', 'km²'], ['ki-lô-mét vuông', 'km²'], ['kilômét vuông', 'km²'],
  ['m2', 'm²'], ['m²', 'm²'], ['mét vuông', 'm²'],
  ['m3', 'm³'], ['m³', 'm³'], ['mét khối', 'm³'], ['lít', 'lít'],
  ['km', 'km'], ['ki-lô-mét', 'km'], ['kilômét', 'km'], ['cây số', 'km'], ['m', 'm'], ['mét', 'm'],
  ['mw', 'MW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'],
  ['mva', 'MVA'], ['kwp', 'kWp'], ['mwp', 'MWp'],
  ['tấn', 'tấn'], ['kg', 'kg'], ['tạ', 'tạ'], ['yến', 'yến'],
  ['teu', 'TEU'], ['tcf', 'TCF'],
  ['gb/s', 'Gb/s'], ['gbps', 'Gb/s'], ['mb/s', 'Mb/s'], ['mbps', 'Mb/s'], ['kb/s', 'kb/s'], ['kbps', 'kb/s'], ['tb/s', 'Tb/s'],
  ['μg/m3', 'μg/m³'], ['μg/m³', 'μg/m³'], ['µg/m3', 'μg/m³'], ['µg/m³', 'μg/m³'], ['mg/m3', 'mg/m³'], ['mg/m³', 'mg/m³'],
  ['mg/l', 'mg/l'],
];

/**
 * Unit words that also start common words: after them these syllables make them no unit
 * (`hai đồng chí` = two comrades, `ba đồng bào`, `tấn công`).
 */
export const UNIT_TRAPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['đồng', ['chí', 'bào', 'bằng', 'ruộng', 'nghiệp', 'thời', 'ý', 'hành', 'bộ', 'minh', 'đội', 'hương', 'lòng', 'tâm', 'thuận', 'cỏ', 'xu', 'hồ', 'phục', 'loại', 'nhất', 'đều', 'dao']],
  ['tấn', ['công']],
  ['yên', ['tâm', 'ổn', 'bình', 'lặng']],
];

/** Currency codes and symbols that may stand before the number (`$25`, `US$ 12 triệu`, `USD 7 triệu`, `EUR 40`). */
export const CURRENCY_BEFORE_NUMBER: readonly string[] = ['us$', '$', 'usd', 'eur', '€', 'gbp', '£', 'vnd', 'jpy', 'cny', 'krw'];

/** Voltage classes name equipment (`đường dây 500kV`): a number with these is not an amount. */
export const VOLTAGE_UNITS = ['kv'];

/** Time units: a number before them is a duration or part of a date, not an amount. */
export const TIME_UNITS = ['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'quí', 'thập kỷ', 'thế kỷ', 'h'];

/** Multiplier shapes: `03x900MVA` = 3 × 900 MVA. */
export const TIMES_SIGNS = ['x', '×'];
