/**
 * Roles of amounts: `target` (to be reached), `actual` (reported) or `other` (descriptive counts).
 *
 * The nearest decisive cue wins, searched in widening scopes: what follows the amount (`so với cùng
 * kỳ`), the parenthesis, the clause, the sentence (cue words before times), then what the paragraph
 * and the section heading (`2.1. Đến năm 2030`) already established, and last the document's own
 * majority. Times decide by whether they are still ahead of the document's date.
 */
import type { Role } from '../types';
import type { AmountCandidate } from '../recognizers/amounts';
import type { TimeCandidate } from '../recognizers/times';
import type { Discourse } from '../text/discourse';
import { TARGET_CUES, ACTUAL_CUES, INTENT_VERBS } from '../lexicon/cues';
import { DESCRIPTIVE_NOUNS } from '../lexicon/nouns';
import { alternation, escapeRegExp, notAfterLetter, WB_AFTER } from '../text/chars';
import { SyllableStarts } from '../text/syllableStarts';
import { type DocumentTime, endsAfter } from './documentTime';
import { firstAtOrAfter } from '../text/sorted';
import { collapseSpaces } from '../text/scan';
import { tableRole } from '../recognizers/tables';

/** The cue words: targets, then results. */
export const CUE_WORDS: readonly string[] = [...TARGET_CUES, ...ACTUAL_CUES];
/** A cue word at an offset (sticky): tried only where one can start ({@link findCues}). */
const CUE_AT = new RegExp(`(?:${alternation(CUE_WORDS)})${WB_AFTER}`, 'uy');
const CUE_STARTS = new SyllableStarts([CUE_WORDS]);
const TARGET = new Set(TARGET_CUES);
const DESCRIPTIVE = new Set(DESCRIPTIVE_NOUNS);
const INTENT = new Set(INTENT_VERBS);

/** A cue word: its role, and whether it states intent (`phấn đấu`, `sẽ`, `mục tiêu`: lexicon/cues INTENT_VERBS). */
export interface Cue { start: number; end: number; role: Role; intent: boolean }

/**
 * All cue words of the text, in order, each starting a word and none inside the one before it.
 * `starts`: the word starts where a cue word can start, in order (text/syllableStarts, for
 * {@link CUE_WORDS}; found here when not given): the pattern is tried at those only.
 */
export function findCues(lower: string, starts: readonly number[] = CUE_STARTS.find(lower).lists[0]): Cue[] {
  const cues: Cue[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    if (at < from) continue;
    CUE_AT.lastIndex = at;
    const m = CUE_AT.exec(lower);
    if (m === null) continue;
    const word = collapseSpaces(m[0]); // (most cue words have single spaces: no replace run then)
    from = at + m[0].length;
    cues.push({ start: at, end: from, role: TARGET.has(word) ? 'target' : 'actual', intent: INTENT.has(word) });
  }
  return cues;
}

/** `tính đến cuối năm 2024`, `lũy kế đến nay`: a deadline word that says "as of", not "by". */
const AS_OF_BEFORE = /(?:tính|lũy kế|luỹ kế|cộng dồn)\s*$/u;

type TimeRoleOf = (t: TimeCandidate) => Role | null;

/**
 * An undated text still orders its own times: the earliest year it sets a deadline for (`đến năm
 * 2025`) is ahead of it, so a year it reports before that (`Năm 2023 đạt …`, `bình quân giai đoạn
 * 2019–2023`) is behind it, and a point in or after it (`năm 2030 tỷ lệ … còn dưới 1,5%`) is a target.
 */
export function undatedHorizon(times: readonly TimeCandidate[], lower: string): number | undefined {
  let floor: number | undefined;
  for (const t of times) {
    if (t.kind !== 'deadline' || !t.endIso || lower.startsWith('tầm nhìn', t.start)) continue;
    if (AS_OF_BEFORE.test(lower.slice(Math.max(0, t.start - 12), t.start))) continue;
    const y = +t.endIso.slice(0, 4);
    if (floor === undefined || y < floor) floor = y;
  }
  return floor;
}

/** `reviewed()` is 31 days after the document's date (see below), worked out once per text. */
function timeRole(t: TimeCandidate, doc: DocumentTime | undefined, lower: string, horizon: number | undefined,
  reviewed: () => string): Role | null {
  if (t.kind === 'deadline' && AS_OF_BEFORE.test(lower.slice(Math.max(0, t.start - 12), t.start))) return 'actual';
  const bound = t.kind === 'after' ? t.startIso : t.endIso;
  if (t.kind === 'after') return 'target';
  if (t.rule === 'time.period.sinceNow') return 'actual';
  if (!bound) return null;
  // Undated: a deadline is ahead (`đến năm 2030 … đạt`); a period or a point is placed against the
  // text's own nearest deadline, or says when, not whether.
  if (!doc) {
    if (t.kind === 'deadline') return 'target';
    if (horizon === undefined) return null;
    const y = +bound.slice(0, 4);
    if (t.kind === 'point') return y < horizon ? 'actual' : 'target';
    if (t.kind === 'period') return y < horizon ? 'actual' : 'target';
    return null;
  }
  if (t.kind === 'deadline') return endsAfter(bound, doc.now) ? 'target' : 'actual';
  // A period in its last month is being reviewed (`bình quân giai đoạn 2019–2024` in mid-December 2024): done.
  if (t.kind === 'period') return endsAfter(bound, reviewed()) ? 'target' : 'actual';
  if (t.kind === 'point') return endsAfter(bound, doc.now) && bound.slice(0, 4) > String(doc.year) ? 'target' : 'actual';
  return null;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Binary search: index of the last item with start < offset. */
function lastBefore<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0, hi = items.length - 1, ans = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (items[mid].start < offset) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
  return ans;
}

function nearestIn(cues: readonly Cue[], times: readonly TimeCandidate[], from: number, to: number, roleOf: TimeRoleOf,
  useTimes: boolean): Role | null {
  for (let i = lastBefore(cues, to); i >= 0 && cues[i].start >= from; i--) {
    if (cues[i].end <= to) return cues[i].role;
  }
  if (!useTimes) return null;
  for (let i = lastBefore(times, to); i >= 0 && times[i].start >= from; i--) {
    if (times[i].end <= to) { const r = roleOf(times[i]); if (r) return r; }
  }
  return null;
}

function timeAfter(times: readonly TimeCandidate[], from: number, to: number, roleOf: TimeRoleOf): Role | null {
  for (let i = lastBefore(times, from) + 1; i < times.length && times[i].start < to; i++) {
    const r = roleOf(times[i]);
    if (r) return r;
  }
  return null;
}

/** After an amount: a comparison or a plan value in brackets reports a result (`tăng 9% so với cùng kỳ`, `5,1% (kế hoạch 5,2%)`). */
/** What REPORTED_AFTER cannot match without (one of them starts in the window after the amount). */
const REPORTED_NEEDS = ['so với', 'so cùng kỳ', '(', 'bằng'];
const REPORTED_AFTER = /^(?:[^.;(),]{0,30}?|,\s*(?:vượt|đạt|cao hơn|thấp hơn|tăng|giảm)\s+(?:[\d.,]+\s*%\s*)?)so (?:với|cùng kỳ)(?![\p{L}])|^\s*\(\s*(?:kế hoạch|kh|dự toán)(?![\p{L}])|^[^.;()]{0,30}?,\s*bằng\s+[\d.,]+\s*%\s*(?:kế hoạch|dự toán)/u;
/** A percentage followed by a plan word is a fulfilment ratio (`đạt 92% kế hoạch`). */
const FULFILMENT_AFTER = /^\s*(?:kế hoạch|dự toán|chỉ tiêu)(?![\p{L}])/u;
/** Counts of a plan's structure, not measures (`2 vùng động lực`, `2 cực tăng trưởng`, `3 hành lang kinh tế`, `hai con số`). */
const STRUCTURE_COUNT = /^[^\s]+\s+(?:vùng động lực|cực tăng trưởng|cực phát triển|hành lang kinh tế|hành lang|trục động lực|con số)(?![\p{L}])/u;
/** The base of a rate (`số bác sĩ trên 1 vạn dân`, `giường bệnh/10.000 dân`): part of the indicator, not a value. */
const PEOPLE_BASE = new Set(['dân', 'người dân', 'người', 'dân số', 'hộ', 'trẻ']);
const PER_BASE_UNITS = new Set([...PEOPLE_BASE, 'ha', 'km²', 'km', 'tấn']);
/** A data rate right after `tốc độ` names the service (`băng rộng cố định tốc độ 1 Gb/s đạt 100%`). */
const RATE_UNITS = new Set(['Gb/s', 'Mb/s', 'kb/s', 'Tb/s']);
function isPerCapitaBase(a: AmountCandidate, lower: string): boolean {
  if (RATE_UNITS.has(a.unit) && /tốc độ\s*$/u.test(lower.slice(Math.max(0, a.start - 10), a.start))) return true;
  const unit = a.unit.toLowerCase();
  if (!PER_BASE_UNITS.has(unit)) return false;
  // A base is a round 1, 10, 100 …: checked before the window (either failing means no base).
  const v = a.value;
  if (!(v >= 1 && Math.log10(v) % 1 === 0) || a.max !== undefined) return false;
  // Land and mass bases are named by what is produced on them (`giá trị sản xuất trên 1 ha đất trồng trọt`), not `quy mô trên 1 ha`.
  if (!PEOPLE_BASE.has(unit) && !/(?:\/|(?:giá trị|thu nhập|sản lượng|năng suất|doanh thu|lợi nhuận)(?:\s+[\p{L}]+){0,3}\s+trên)\s*$/u.test(lower.slice(Math.max(0, a.start - 40), a.start))) return false;
  return /(?:[\p{L}]\s+trên|\/|mỗi)\s*$/u.test(lower.slice(Math.max(0, a.start - 16), a.start)) && !/(?:đạt|có|là)\s+trên\s*$/u.test(lower.slice(Math.max(0, a.start - 16), a.start));
}

const REQUEST_WORDS = ['kiến nghị', 'đề nghị', 'xin'];
const REQUEST_BEFORE = notAfterLetter(`(?:${REQUEST_WORDS.join('|')})(?![\\p{L}])[^.;]*$`);
const RANK_GROUP_WORDS = ['nhóm', 'top', 'tốp'];
const RANK_GROUP_BEFORE = new RegExp(`(?:^|\\s)(?:${RANK_GROUP_WORDS.join('|')})\\s*$`, 'u');

/**
 * The words a pattern cannot match without, as a cursor over the whole text: a window before an
 * amount that holds none of them cannot match, so most amounts skip the pattern and its slice. The
 * first occurrence at or after a position is remembered; asked at rising positions (amounts come in
 * order), the text is scanned about once.
 */
const neededWords = (words: readonly string[]) => new RegExp(words.map(escapeRegExp).join('|'), 'g');
class Needed {
  private from = Infinity;
  private at = Infinity; // first occurrence at or after `from` (Infinity: none)
  /** `re`: the words as a global alternation ({@link neededWords}), shared: one cursor at a time uses it. */
  constructor(private readonly re: RegExp, private readonly s: string) {}
  /** Whether an occurrence starts inside [from, to). */
  startsIn(from: number, to: number): boolean {
    if (from < this.from || this.at < from) {
      this.re.lastIndex = from;
      const m = this.re.exec(this.s);
      this.from = from;
      this.at = m ? m.index : Infinity;
    }
    return this.at < to;
  }
}

const RANK_GROUP_NEEDED = neededWords(RANK_GROUP_WORDS);
const REQUEST_NEEDED = neededWords(REQUEST_WORDS);
const REPORTED_NEEDED = neededWords(REPORTED_NEEDS);

/** A paragraph opening with these continues the one before it. */
const CONTINUATION = /^[\s*_-]*(?:cụ thể|theo đó|trong đó|đồng thời|bên cạnh đó|ngoài ra)(?![\p{L}])/u;

export function assignRoles(amounts: readonly AmountCandidate[], lower: string, discourse: Discourse,
  times: readonly TimeCandidate[], doc: DocumentTime | undefined, cues: readonly Cue[]): Role[] {
  const horizon = doc ? undefined : undatedHorizon(times, lower);
  let tableFloor = horizon ?? Infinity;
  if (!doc) for (const t of times) if (t.kind === 'period' && t.startIso) tableFloor = Math.min(tableFloor, +t.startIso.slice(0, 4));
  // A time's role depends on the time alone: worked out once, though many amounts ask for it.
  const timeRoles = new Map<TimeCandidate, Role | null>();
  let reviewedDate: string | undefined;
  const reviewed = () => (reviewedDate ??= doc ? addDays(doc.now, 31) : '');
  const roleOf: TimeRoleOf = (t) => {
    let r = timeRoles.get(t);
    if (r === undefined) { r = timeRole(t, doc, lower, horizon, reviewed); timeRoles.set(t, r); }
    return r;
  };
  const rankWords = new Needed(RANK_GROUP_NEEDED, lower), requestWords = new Needed(REQUEST_NEEDED, lower);
  const reportWords = new Needed(REPORTED_NEEDED, lower);
  const continues = new Map<number, boolean>(); // per paragraph: whether it opens with CONTINUATION
  const roles: Role[] = [];
  const decided = [0, 0];
  const undecided: number[] = [];
  const paragraphRole = new Map<number, Role>();
  // The section headings' roles: read only when an amount gets that far (most are decided before).
  let sectionRoles: ((offset: number) => Role | null) | undefined;
  for (const a of amounts) {
    const inTable = tableRole(a.table, doc, !doc && Number.isFinite(tableFloor) ? tableFloor : undefined); // a table's column, title or column year decides (recognizers/tables)
    if (inTable) { roles.push(inTable); continue; }
    // An age bounds who is counted (`dân số từ 15 tuổi trở lên`), unless it is the value (`tuổi thọ … đạt 75 tuổi`).
    const measuredAge = a.unit === 'tuổi' && /(?:tuổi thọ[^.;\n]{0,40}|(?:đạt|là|lên|tăng lên)\s+(?:trên|khoảng|hơn|ít nhất)?)\s*$/u.test(lower.slice(Math.max(0, a.start - 60), a.start));
    if (a.unitKind === 'count' && !measuredAge && (DESCRIPTIVE.has(a.unit.toLowerCase()) || STRUCTURE_COUNT.test(lower.slice(a.start, a.end + 24)))) { roles.push('other'); continue; }
    // A rank group (`thuộc nhóm 10 tỉnh dẫn đầu`, `vào top 5`) is a place to reach, not an amount.
    const rankFrom = Math.max(0, a.start - 12);
    if (rankWords.startsIn(rankFrom, a.start)
      && RANK_GROUP_BEFORE.test(lower.slice(rankFrom, a.start))) { roles.push('other'); continue; }
    if (isPerCapitaBase(a, lower)) { roles.push('other'); continue; }
    // A request (`kiến nghị Trung ương hỗ trợ khoảng 2.000 tỷ đồng`) is neither a target nor a result.
    const requestFrom = Math.max(0, a.start - 90);
    if (requestWords.startsIn(requestFrom, a.start)
      && REQUEST_BEFORE.test(lower.slice(requestFrom, a.start))) { roles.push('other'); continue; }
    const si = discourse.sentenceAt(a.start);
    const sentence = discourse.sentences[si] ?? [0, lower.length];
    const clause = discourse.clauseAt(a.start);
    // 1. A verb of intent in the amount's own clause (`phấn đấu tăng 10% so với năm 2020`).
    const clauseCue = nearestCue(cues, clause[0], a.start);
    let role: Role | null = clauseCue?.intent ? 'target' : null;
    // 2. What follows: a comparison or a bracketed plan value reports a result; it outweighs a plan
    //    noun before it (`chỉ tiêu … đạt 985,8 triệu USD, vượt so với kế hoạch`).
    if (!role) {
      // What follows in the sentence (up to 80 characters), sliced only when a pattern is tried on it.
      const afterEnd = Math.max(a.end, Math.min(sentence[1], a.end + 80));
      let afterText: string | undefined;
      const after = () => (afterText ??= lower.slice(a.end, afterEnd));
      // Both asked only when a comparison follows (pure, so asking later changes nothing).
      const futureDeadline = () => {
        // (An index loop: a generator per amount was a good share of this.)
        for (let k = firstAtOrAfter(times, Math.max(sentence[0], a.start - 400)); k < times.length && times[k].start < a.start; k++) {
          const t = times[k];
          if (t.end <= a.start && (t.kind === 'deadline' || t.kind === 'point') && roleOf(t) === 'target') return true;
        }
        return false;
      };
      // `Phấn đấu năm 2026, kim ngạch … đạt 2 tỷ USD, tăng 10% so với năm 2025`: a target stated as a comparison.
      const intentBefore = () => {
        const sentenceCue = nearestCue(cues, Math.max(sentence[0], a.start - 300), a.start);
        return !!sentenceCue && sentenceCue.role === 'target' && sentenceCue.intent;
      };
      const reported = reportWords.startsIn(a.end, afterEnd) && REPORTED_AFTER.test(after());
      if ((reported && !futureDeadline() && !intentBefore()) || (a.unitKind === 'percent' && FULFILMENT_AFTER.test(after()))) role = 'actual';
    }
    if (!role && clauseCue) role = clauseCue.role;
    // 3. The parenthesis, then the clause: cue words, then times.
    const paren = role ? null : discourse.parenAt(a.start); // a scan of up to 400 characters: only when needed
    if (!role && paren) role = nearestIn(cues, times, paren[0], a.start, roleOf, true) ?? timeAfter(times, a.end, paren[1], roleOf);
    // 4. The sentence before the amount: cue words and times, nearest first.
    if (!role) role = nearestSentence(cues, times, Math.max(sentence[0], a.start - 400), a.start, roleOf);
    // 5. A time right after the amount in its clause (`490 MW đến năm 2025`).
    if (!role) role = timeAfter(times, a.end, clause[1], roleOf);
    // 5b. A cue right after the amount in its clause (`… 12 triệu USD đến nay đã đi vào hoạt động`).
    if (!role) { const c = firstCueIn(cues, a.end, Math.min(clause[1], a.end + 40)); if (c) role = c.role; }
    // 6. What the paragraph established, or the paragraph it continues, or the section heading.
    const para = discourse.sentenceParagraph[si] ?? -1;
    if (!role) role = paragraphRole.get(para) ?? null;
    if (!role && para > 0) {
      let continued = continues.get(para);
      if (continued === undefined) {
        const [ps, pe] = discourse.paragraphs[para] ?? [0, 0];
        continued = CONTINUATION.test(lower.slice(ps, Math.min(pe, ps + 30)));
        continues.set(para, continued);
      }
      if (continued) {
        const [qs, qe] = discourse.paragraphs[para - 1];
        role = nearestSentence(cues, times, qs, qe, roleOf);
      }
    }
    if (!role) role = (sectionRoles ??= sectionContext(discourse, times, amounts, roleOf, lower))(a.start);
    if (role) paragraphRole.set(para, role);
    if (role) decided[role === 'target' ? 0 : 1]++;
    else undecided.push(roles.length);
    roles.push(role ?? 'actual');
  }
  // 7. Otherwise what the document mostly does: a plan sets targets, a report states facts.
  //    Only an undated text needs this: a dated one places its times against its date.
  if (!doc && decided[0] > 2 * decided[1]) for (const k of undecided) roles[k] = 'target';
  return roles;
}

function firstCueIn(cues: readonly Cue[], from: number, to: number): Cue | undefined {
  const i = lastBefore(cues, from) + 1;
  return i < cues.length && cues[i].start < to && cues[i].end <= to ? cues[i] : undefined;
}

function nearestCue(cues: readonly Cue[], from: number, to: number): Cue | undefined {
  for (let i = lastBefore(cues, to); i >= 0 && cues[i].start >= from; i--) if (cues[i].end <= to) return cues[i];
  return undefined;
}

function nearestSentence(cues: readonly Cue[], times: readonly TimeCandidate[], from: number, to: number, roleOf: TimeRoleOf): Role | null {
  let ci = lastBefore(cues, to);
  while (ci >= 0 && cues[ci].end > to) ci--;
  let ti = lastBefore(times, to);
  while (ti >= 0 && times[ti].end > to) ti--;
  let weakPoint: Role | null = null;
  while ((ci >= 0 && cues[ci].start >= from) || (ti >= 0 && times[ti].start >= from)) {
    const c = ci >= 0 && cues[ci].start >= from ? cues[ci] : undefined;
    const t = ti >= 0 && times[ti].start >= from ? times[ti] : undefined;
    if (c && (!t || c.start >= t.start)) return weakPoint && c.role === 'actual' ? weakPoint : c.role;
    if (t) {
      const r = roleOf(t);
      // A reporting point (`Kế hoạch năm 2025, …`) says when, not whether: a cue word before it decides.
      if (r && (t.kind === 'point' || t.kind === 'date')) weakPoint ??= r;
      else if (r) return r;
      ti--;
    }
  }
  return weakPoint;
}

const TARGET_HEADING = notAfterLetter('(?:mục tiêu|chỉ tiêu|nhiệm vụ|phấn đấu|kế hoạch|định hướng|dự kiến|dự báo|đề ra)(?![\\p{L}])');
const ACTUAL_HEADING = notAfterLetter('(?:kết quả|đã đạt|thực hiện được|tình hình)(?![\\p{L}])');

/**
 * Section headings: a short paragraph holding a time or `mục tiêu` and no amount (`2.1. Đến năm
 * 2030`, `II. MỤC TIÊU`) sets the role of what follows, until the next such heading.
 */
function sectionContext(discourse: Discourse, times: readonly TimeCandidate[], amounts: readonly AmountCandidate[],
  roleOf: TimeRoleOf, lower: string): (offset: number) => Role | null {
  const marks: Array<{ start: number; role: Role | null }> = [];
  let ai = 0, ti = 0;
  for (const [ps, pe] of discourse.paragraphs) {
    while (ai < amounts.length && amounts[ai].end <= ps) ai++;
    while (ti < times.length && times[ti].end <= ps) ti++;
    if (pe - ps > 120) continue;
    const hasAmount = ai < amounts.length && amounts[ai].start < pe;
    if (hasAmount) continue;
    const body = lower.slice(ps, pe);
    let role: Role | null = null;
    // A heading that states intent (`Giai đoạn 2026–2030, tỉnh phấn đấu:`, `Nhiệm vụ năm 2026`,
    // `Các chỉ tiêu chủ yếu đến năm 2030:`) makes its list targets; a reporting heading (`Kết quả
    // năm 2024`) makes it facts; otherwise its time decides.
    if (TARGET_HEADING.test(body)) role = 'target';
    else if (ACTUAL_HEADING.test(body)) role = 'actual';
    else if (ti < times.length && times[ti].start < pe) role = roleOf(times[ti]);
    else if (/^[*#\s]*(?:[ivx]+\.|\d+\.)\s/u.test(body)) role = null; // a new numbered section without a cue resets
    else continue;
    marks.push({ start: ps, role });
  }
  return (offset) => {
    const i = lastBefore(marks, offset);
    return i >= 0 ? marks[i].role : null;
  };
}
