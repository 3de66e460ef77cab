/**
 * The provinces a document is about. Mentions that do not make a document about a province are left
 * out: a former unit named as a predecessor (`tỉnh Bạc Liêu cũ`), a name inside a facility name
 * (`Tây Ninh 1`), names chained into a route or region (`Hà Nội – Lào Cai`, `Gia Lai - Đắk Lắk -
 * Đắk Nông`), the place of a dateline (`Hà Nội (TTXVN 1/12) -`, `Hà Nội, ngày 12 tháng 3 năm 2024`).
 * Of the rest, a province counts when it is named at least a third as often as the most named one
 * (a site banner or menu names its province once, the article names its subject often), or when it
 * is one of a list of provinces the text names together (`như Hà Nội, TP HCM, Quảng Ninh, Phú Thọ`,
 * `áp dụng cho các tỉnh (gồm: A, B, C)`): a list names each of them as a subject.
 */
import type { DocumentProvince, ProvinceEntity } from '../types';
import type { ProvinceCandidate } from '../recognizers/provinces';
import { syllablesAfter } from '../text/scan';

/** After a place at the start of a line: a news dateline or a dated letterhead. */
const DATELINE_AFTER = /^ ?(?:\((?:[a-zđ]{2,8}|[a-z0-9.-]{2,30}\.vn)(?:[ ,-]{1,3}\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?\)|, ngày \d)/u;

/** A figure after a province name: a decimal, a percentage, a scaled amount. */
const FIGURE_AFTER = /^ ?\d{1,3}(?:[.,]\d+)+|^ ?\d+ ?(?:%|‰|nghìn|ngàn|triệu|tỷ|tỉ|usd|đồng|ha|km|mw|tấn|lượt|người|doanh nghiệp|dự án)(?![\p{L}])/u;
/** Before a rival that is overtaken or compared with: `vượt qua X và Y`, `bỏ xa X`. */
const RIVAL_BEFORE = /(?:vượt qua|vượt lên trên|vượt|bỏ xa|xếp trên|qua mặt|soán ngôi)\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?$/u;
const RIVAL_LIST_GAP = /^\s*(?:,|và|cùng)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?$/u;

/** A province named only as a rival the subject overtakes, or one listed right after such a rival. */
function isRival(hits: readonly ProvinceCandidate[], i: number, lower: string): boolean {
  for (let j = i, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    if (RIVAL_BEFORE.test(lower.slice(Math.max(0, hits[j].start - 20), hits[j].start))) return true;
    if (j === 0 || !RIVAL_LIST_GAP.test(lower.slice(hits[j - 1].end, hits[j].start))) return false;
  }
  return false;
}

/** Whether only an administrative prefix (or nothing) stands before `at` on its line. */
function atLineStart(lower: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 16 && lower[k] !== '\n') k--;
  if (k >= 0 && lower[k] !== '\n') return false;
  const before = lower.slice(k + 1, at).replace(/[\s*#_]+/g, ' ').trim();
  return before === '' || /^(?:tp\.?|thành phố|tỉnh)$/u.test(before);
}

/**
 * The answers of {@link isIncidentalMention} for a document's hits (an array not changed once
 * recognised): documentProvinces, listedTogether and goals each ask for every hit. Kept on the array
 * itself under a symbol, so they live and die with the call's hits (a WeakMap entry per document
 * cost about a microsecond, a tenth of a one-sentence extraction).
 */
const INCIDENTAL = Symbol('incidental mentions');
interface IncidentalMemo { lower: string; answers: Array<boolean | undefined> }
type MemoHolder = readonly ProvinceCandidate[] & { [INCIDENTAL]?: IncidentalMemo };

export function isIncidentalMention(hits: readonly ProvinceCandidate[], i: number, lower: string): boolean {
  const holder = hits as MemoHolder;
  let memo = holder[INCIDENTAL];
  if (!memo || memo.lower !== lower) {
    if (!Object.isExtensible(hits)) return incidentalMention(hits, i, lower); // a frozen array: no memo
    memo = { lower, answers: [] };
    (holder as { [INCIDENTAL]?: IncidentalMemo })[INCIDENTAL] = memo;
  }
  return (memo.answers[i] ??= incidentalMention(hits, i, lower));
}

const isDigitAt = (s: string, k: number) => { const c = s.charCodeAt(k); return c >= 48 && c <= 57; };

function incidentalMention(hits: readonly ProvinceCandidate[], i: number, lower: string): boolean {
  const h = hits[i];
  const after = lower.charCodeAt(h.end);
  // A dateline opens with ` (`, `(` or `, ` (checked before slicing out the 40 characters the pattern looks at).
  const maybeDateline = after === 0x20 || after === 0x28 || after === 0x2c;
  if (maybeDateline && DATELINE_AFTER.test(lower.slice(h.end, h.end + 40)) && atLineStart(lower, h.start)) return true; // Hà Nội (TTXVN 1/12)
  const next = syllablesAfter(lower, h.end, 1)[0];
  if (next && next.word === 'cũ' && next.start <= h.end + 2) return true; // tỉnh Bạc Liêu cũ
  // `Tây Ninh 1`, `Quảng Ninh 3`: an integer names a facility; `Hải Phòng 10,3%`, `Đồng Nai 51.300 tỷ đồng` is a figure of the province.
  const numberAfter = isDigitAt(lower, h.end) || (after === 0x20 && isDigitAt(lower, h.end + 1)); // `/^ ?\d/` on the next two characters
  if (numberAfter && !FIGURE_AFTER.test(lower.slice(h.end, h.end + 24))) return true;
  if (isRival(hits, i, lower)) return true;
  const dash = /^ ?[-–—] ?$/;
  const prev = hits[i - 1];
  const nxt = hits[i + 1];
  if (prev && prev.end <= h.start && dash.test(lower.slice(prev.end, h.start))) return true;
  if (nxt && nxt.start >= h.end && dash.test(lower.slice(h.end, nxt.start))) return true;
  return false;
}

export function documentProvinces(hits: readonly ProvinceCandidate[], entities: readonly ProvinceEntity[], lower: string): DocumentProvince[] {
  const counts = new Map<string, DocumentProvince & { first: number }>();
  entities.forEach((e, i) => {
    if (isIncidentalMention(hits, i, lower)) return;
    const c = counts.get(e.name);
    if (c) c.mentions++;
    else counts.set(e.name, { name: e.name, id: e.id, unit2025: e.unit2025, mentions: 1, first: i });
  });
  const list = [...counts.values()].sort((a, b) => b.mentions - a.mentions || a.first - b.first);
  if (list.length === 0) return [];
  const top = list[0].mentions;
  const listed = listedTogether(hits, entities, lower);
  return list.filter((p) => p.mentions * 3 >= top || listed.has(p.name)).map(({ name, id, unit2025, mentions }) => ({ name, id, unit2025, mentions }));
}

/** Between two provinces of one list: a comma, `và`, `cùng`, an administrative prefix, `(gồm:`. */
export const PROVINCE_LIST_GAP = /^(?:\s*(?:,|;|và|cùng|hoặc|tỉnh|thành phố|tp\.?|\(|gồm|:)\s*)+$/u;

/** Names of provinces that stand in a list of at least three (`A, B, C và D`), dash chains aside. */
export function listedTogether(hits: readonly ProvinceCandidate[], entities: readonly ProvinceEntity[], lower: string): Set<string> {
  const out = new Set<string>();
  let run: number[] = [];
  const flush = () => { if (run.length >= 3) for (const k of run) out.add(entities[k].name); run = []; };
  for (let i = 0; i < hits.length; i++) {
    if (isIncidentalMention(hits, i, lower)) { flush(); continue; }
    const prev = run.length ? hits[run[run.length - 1]] : undefined;
    if (prev && !(hits[i].start - prev.end <= 24 && PROVINCE_LIST_GAP.test(lower.slice(prev.end, hits[i].start)))) flush();
    run.push(i);
  }
  flush();
  return out;
}
