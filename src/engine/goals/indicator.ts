/**
 * The indicator of a goal: a short noun phrase for what is measured.
 *
 * - `X đạt/là/tăng … <amount>`: X, the subject before the value verb, starting after the last time
 *   expression or cue word before it (`phấn đấu đến năm 2025, X đạt …`).
 * - A share (`X chiếm/đáp ứng 30% Y`): `tỷ lệ X … Y`.
 * - A count (`có 24 khu công nghiệp được quy hoạch`): `số` + the counted noun phrase.
 * - An anaphor or ellipsis (`đến năm 2025 con số này là 50%`, `đến năm 2025 đạt 50%`): the
 *   indicator of the goal before it.
 * - A qualitative goal: the end state after its cue (`trở thành <end state>`).
 */
import { collapseSpaces, isSpaceCode } from '../text/scan';
import type { OwnProvinceNames } from './ownProvinceNames';

const VALUE_VERBS = /(?:^|[\s,])(đạt|chiếm|là|bằng|giảm xuống|tăng lên|tăng|giảm|lên|xuống|còn|đóng góp|có|ở mức|thu hút|đáp ứng)(?:\s+(?:bình quân|trung bình|hằng năm|hàng năm|mỗi năm))?\s*$/u;
/**
 * {@link VALUE_VERBS} on a subject whose spaces are collapsed and trailing space trimmed: a match ends
 * at the end and is at most 22 characters long (`,giảm xuống trung bình`), so the search starts 40
 * characters before the end instead of trying every position of a long subject. Same match.
 */
const VALUE_VERBS_G = new RegExp(VALUE_VERBS.source, 'gu');
function valueVerb(collapsed: string): RegExpExecArray | null {
  VALUE_VERBS_G.lastIndex = Math.max(0, collapsed.length - 40);
  return VALUE_VERBS_G.exec(collapsed);
}
const COPULAS = new Set(['đạt', 'là', 'bằng', 'chiếm', 'tăng', 'giảm', 'còn']);
const SHARE_VERBS = new Set(['chiếm', 'đáp ứng', 'bằng', 'đóng góp']);
const LEADING_NOISE = /^(?:(?:theo kế hoạch|kế hoạch|theo|và|còn|với|trong đó|cụ thể|đặc biệt|phấn đấu|đạt được|mục tiêu(?: của [^,]{0,40}? là)?|đặt mục tiêu|đặt ra|đặt|hướng tới|hướng đến|nâng tổng số|nâng|đưa|tăng lên|đề ra|toàn tỉnh|toàn quốc|cả nước|có|đảm bảo|bảo đảm|hình thành|phát triển|xây dựng|đạt|là|ít nhất|tối thiểu|trên|khoảng|hơn|gần|[-–•*+]|\d+[.)]|\(\d+\)|[a-zđ]\))\s+)+/iu;
const TRAILING_NOISE = /\s+(?:của tỉnh|của|trên địa bàn(?: tỉnh)?|toàn tỉnh|của địa phương|dự kiến|ước|đạt|là)$/iu;
/** Words that point back to a figure named before: an anaphor, or a bare plan word (`(kế hoạch tăng 5,2%)`). */
const ANAPHOR_WORDS = ['con số này', 'tỷ lệ này', 'chỉ tiêu này', 'mức này', 'giá trị này', 'kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu', 'so với kế hoạch'];
const ANAPHOR = new RegExp(`^(?:${ANAPHOR_WORDS.join('|')})?$`, 'u');
const ANAPHOR_MAX = Math.max(...ANAPHOR_WORDS.map((w) => w.length));
/**
 * `ANAPHOR.test(s.toLowerCase())`; a string longer than every anaphor is none (lower-casing never
 * shortens a string), and most subjects are: no lower-cased copy of them.
 */
const isAnaphor = (s: string): boolean => s.length <= ANAPHOR_MAX && ANAPHOR.test(s.toLowerCase());
const MAX_WORDS = 12;

function clean(s: string, provinceNames: OwnProvinceNames | null): string {
  let t = collapseSpaces(withoutEmphasis(s)).trim();
  if (t.charCodeAt(0) === 47) t = t.replace(/^\/\s*(?:năm|người|tháng)\b[,;]?\s*/u, ''); // `/năm …`
  if (provinceNames) {
    // `t` is trimmed with single spaces: without a name in it, nothing is left to tidy.
    const u = provinceNames.removeFrom(t);
    if (u !== t) t = u.replace(/\s+/g, ' ').trim();
  }
  for (let k = 0; k < 3; k++) {
    const u = withoutTrailingNoise(t.replace(LEADING_NOISE, '')).trim();
    if (u === t) break; // nothing more to strip: another round changes nothing
    t = u;
  }
  return trimPunctuation(t);
}

/** `s.replace(/[*_"“”]/g, '')`: most strings hold none of these (then no replace is run). */
function withoutEmphasis(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 42 || c === 95 || c === 34 || c === 0x201c || c === 0x201d) return s.replace(/[*_"“”]/g, '');
  }
  return s;
}

/**
 * `t.replace(TRAILING_NOISE, '')` on a string with single spaces: the match ends at the end and is at
 * most 18 characters long (` trên địa bàn tỉnh`), so the search starts 40 characters before it.
 */
const TRAILING_NOISE_G = new RegExp(TRAILING_NOISE.source, 'giu');
function withoutTrailingNoise(t: string): string {
  TRAILING_NOISE_G.lastIndex = Math.max(0, t.length - 40);
  const m = TRAILING_NOISE_G.exec(t);
  return m ? t.slice(0, m.index) : t;
}

/** `t.replace(/^[,;:.\s…-]+|[,;:.\s…(-]+$/g, '')`: punctuation and space cut from the start, then (with `(`) from the end. */
function trimPunctuation(t: string): string {
  let a = 0;
  while (a < t.length && isEdgePunctuation(t.charCodeAt(a), false)) a++;
  let b = t.length;
  while (b > a && isEdgePunctuation(t.charCodeAt(b - 1), true)) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}
/** `[,;:.\s…-]`, and `(` as well at the end. */
function isEdgePunctuation(c: number, end: boolean): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 0x2026 || c === 45 || (end && c === 40) || isSpaceCode(c);
}

/**
 * A noun phrase after an amount ends before a time, a comparison, a verb of change, a purpose, a
 * bracket or another number; it keeps its modifiers (`cho ngành dệt may`, `trong vùng`, `vừa và nhỏ`).
 */
function cutNounPhrase(s: string): string {
  const flat = collapseSpaces(s);
  const stop = /\s(?:(?:vào|đến|tới|trước|sau)\s(?:năm|hết|cuối|giữa|tháng|ngày|quý|\d)|so với|tăng|giảm|nhằm|để|góp phần|trong đó|trong giai đoạn|giai đoạn|thời kỳ|tầm nhìn|sau năm|là|đề ra|đặt ra|được giao|giao|(?:đạt|bằng)\s(?=\d|khoảng|trên|hơn|gần|tối|ít nhất|từ)|phấn đấu|bảo đảm|đảm bảo|và (?:\d|đạt|tăng|giảm|có|là))(?![\p{L}])|,\s*(?:đưa|nâng|đạt|tăng|giảm|phấn đấu|bảo đảm|đảm bảo|xây dựng|hình thành|phát triển|thu hút|tạo|giải quyết|với|tổng|thu|chiếm|là|có|được|gồm|bao gồm|trong đó|cụ thể)(?![\p{L}])|[(;\d]|\/(?:năm|người)/u.exec(' ' + flat);
  const np = stop ? flat.slice(0, Math.max(0, stop.index - 1)) : flat;
  // A qualifier of the number that stopped it is not part of the phrase (`3 dự án quy mô trên 1 tỷ USD`).
  return np.replace(/(?:\s(?:trên|dưới|hơn|từ|khoảng|gần|tối thiểu|tối đa|ít nhất|đạt|với|có))+\s*$/u, '');
}

/** The first `n` space-separated words: `s.split(' ').slice(0, n).join(' ')`, without the arrays. */
function firstWords(s: string, n = MAX_WORDS): string {
  let k = -1;
  for (let w = 0; w < n; w++) {
    k = s.indexOf(' ', k + 1);
    if (k < 0) return s;
  }
  return s.slice(0, k);
}
/** The last `n` space-separated words: `s.split(' ').slice(-n).join(' ')`, without the arrays. */
function lastWords(s: string, n = MAX_WORDS): string {
  let k = s.length;
  for (let w = 0; w < n; w++) {
    if (k === 0) return s;
    k = s.lastIndexOf(' ', k - 1);
    if (k < 0) return s;
  }
  return s.slice(k + 1);
}

export interface QuantitativeParts {
  /** Text from the subject's start (after the last time or intent verb) to the amount, qualifier removed. */
  before: string;
  unitKind: string;
  unit: string;
  /** The counted noun and what follows it, up to the clause end (made when a count needs it). */
  nounPhrase: () => string;
  /** What follows the amount in its clause (`nhu cầu sản xuất` in `đáp ứng 30% nhu cầu sản xuất`). */
  after: string;
  /**
   * What follows the amount in its list item, across commas and wrapped lines (`100% khu công nghiệp,
   * cụm công nghiệp triển khai …`), cut when a rule reads it. A function, not a getter: an object
   * literal with a getter gets a hidden class of its own each time, kept in old space, which holds
   * the closures (and all they capture) through young-generation collections.
   */
  afterItem?: () => string;
  /** Indicator of the previous goal in the same paragraph, for anaphora and ellipsis. */
  previous?: string;
  /** `GRDP` or `GDP`: what bare growth (`tăng trưởng 8%`) is the growth of (asked only when needed). */
  economy?: () => string;
  /** The whole a `trong đó` breakdown is part of (`vùng nguyên liệu quế tập trung`), or '' (found when a bare measure needs it). */
  whole: () => string;
  /** The value verb right before the amount when it stands alone after a comma (`…, tăng 10%`). */
  previousVerb?: string;
  /** The clause's words between its intent verb and its time (`tỷ lệ các dự án …` in `phấn đấu tỷ lệ các dự án … giai đoạn 2021 - 2025 đạt 45 - 50%`). */
  lead: () => string;
}

/** A measure word names the quantity it measures. */
const MEASURE_NAMES: Record<string, string> = {
  ha: 'diện tích', 'km²': 'diện tích', 'm²': 'diện tích', tấn: 'sản lượng', kg: 'sản lượng', 'm³': 'khối lượng',
  MW: 'công suất', GW: 'công suất', kW: 'công suất', MVA: 'công suất', kWh: 'sản lượng điện', MWh: 'sản lượng điện',
  TEU: 'sản lượng hàng hóa', km: 'chiều dài',
};
/**
 * A case-blind test of a whole string against a list of words, `/^(?:w1|w2|…)$/iu` (`orEmpty`: `…)?$`,
 * the empty string too). A string longer than the longest word is none, told without the pattern:
 * with `iu` each character matches one character of a word, and these words are all in the Basic
 * Multilingual Plane, whose characters fold only to characters of it, so a match is as long as its
 * word. Most strings asked are longer.
 */
export function wholeWordTest(words: readonly string[], orEmpty = false): (s: string) => boolean {
  const re = new RegExp(`^(?:${words.join('|')})${orEmpty ? '?' : ''}$`, 'iu');
  const longest = Math.max(...words.map((w) => w.length));
  return (s) => s.length <= longest && re.test(s);
}

/** Words that cannot be a subject on their own (or nothing). */
const isEmptySubject = wholeWordTest(['có', 'là', 'với', 'lên', 'cho', 'chưa', 'chưa đạt', 'không đạt', 'đặt', 'đặt ra', 'đề ra', 'toàn tỉnh', 'toàn quốc',
  'cả nước', 'tỉnh', 'trong đó', 'trong tổng số', 'tổng số', 'khoảng', 'đạt', 'gồm', 'như sau', 'cụ thể', 'còn', 'và'], true);
/** A measure with no noun of its own (`tăng lên quy mô 10.000 ha`). */
const isBareMeasure = wholeWordTest(['quy mô', 'diện tích', 'công suất', 'sản lượng', 'giá trị', 'tổng vốn', 'tổng mức đầu tư']);

/**
 * Digits in a subject belong to another amount, except where they are part of a name (`PM2.5`, `G7`,
 * `5G`), the base of a rate (`số giường bệnh trên 1 vạn dân`) or an age bound (`trẻ em dưới 5 tuổi`).
 */
/** `/(?:^|\s)<word>$/u.test(s)`. */
const endsWithWord = (s: string, word: string) => s.endsWith(word) && (s.length === word.length || isSpaceCode(s.charCodeAt(s.length - word.length - 1)));

function hasStrayNumber(s: string): boolean {
  if (!/\d/.test(s)) return false; // most subjects: no digit at all
  const perHead = s.replace(/(?:trên|\/|mỗi)\s*[\d.,]+\s*(?:vạn|nghìn|ngàn|triệu)?\s*(?:dân|người dân|người|trẻ|hộ)(?![\p{L}])/gu, '');
  // (An age bound is looked for only where `tuổi` is: the pattern starts with optional words, tried at every offset.)
  const rest = perHead.includes('tuổi') ? perHead.replace(/(?:dưới|trên|từ|đủ)?\s*\d{1,3}\s*tuổi(?![\p{L}])/gu, '') : perHead;
  return /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/u.test(rest);
}

/**
 * The standard names of output: written as the statistics write them; trade abbreviations spelt out.
 * Each with a cheap test without which its pattern cannot match (its literal, in its case): most
 * indicators that pass {@link OUTPUT_NAME_HINT} need one replacement or none.
 */
const OUTPUT_NAMES: Array<[RegExp, string, (t: string) => boolean]> = [
  [/(?<![\p{L}])XK(?![\p{L}])/gu, 'xuất khẩu', (t) => t.includes('XK')],
  [/(?<![\p{L}])NK(?![\p{L}])/gu, 'nhập khẩu', (t) => t.includes('NK')],
  [/tổng sản phẩm (?:trên địa bàn|trong)(?: (?:tỉnh|thành phố))?(?: \(GRDP\))?/giu, 'GRDP', (t) => TOTAL_PRODUCT.test(t)],
  [/tổng sản phẩm trong nước(?: \(GDP\))?/giu, 'GDP', (t) => TOTAL_PRODUCT.test(t)],
  [/(GRDP|GDP) \(\1\)/gu, '$1', (t) => t.includes('DP (')],
];
const TOTAL_PRODUCT = /tổng sản phẩm/iu;
/** Whether any of {@link OUTPUT_NAMES} can apply (a case-blind superset of their patterns). */
const OUTPUT_NAME_HINT = /XK|NK|GR?DP|tổng sản phẩm/iu;
/** `tăng trưởng` alone, as a target in %, is the growth of the economy's output. */
const BARE_GROWTH = /^(?:(?:tốc độ|mức|tỷ lệ)\s+)?tăng trưởng(?:\s+kinh tế)?$/iu;
const NAMED_RATE = /^(?:tốc độ|tỷ lệ|tỷ trọng|mức|chỉ số|tăng trưởng|hệ số|cơ cấu)(?![\p{L}])/iu;

/** Names the measure the way a statistician does (`GRDP tăng 8%` → `tốc độ tăng trưởng GRDP`). */
function nameRate(indicator: string, p: QuantitativeParts, verb: string | undefined): string {
  let t = indicator;
  if (OUTPUT_NAME_HINT.test(t)) for (const [re, name, can] of OUTPUT_NAMES) if (can(t)) t = t.replace(re, name);
  if (p.unitKind !== 'percent') return t;
  if (BARE_GROWTH.test(t)) return `tốc độ tăng trưởng ${p.economy?.() ?? 'GRDP'}`;
  // (Each pattern asked only of an indicator that holds its literal: most hold neither.)
  const growthOf = t.includes('tăng trưởng') ? /^(?:mức\s+)?tăng trưởng\s+(GRDP|GDP)(.*)$/u.exec(t) : null;
  if (growthOf) return `tốc độ tăng trưởng ${growthOf[1]}${growthOf[2]}`;
  if ((t === 'GRDP' || t === 'GDP') && verb === 'tăng') return `tốc độ tăng trưởng ${t}`;
  if (verb === 'tăng' && t && !NAMED_RATE.test(t) && !/(?:^|\s)(?:tăng|tỷ lệ|tỷ trọng)(?:\s|$)/iu.test(t)) return `tốc độ tăng ${t}`;
  return t;
}

export function quantitativeIndicator(p: QuantitativeParts, provinceNames: OwnProvinceNames | null): string {
  const b = collapseSpaces(p.before).trimEnd();
  const verbMatch = valueVerb(b);
  let t = rawQuantitativeIndicator(p, provinceNames, b, verbMatch);
  // A bare measure in a breakdown measures the whole it breaks down.
  const measure = MEASURE_NAMES[p.unit];
  const ofWhole = t === measure || t === '' || t === p.unit ? p.whole() : '';
  if (ofWhole) {
    const whole = lastWords(clean(ofWhole.replace(/^(?:phát triển|xây dựng|hình thành|mở rộng|quy hoạch)\s+/iu, ''), provinceNames), 10);
    if (whole && !/\d/.test(whole)) t = measure ? `${measure} ${whole}` : whole;
  }
  // A bare measure (`tăng lên quy mô 10.000 ha`) measures what the goal before it named.
  if (isBareMeasure(t) && p.previous && !p.previous.toLowerCase().startsWith(t.toLowerCase())) {
    t = `${t} ${p.previous.charAt(0).toLowerCase()}${p.previous.slice(1)}`;
  }
  return nameRate(t, p, verbMatch?.[1] ?? (p.previousVerb));
}

/** Nouns that name what a value measures, when they stand after the verb (`cảng X đạt công suất 100 triệu tấn`). */
const MEASURE_AFTER_VERB = /^(.*?)\s(?:đạt|có|với|ở)\s+((?:công suất|diện tích|sản lượng|quy mô|tổng vốn|vốn|giá trị|doanh thu|chiều dài|trọng tải|dân số|tổng mức đầu tư|kim ngạch)(?:\s+[\p{L}]+){0,3})$/u;
/**
 * Whether a subject with single spaces holds a verb of {@link MEASURE_AFTER_VERB} between spaces, without
 * which the pattern (tried at every space of the subject) cannot match: most subjects end with their verb.
 */
function hasMeasureVerb(b: string): boolean {
  return b.includes(' đạt ') || b.includes(' có ') || b.includes(' với ') || b.includes(' ở ');
}
/** The last linking word of a subject (`… quốc tế với giá trị sản xuất …`): the subject starts after it. */
const LINK = /^.*\s(?:với|mà|khi|nhằm|để|thì)\s/iu;
/** A rate's head with no noun of its own (`tốc độ tăng bình quân 12%`): it is the rate of what came before. */
const isBareRate = wholeWordTest(['tốc độ', 'mức', 'tỷ lệ', 'nhịp độ']);

/** `b`: the subject with its spaces collapsed, trimmed at the end; `verbMatch`: its value verb ({@link valueVerb}). */
function rawQuantitativeIndicator(p: QuantitativeParts, provinceNames: OwnProvinceNames | null, b: string, verbMatch: RegExpExecArray | null): string {
  const measured = hasMeasureVerb(b) ? MEASURE_AFTER_VERB.exec(b) : null;
  if (measured) {
    const owner = lastWords(clean(measured[1], provinceNames), 6);
    const head = clean(measured[2], provinceNames);
    if (head && owner && !/\d/.test(owner) && !isEmptySubject(owner)) return `${head} ${owner}`;
  }
  const verb = verbMatch?.[1];
  // The subject: before the value verb, after the last linking word (`… quốc tế với giá trị sản xuất …`).
  let subject = clean(verbMatch ? b.slice(0, verbMatch.index) : b, provinceNames);
  const link = LINK.exec(subject);
  if (link) subject = subject.slice(link[0].length);
  subject = lastWords(subject, 14);
  // `4.500 ha A và 10.000 ha B`: what stands between two amounts belongs to the first.
  // Digits in a subject belong to another amount, except the base of a rate (`số giường bệnh trên 1 vạn dân`).
  if (hasStrayNumber(subject) || isEmptySubject(subject) || endsWithWord(b, 'và')) subject = '';
  // A bare verb before the amount (`Hình thành ít nhất 20 mô hình`, `Đảm bảo trên 70% diện tích`) is not what is measured.
  const shortSubject = !verb && subject.indexOf(' ', subject.indexOf(' ') + 1) < 0; // at most two words
  const nounAfter = (raw: string, n: number) => { const np = firstWords(clean(cutNounPhrase(raw), provinceNames), n); return isEmptySubject(np) ? '' : np; };
  let afterNpMemo: string | undefined;
  /** The noun phrase after the amount in its clause (computed only when a rule needs it). */
  const afterNpOf = (): string => (afterNpMemo ??= nounAfter(p.after, 12));
  let percentNpMemo: string | undefined;
  /** The noun phrase of a percentage's list item (computed only when a percentage needs it). */
  const percentNpOf = (): string => {
    if (percentNpMemo === undefined) { const itemNp = nounAfter(p.afterItem?.() ?? p.after, 20); percentNpMemo = /\p{L}/u.test(itemNp) ? itemNp : afterNpOf(); }
    return percentNpMemo;
  };
  const measure = MEASURE_NAMES[p.unit];

  // 1. A count: `số` + the counted noun phrase.
  // (`tổng số doanh nghiệp đạt 1.200 doanh nghiệp` keeps its subject: a copula names what is counted.)
  if (p.unitKind === 'count' && !(subject && verb && COPULAS.has(verb))) {
    const np = firstWords(clean(cutNounPhrase(p.nounPhrase()), provinceNames), 20);
    // `Giải quyết việc làm cho 25.000 lao động` → `số lao động được giải quyết việc làm`.
    const doneTo = /^(.{3,60}?)\s+cho$/u.exec(subject);
    if (np && doneTo && !verb) return `số ${np} được ${doneTo[1].charAt(0).toLowerCase()}${doneTo[1].slice(1)}`;
    if (np) return `số ${np}`;
  }
  // 2. A measure with what it measures after it: `25.000 ha dược liệu` → `diện tích dược liệu`;
  //    after a short head (`quy mô`, `khai thác`) the head names it: `khai thác dược liệu các loại`.
  if (!subject && measure && afterNpOf()) return `${measure} ${afterNpOf()}`;
  if (shortSubject && afterNpOf()) return p.unitKind === 'percent' ? `tỷ lệ ${percentNpOf()}` : `${subject} ${afterNpOf()}`;
  // 3. A share: `X chiếm 30% Y` → `tỷ lệ X chiếm Y`.
  if (subject && p.unitKind === 'percent' && verb && SHARE_VERBS.has(verb) && afterNpOf() && !isAnaphor(subject)) {
    return `${/^(tỷ lệ|tỷ trọng)/u.test(subject) ? '' : 'tỷ lệ '}${lastWords(subject, 6)} ${verb} ${firstWords(afterNpOf(), 6)}`;
  }
  if (subject && isBareRate(subject) && verbMatch) {
    const verbPhrase = b.slice(verbMatch.index).replace(/^[\s,]+/, '').trim();
    const of = p.previous ? ` ${p.previous.replace(/^(?:tỷ trọng|tỷ lệ|tốc độ tăng(?: trưởng)?)\s+/iu, '')}` : '';
    return `${subject} ${verbPhrase}${of}`;
  }
  // `thu hút 1 tỷ USD vốn FDI`: what is attracted.
  if (!subject && verb === 'thu hút' && afterNpOf()) return `${afterNpOf()} thu hút`;
  if (subject && !isAnaphor(subject)) return subject;
  // 4. The words between the intent verb and the time (`phấn đấu tỷ lệ X giai đoạn 2021 - 2025 đạt 45%`);
  //    `tăng bình quân … đạt 15%` after a goal: the growth of that goal's figure.
  const leadText = p.lead();
  const lead = leadText ? lastWords(clean(leadText, provinceNames), 12) : '';
  if (lead && !hasStrayNumber(lead) && !isEmptySubject(lead)) {
    if (p.previous && /^(?:tăng|giảm|tốc độ)/u.test(lead)) return `${firstWords(lead, 4)} ${p.previous}`;
    return lead;
  }
  // 5. Anaphora and ellipsis: `đến năm 2025 con số này là 50%`, `đến năm 2025 đạt 50%`.
  if (p.previous) return p.previous;
  if (p.unitKind === 'percent' && percentNpOf()) return `tỷ lệ ${percentNpOf()}`;
  if (measure) return afterNpOf() ? `${measure} ${afterNpOf()}` : measure;
  return afterNpOf() || p.unit;
}

/** Words after which an end state stops (a purpose, a time, a comment on it). */
const END_STATE_STOP = /\s(?:đây là|nhằm|để|với mục tiêu|vào năm|đến năm|trong giai đoạn|giai đoạn|thời kỳ)\s|[;.(]/u;
const CUE_PREFIX = /^(?:trở thành|tiến tới|hình thành|thuộc|nằm trong|phát triển|xây dựng|đưa|là|làm|có|tạo)\s+/iu;

export function qualitativeIndicator(endState: string, provinceNames: OwnProvinceNames | null): string {
  let t = collapseSpaces(endState).trim();
  // `phát triển Vĩnh Phúc thành X`, `đưa du lịch trở thành X`: the end state is X.
  const into = /^(?:phát triển|xây dựng|đưa)\s.{1,60}?\s(?:trở thành|thành)\s/iu.exec(t);
  if (into) t = t.slice(into[0].length);
  t = t.replace(CUE_PREFIX, '');
  const stop = END_STATE_STOP.exec(' ' + t);
  if (stop) t = t.slice(0, Math.max(0, stop.index - 1));
  if (provinceNames) {
    // Without a name in it, `t` keeps its single spaces, and the edges trimPunctuation cuts include what trim would.
    const u = provinceNames.removeFrom(t);
    if (u !== t) t = u.replace(/\s+/g, ' ').trim();
  }
  return firstWords(trimPunctuation(t), 16).replace(/[,;:\s]+$/u, '');
}
