/**
 * Matching an indicator across documents: two plans say `tốc độ tăng trưởng kinh tế` and `Tốc độ
 * tăng GRDP`, `tổng sản phẩm trên địa bàn` and `GRDP`, `số KCN` and `số khu công nghiệp` (where the
 * text defines `khu công nghiệp (KCN)`). The key ignores case, diacritics, punctuation and spacing,
 * spells abbreviations the document defines as their short form, and maps known synonyms to one
 * name. The researcher can still merge or split groups (`IndicatorGroups`). Pure TypeScript.
 */

/** Lower case, no diacritics (`đ` → `d`), letters and digits only, single spaces. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ').trim();
}

/**
 * Known synonyms, as folded phrases → the folded name of their group. Longest first when applied;
 * each replaces a whole-word run. From the statistics' own names (GSO) and how plans word them.
 */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['tong san pham tren dia ban tinh', 'grdp'],
  ['tong san pham tren dia ban', 'grdp'],
  ['tong san pham trong nuoc', 'gdp'],
  ['toc do tang truong kinh te', 'toc do tang grdp'],
  ['tang truong kinh te', 'toc do tang grdp'],
  ['toc do tang truong grdp', 'toc do tang grdp'],
  ['tang truong grdp', 'toc do tang grdp'],
  ['grdp binh quan dau nguoi', 'grdp dau nguoi'],
  ['grdp nguoi', 'grdp dau nguoi'],
  ['tong kim ngach xuat khau', 'kim ngach xuat khau'],
  ['gia tri xuat khau', 'kim ngach xuat khau'],
  ['kim ngach xk', 'kim ngach xuat khau'],
  ['von dau tu truc tiep nuoc ngoai', 'von fdi'],
  ['dau tu truc tiep nuoc ngoai', 'von fdi'],
  ['tong thu ngan sach nha nuoc', 'thu ngan sach nha nuoc'],
  ['tong thu ngan sach', 'thu ngan sach nha nuoc'],
  ['thu ngan sach', 'thu ngan sach nha nuoc'],
  ['ty le ngheo', 'ty le ho ngheo'],
  ['gtsx', 'gia tri san xuat'],
  ['tong muc ban le hang hoa va doanh thu dich vu tieu dung', 'tong muc ban le hang hoa'],
];

/** `long form (ABBR)` definitions in a text: folded abbreviation → folded long form (2–8 capitals, 2–8 words before). */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /((?:[\p{L}\p{M}]+[ \t]+){1,7}[\p{L}\p{M}]+)[ \t]*\((\p{Lu}[\p{Lu}\d]{1,7})\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const abbr = m[2], words = m[1].split(/[ \t]+/);
    // The long form is the last words whose initials spell the abbreviation (`khu công nghiệp (KCN)`);
    // failing that, as many words as the abbreviation has letters.
    const initials = (ws: string[]) => foldText(ws.map((w) => w[0]).join('')).replace(/ /g, '');
    const want = foldText(abbr).replace(/ /g, '');
    let take = 0;
    for (let k = 1; k <= words.length; k++) if (initials(words.slice(-k)) === want) { take = k; break; }
    if (!take) take = Math.min(words.length, want.length);
    out.set(want, foldText(words.slice(-take).join(' ')));
  }
  return out;
}

/** Replaces whole-word occurrences of `from` by `to` in a folded phrase. */
function replaceWords(s: string, from: string, to: string): string {
  const padded = ` ${s} `;
  const hit = ` ${from} `;
  return padded.includes(hit) ? padded.split(hit).join(` ${to} `).trim() : s;
}

/** The key under which an indicator is grouped; `defined` are the abbreviations its document defines. */
export function indicatorKey(indicator: string, defined: ReadonlyMap<string, string> = new Map()): string {
  let k = foldText(indicator);
  // A defined long form is written as its abbreviation, so both spellings meet.
  for (const [abbr, long] of [...defined].sort((a, b) => b[1].length - a[1].length)) k = replaceWords(k, long, abbr);
  return replaceSynonyms(k);
}

const SYNONYM_WORDS = SYNONYMS.map(([from, to]) => [from.split(' '), to] as const).sort((a, b) => b[0].length - a[0].length);
/** One pass, left to right, the longest synonym at each word (a replacement is never read again). */
function replaceSynonyms(folded: string): string {
  const words = folded.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const hit = SYNONYM_WORDS.find(([from]) => from.every((w, k) => words[i + k] === w));
    if (hit) { out.push(hit[1]); i += hit[0].length; } else out.push(words[i++]);
  }
  return out.join(' ');
}

/**
 * The researcher's corrections of the automatic grouping, stored with the annotations:
 * `merge`: a key → the key of the group it joins; `split`: keys that leave the group a synonym put them in
 * (keyed by their own folded text).
 */
export interface IndicatorGroups { merge?: Record<string, string>; split?: string[] }

/** The group of an indicator after the researcher's corrections. */
export function indicatorGroup(indicator: string, defined?: ReadonlyMap<string, string>, groups: IndicatorGroups = {}): string {
  const own = foldText(indicator);
  let k = groups.split?.includes(own) ? own : indicatorKey(indicator, defined);
  const seen = new Set<string>();
  while (groups.merge && Object.prototype.hasOwnProperty.call(groups.merge, k) && !seen.has(k)) { seen.add(k); k = groups.merge[k]; }
  return k;
}
