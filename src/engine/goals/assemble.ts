/**
 * Goal assembly: each target the document sets, as {province, indicator, value, deadline, ...}.
 *
 * - Quantitative goals come from amounts whose role is `target`, except a baseline (`từ 490 MW lên
 *   1.500 MW`: 490 is where it starts), a forecast by someone else (`dự báo … sẽ đạt`), and a target
 *   set by another actor (a ministry, a state group) in the same sentence.
 * - Qualitative goals come from end-state cues (`trở thành`, `tiến tới`, `hình thành`, `thuộc nhóm
 *   dẫn đầu`, `phát triển X thành Y`), not reported (`đã trở thành`) and not purposes (`để hình
 *   thành`), and from goal lists (`Mục tiêu … đến năm 2030, A, có B, tạo C; D`): one goal per end state.
 */
import type { Goal } from '../types';
import type { GoalContext } from './context';
import { TimingResolver, type GoalTiming } from './timing';
import { qualitativeIndicator, quantitativeIndicator } from './indicator';
import { OwnProvinceNames } from './ownProvinceNames';
import { firstAtOrAfter, spanIndexAt } from '../text/sorted';
import { isSpaceCode, leadingWords, letterNumberWords, letterNumberWordSet, syllableBefore, syllablesAfter, syllablesBefore, wordsAfter } from '../text/scan';
import { alternation, letterBefore, notAfterLetterOrNumber, WB_AFTER } from '../text/chars';
import { makeProvinceResolver } from './provinceOf';
import { endsAfter } from '../refiners/documentTime';
import { tableGoal } from './tableGoal';
import { END_STATE_CUES, findStateCues } from './stateCues';

const MAX_EVIDENCE = 220;

/** A comma followed by one of these starts another end state in a list. */
const PREDICATE_STARTS = ['trở thành', 'là', 'có', 'tạo', 'làm', 'thuộc', 'nâng cao', 'hình thành', 'tiến tới', 'xây dựng', 'đưa', 'cơ bản không còn'];
/** Heads of an end state (`…, trung tâm sản xuất năng lượng tái tạo`, `… và đầu mối liên kết vùng`, `…, thu nhập cao`). */
const END_STATE_HEADS = ['trung tâm', 'đầu mối', 'cực tăng trưởng', 'hạt nhân', 'động lực', 'cửa ngõ', 'một trong những',
  'điểm đến', 'đô thị loại', 'nền kinh tế', 'hệ thống', 'địa phương', 'tỉnh', 'thành phố', 'nước'];
const PREDICATE_RE = new RegExp(`^(?:${alternation([...PREDICATE_STARTS, ...END_STATE_HEADS])})${WB_AFTER}`, 'u');
const HEAD_START = new RegExp(`^(?:${alternation(END_STATE_HEADS)})${WB_AFTER}`, 'u');
/** Before an end-state cue in its clause: a report (`đã`), a purpose (`để`, `nhằm`) or a measure (`hỗ trợ DN trở thành`) — not a goal. */
const NOT_A_GOAL_BEFORE = notAfterLetterOrNumber('(?:đã|đang|dần|để|nhằm|giúp|hỗ trợ|khuyến khích|tạo điều kiện|sau sáp nhập|sau khi)(?![\\p{L}\\p{N}])');
/** What makes an end state a goal rather than a description: intent, or a time ahead. */
const GOAL_ANCHOR = notAfterLetterOrNumber('(?:phấn đấu|mục tiêu|định hướng|tầm nhìn|sẽ|quy hoạch|kế hoạch|chiến lược|đề án|nghị quyết|xác định|hướng tới|hướng đến|nhiệm vụ|chỉ tiêu|dự kiến|cần|phải|xây dựng|đưa|ưu tiên|tập trung)(?![\\p{L}\\p{N}])');
/** Actors other than the province: a target they set in the sentence is theirs. */
const OTHER_ACTOR = notAfterLetterOrNumber('(?:[Bb]ộ|[Tt]ập đoàn|[Tt]ổng công ty|[Cc]hính phủ|[Tt]hủ tướng|EVN)\\s+\\p{Lu}');
/** The actor words of {@link OTHER_ACTOR} as the lower-cased text has them: a window without one holds no match. */
const OTHER_ACTOR_WORDS = ['bộ', 'tập đoàn', 'tổng công ty', 'chính phủ', 'thủ tướng', 'evn'];
/**
 * `OTHER_ACTOR.test(text.slice(from, to))`, tried only when the lower-cased window holds one of its
 * words (a match's word is there, lower-cased in place): most windows hold none, and a few literal
 * searches cost less than the pattern tried at every offset.
 */
function otherActorIn(text: string, lower: string, from: number, to: number): boolean {
  const window = lower.slice(from, to);
  for (let k = 0; k < OTHER_ACTOR_WORDS.length; k++) if (window.includes(OTHER_ACTOR_WORDS[k])) return OTHER_ACTOR.test(text.slice(from, to));
  return false;
}
const END_STATE_START = new RegExp(`^(?:${alternation(END_STATE_CUES)})${WB_AFTER}`, 'u');
/** Continuations that are end states of their own (`…, là một trong những cực tăng trưởng`, `…, làm hình mẫu`). */
const CONTINUATION_STATE = new RegExp(`^(?:${alternation([...END_STATE_CUES, 'là', 'làm', ...END_STATE_HEADS])})${WB_AFTER}`, 'u');
/**
 * An end state stated with a copula after a deadline: `Đến năm 2030, Tuyên Quang là tỉnh phát triển
 * khá`, `đến năm 2045 là tỉnh phát triển`, `Phấn đấu đến năm 2030: tỉnh ta có …`. The subject is the
 * province (or `tỉnh`, `thành phố`), or nothing.
 */
const COPULA_AFTER_DEADLINE = /^\s*[,:]?\s*(?:(?:tỉnh|thành phố|tp\.?)?\s*(?:[\p{Lu}][\p{L}\p{M}]*\s+){0,4}?)?(là|trở thành)\s/u;
const MAKE_INTO_START = /^(?:phát triển|xây dựng|đưa)\s/u;

/** Start of the `n`-th syllable before `at` (bounded). */
function syllableStartBefore(lower: string, at: number, n: number): number {
  const syl = syllablesBefore(lower, at, n);
  return syl.length ? syl[0].start : at;
}

const GOAL_LIST_HEAD = /(?<![\p{L}\p{N}])mục tiêu(?![\p{L}\p{N}])/u;
const FORECAST = /(?<![\p{L}])dự báo(?![\p{L}])/u;

/** Where a literal occurs in a text (found once, in one pass): whether a window holds one, in log time. */
class Occurrences {
  private readonly at: number[] = [];
  constructor(s: string, private readonly literal: string) {
    // Searched from its second character (the first, `d` or `m`, is common: most hits of a search
    // from it fail), the first checked at each hit: the same occurrences, in order.
    const head = literal.charAt(0), tail = literal.slice(1);
    for (let k = s.indexOf(tail, 1); k >= 0; k = s.indexOf(tail, k + 1)) if (s.charAt(k - 1) === head) this.at.push(k - 1);
  }
  /** Whether an occurrence lies wholly in [from, to). */
  someIn(from: number, to: number): boolean {
    let lo = 0, hi = this.at.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.at[mid] < from) lo = mid + 1; else hi = mid; }
    return lo < this.at.length && this.at[lo] + this.literal.length <= to;
  }
  /** The first occurrence wholly in [from, to), or -1. */
  firstIn(from: number, to: number): number {
    let lo = 0, hi = this.at.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.at[mid] < from) lo = mid + 1; else hi = mid; }
    return lo < this.at.length && this.at[lo] + this.literal.length <= to ? this.at[lo] : -1;
  }
}

/** The qualifiers a subject may end with before its amount (`tỷ lệ … trên`), longest first. */
const QUALIFIERS_BEFORE = ['hơn', 'trên', 'gần', 'khoảng', 'ước', 'xấp xỉ', 'ít nhất', 'tối thiểu', 'tối đa', 'dưới', '≥', '≤', 'từ', 'đến', 'tới',
  'không quá', 'không dưới', 'không vượt quá', 'không thấp hơn', 'không cao hơn'].sort((x, y) => y.length - x.length);
/**
 * End of the subject in [from, to) without the qualifier it ends with: what
 * `lower.slice(from, to).replace(/(?:hơn|trên|…)\s*$/u, '')` leaves. Its match ends at the last
 * non-space (no qualifier ends with a space), and the leftmost match is the longest qualifier there.
 */
function qualifierStart(lower: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpaceCode(lower.charCodeAt(e - 1))) e--;
  const candidates = e > from ? QUALIFIERS_BY_LAST.get(lower.charCodeAt(e - 1)) : undefined;
  if (candidates) for (const q of candidates) if (e - q.length >= from && lower.startsWith(q, e - q.length)) return e - q.length;
  return to;
}
/** {@link QUALIFIERS_BEFORE} by their last character (longest first still): a subject's last character rules out most. */
const QUALIFIERS_BY_LAST = new Map<number, string[]>();
for (const q of QUALIFIERS_BEFORE) {
  const last = q.charCodeAt(q.length - 1);
  const list = QUALIFIERS_BY_LAST.get(last);
  if (list) list.push(q); else QUALIFIERS_BY_LAST.set(last, [q]);
}

export function assembleGoals(ctx: GoalContext): Goal[] {
  const { norm, discourse } = ctx;
  const { text, lower } = norm;
  const timing = new TimingResolver(ctx.times, discourse, ctx.amounts, lower,
    ctx.doc?.source === 'reporting' ? String(ctx.doc.year) : undefined);
  const hasTime = (a: number, b: number) => {
    for (let k = firstAtOrAfter(ctx.times, a); k < ctx.times.length && ctx.times[k].start < b; k++) if (ctx.times[k].end <= b && ctx.times[k].kind !== 'date') return true;
    return false;
  };
  const targetAmountIn = (a: number, b: number) => { for (let i = firstAtOrAfter(ctx.amounts, a); i < ctx.amounts.length && ctx.amounts[i].start < b; i++) if (ctx.amountEntities[i].role === 'target') return true; return false; };
  const qualitativeSpans: Array<[number, number]> = [];
  const goals: Goal[] = [];
  /** The qualitative goals' end states seen (their words). */
  const seenStates = new Set<string>();
  const provinceOf = makeProvinceResolver(ctx);
  const provinceNames = OwnProvinceNames.of(ctx.provinceHits.map((h) => text.slice(h.start, h.end)));
  const forecasts = new Occurrences(lower, 'dự báo');
  const goalWords = new Occurrences(lower, 'mục tiêu');

  const evidence = (s: number, e: number): Pick<Goal, 'span' | 'evidence'> => {
    const span = norm.toOriginal(s, Math.min(e, s + MAX_EVIDENCE));
    return { span, evidence: ctx.source.slice(span[0], span[1]) };
  };

  /** End of the amount before `i` in its sentence that is a value (not the base of a rate or a speed in a name), or the sentence start. */
  function previousValueEnd(i: number, sentenceStart: number): number {
    for (let k = i - 1; k >= 0 && k >= i - 4 && ctx.amounts[k].end > sentenceStart; k--) {
      if (ctx.amountEntities[k].role !== 'other') return ctx.amounts[k].end;
    }
    return sentenceStart;
  }
  let economyMemo: string | undefined;
  /** What bare growth (`tăng trưởng 8%`) is the growth of: GRDP, unless the text speaks of GDP only (decided once, when needed). */
  const economy = (): string => (economyMemo ??= hasWord(lower, 'grdp') || !hasWord(lower, 'gdp') ? 'GRDP' : 'GDP');

  /**
   * The indicator of amount `i` (memoised). An amount without a subject of its own (`…, tăng từ 7,2 -
   * 7,8%`, `(kế hoạch tăng 5,1 - 5,2%)`) takes that of the amount before it in its sentence.
   */
  const indicators = new Map<number, string>();
  function indicatorOf(i: number, depth: number): string {
    const known = indicators.get(i);
    if (known !== undefined) return known;
    const a = ctx.amounts[i];
    const si = discourse.sentenceAt(a.start);
    const sentence = discourse.sentences[si] ?? [0, text.length];
    const before = syllableBefore(lower, a.start);
    const prevEnd = previousValueEnd(i, sentence[0]);
    const nounEnd = Math.min(discourse.clauseAt(a.end)[1], a.end + 80);
    let itemMemo: string | undefined;
    /** The amount's list item after it (cut only when a rule reads it). */
    const item = () => (itemMemo ??= itemText(text, a.end));
    const samePrevious = i > 0 && depth < 3 && ctx.amounts[i - 1].end > sentence[0] && ctx.amountEntities[i - 1].role !== 'other' ? indicatorOf(i - 1, depth + 1) : undefined;
    // `tăng công suất từ 490 MW lên 1.500 MW`: the target shares the subject of its baseline.
    const fromWord = i > 0 && before?.word === 'lên' ? syllableBefore(lower, ctx.amounts[i - 1].start) : undefined;
    const baseline = fromWord?.word === 'từ' ? fromWord.start : -1;
    const clauseFrom = baseline >= 0 ? subjectClauseStart(lower, baseline, sentence[0]) : Math.max(subjectClauseStart(lower, a.start, sentence[0]), prevEnd);
    const subjectStart = Math.max(clauseFrom, lastTimeOrCueEnd(ctx, clauseFrom, baseline >= 0 ? baseline : a.start));
    // Between the intent verb and the time (`phấn đấu tỷ lệ X giai đoạn …`), else before the intent verb (`X phấn đấu đạt …`).
    const lead = (): string => {
      const leadFrom = lastIntentEnd(ctx, clauseFrom, subjectStart);
      return text.slice(leadFrom, firstTimeStart(ctx, leadFrom, subjectStart)).trim().replace(/(?:^|\s)(?:cho|của|với|vào|trong|tại)$/u, '').trim()
        || betweenIntents(ctx, clauseFrom, leadFrom)
        || text.slice(clauseFrom, Math.min(firstTimeStart(ctx, clauseFrom, subjectStart), leadFrom > clauseFrom ? firstIntentStart(ctx, clauseFrom, leadFrom) : subjectStart));
    };
    const subjectEnd = baseline >= 0 ? baseline : a.start;
    const result = quantitativeIndicator({
      before: text.slice(subjectStart, qualifierStart(lower, subjectStart, subjectEnd)),
      unitKind: a.unitKind,
      unit: a.unit,
      nounPhrase: () => (text.slice(a.start, a.end) + item()).replace(/^(?:(?:từ|khoảng|trên|hơn|gần|dưới|tối thiểu|tối đa|ít nhất|đến)\s+)*[\d.,\s–—÷-]+/iu, '').replace(/^(?:nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)\s+/u, ''),
      after: text.slice(a.end, nounEnd),
      afterItem: item,
      previous: samePrevious ?? lastQuantitative(goals, discourse, si) ?? sameUnitBefore(i, si, depth),
      lead,
      economy,
      whole: () => breakdownWhole(lower, text, sentence[0], a.start),
    }, provinceNames);
    const named = withListHead(result, i) ?? perUnitOfPrevious(i, depth) ?? result;
    indicators.set(i, named);
    return named;
  }

  /**
   * `Tỉnh thu hút 1,2 tỷ USD vốn FDI, … Dự kiến cả năm đạt 1,5 tỷ USD`: an amount with no subject of
   * its own measures what the last amount of the same unit in its paragraph measured (result or target).
   */
  function sameUnitBefore(i: number, si: number, depth: number): string | undefined {
    if (depth >= 3) return undefined;
    const para = discourse.sentenceParagraph[si];
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      const p = ctx.amounts[k];
      if (discourse.sentenceParagraph[discourse.sentenceAt(p.start)] !== para) return undefined;
      if (p.unit === ctx.amounts[i].unit && ctx.amountEntities[k].role !== 'other') {
        const ind = indicatorOf(k, depth + 1);
        return ind && ind !== p.unit ? ind : undefined;
      }
    }
    return undefined;
  }

  /** `30 lớp (6 lớp/năm) …`: a bracketed rate right after an amount of the same noun is that amount per year. */
  function perUnitOfPrevious(i: number, depth: number): string | undefined {
    if (i === 0 || depth >= 3) return undefined;
    const a = ctx.amounts[i], p = ctx.amounts[i - 1];
    if (a.unit !== p.unit || a.start - p.end > 6 || !/^\s*\(\s*$/u.test(lower.slice(p.end, a.start))) return undefined;
    const rate = /^\s*\/\s*(năm|tháng|quý)/u.exec(lower.slice(a.end, a.end + 10));
    return rate ? `${indicatorOf(i - 1, depth + 1)} mỗi ${rate[1]}` : undefined;
  }

  /**
   * `giá trị sản xuất của các chuỗi đạt như sau: Dừa 1 tỷ USD, con tôm 1 tỷ USD`: a short item after a
   * colon is named with the head the colon introduces.
   */
  function withListHead(indicator: string, i: number): string | undefined {
    const a = ctx.amounts[i];
    if (countOf(indicator, ' ', 3) >= 3 || /^(?:tỷ lệ|tỷ trọng|tốc độ|số|tổng|giá trị|kim ngạch|sản lượng|diện tích|công suất)(?![\p{L}])/iu.test(indicator)) return undefined;
    const sentence = discourse.sentences[discourse.sentenceAt(a.start)] ?? [0, a.start];
    const lo = Math.max(sentence[0], a.start - 200);
    const found = lower.slice(lo, a.start).lastIndexOf(':'); // bounded: never a scan back to the document's start
    if (found < 0) return undefined;
    const colon = lo + found;
    let from = Math.max(sentence[0], colon - 160);
    from = Math.max(from, lastTimeOrCueEnd(ctx, from, colon));
    const head = text.slice(from, colon).replace(/^[\s,;*_-]+/u, '').replace(/\s*(?:đạt\s+)?(?:như sau|bao gồm|gồm có|gồm|cụ thể(?: như sau)?)\s*$/iu, '').trim();
    const words = head.split(/\s+/).filter(Boolean);
    if (!words.length || words.length > 10 || /\d/.test(head)) return undefined;
    return `${head.charAt(0).toLowerCase()}${head.slice(1)} ${indicator}`;
  }

  /** `8.500 USD (khoảng hơn 224 triệu đồng)`: the bracketed amount restates the one before it in another currency. */
  function isConversion(i: number): boolean {
    if (i === 0) return false;
    const a = ctx.amounts[i], p = ctx.amounts[i - 1];
    return a.unitKind === 'money' && p.unitKind === 'money' && a.unit !== p.unit && a.start - p.end <= 40
      && /^\s*\(\s*(?:[\p{L}]+\s+){0,4}$/u.test(lower.slice(p.end, a.start));
  }

  /**
   * A goal stated again (a headline or sub-heading, then the body): same province, value and unit,
   * and the same indicator, or, after a heading, one that shares most of its words. The first
   * statement stays; it takes the repeat's deadline when its own was only assumed.
   */
  const statements = new Map<string, Statements>();
  /**
   * The record of a repeat key ({@link repeatKey}), made on first use. Its `seen` holds the rest of
   * the key a quantitative goal had in one set (`q|<repeat>|<deadline>|<next words>`): the repeat key
   * is hashed once per goal, for both uses, and the rest is a short key of its own.
   */
  const statementsOf = (key: string): Statements => {
    let st = statements.get(key);
    if (!st) { st = { seen: new Set(), earlier: [] }; statements.set(key, st); }
    return st;
  };
  const wordSets = new Map<string, Set<string>>();
  const wordsOf = (s: string): Set<string> => { let w = wordSets.get(s); if (!w) { w = wordSet(s); wordSets.set(s, w); } return w; };
  function isRepeat(g: Goal, t: GoalTiming, at: number, st = statementsOf(repeatKey(g))): boolean {
    const earlier = st.earlier;
    // Bounded: a restatement follows its first statement closely (a headline, a summary); the work per goal stays constant.
    for (let k = Math.max(0, earlier.length - 8); k < earlier.length; k++) {
      const e = earlier[k];
      if (!similarWords(wordsOf(e.goal.indicator), wordsOf(g.indicator), e.heading ? 0.5 : 0.8)) continue;
      const assumedNow = !!t.assumed || !g.deadline;
      if (e.goal.deadline !== g.deadline && !e.assumed && !assumedNow) continue;
      if (e.assumed && !assumedNow && g.deadline) { e.goal.deadline = g.deadline; e.assumed = false; }
      return true;
    }
    earlier.push({ goal: g, assumed: !!t.assumed || !g.deadline, heading: isHeading(at) });
    return false;
  }
  /** A title or sub-heading: a short paragraph that does not end as a sentence (decided once per paragraph). */
  const headings = new Map<number, boolean>();
  const anchoredHeadings = new Map<number, boolean>();
  function isHeading(at: number): boolean {
    const pi = spanIndexAt(discourse.paragraphs, at);
    if (pi < 0) return false;
    let heading = headings.get(pi);
    if (heading === undefined) {
      const [ps, pe] = discourse.paragraphs[pi];
      heading = pe - ps <= 160 && !/[.;:]\s*$/u.test(text.slice(ps, pe));
      headings.set(pi, heading);
    }
    return heading;
  }

  // ---- quantitative
  ctx.amounts.forEach((a, i) => {
    const entity = ctx.amountEntities[i];
    if (entity.role !== 'target') return;
    if (a.table) { const g = tableGoal(ctx, i, provinceOf, evidence, () => timing.resolve(a.start, a.end)); if (g) goals.push(g); return; } // a table cell (goals/tableGoal)
    if (syllableBefore(lower, a.start)?.word === 'từ' && syllablesAfter(lower, a.end, 1)[0]?.word === 'lên') return; // a baseline
    const si = discourse.sentenceAt(a.start);
    const sentence = discourse.sentences[si] ?? [0, text.length];
    const headStart = Math.max(sentence[0], a.start - 300);
    // (`dự báo` is looked for only where the text has it: the pattern starts with a lookbehind, slow to scan.)
    if (forecasts.someIn(headStart, a.start) && FORECAST.test(lower.slice(headStart, a.start))
      && !/kế hoạch\s*$/u.test(lower.slice(Math.max(headStart, a.start - 20), a.start))) return; // a forecast
    if (isConversion(i)) return;
    const whose = provinceOf(a.start);
    // A target another actor (a ministry, a state group) sets is theirs, unless it names its province or the country.
    if (!whose.named && otherActorIn(text, lower, headStart, a.start)) return;
    const clause = discourse.clauseAt(a.start);
    const t = timing.resolve(a.start, a.end);
    const prevEnd = previousValueEnd(i, sentence[0]);
    const evStart = evidenceStart(ctx, Math.max(sentence[0], prevEnd), clause[0], a.start, text);
    const clauseEnd = discourse.clauseAt(a.end)[1];
    const nounEnd = Math.min(clauseEnd, a.end + 80);
    // The subject starts after the last time or cue word before the amount (`đến năm 2025 X đạt …`).
    // The subject's clause: bounded by `,` `;` `:` outside brackets (`… (OECD) giai đoạn …` is one clause).
    const indicator = indicatorOf(i, 0);
    const ev = evidence(evStart, Math.max(a.end, Math.min(nounEnd, a.end + 40)));
    const next = wordsAfter(lower, a.end, 3) || letterNumberWords(lower, Math.max(clause[0], a.start - 20), a.start);
    for (const province of whose.names) {
      // The evidence's fields written out, in the order a spread gave them: a spread per goal cost more than the rest of the literal.
      const g: Goal = { province, indicator, value: entity.value, unit: entity.unit, quantitative: true, span: ev.span, evidence: ev.evidence, valueSpan: entity.span, rule: 'goal.target' };
      if (entity.max !== undefined) g.max = entity.max;
      if (entity.qualifier) g.qualifier = entity.qualifier;
      applyTiming(g, t);
      // (A deadline and the next words hold no `|`: the one key they made split where it was joined.)
      const st = statementsOf(repeatKey(g));
      const rest = `${keyPart(g.deadline)}|${next}`;
      if (st.seen.has(rest)) continue;
      st.seen.add(rest);
      if (isRepeat(g, t, a.start, st)) continue;
      goals.push(g);
    }
  });

  // ---- qualitative: end-state cues
  const cues = ctx.stateCues ?? findStateCues(lower);
  const stateStarts = cues.endStates;
  for (const [at, into] of cues.makeInto) if (lower.slice(into - 9, into) !== 'trở thành') stateStarts.push(at);
  // `Đến năm 2030, Tuyên Quang là tỉnh phát triển khá`: a copula after a deadline (matched on the
  // text with its capitals: the subject is a name).
  for (const t of ctx.times) {
    if (t.kind !== 'deadline') continue;
    const m = COPULA_AFTER_DEADLINE.exec(text.slice(t.end, t.end + 60));
    if (m && m[1] === 'là') stateStarts.push(t.end + m.index + m[0].length - m[1].length - 1);
  }
  stateStarts.sort((x, y) => x - y);
  for (const cueStart of stateStarts) addQualitative(cueStart, 'goal.endState');
  for (const at of cues.subjectStates) addQualitative(at, 'goal.subjectState');
  // A task opens a plan item (`- Hoàn thành xây dựng …`, `Phấn đấu hoàn thành …`), never a report (`đã hoàn thành`).
  for (const at of cues.tasks) {
    const before = lower.slice(Math.max(0, at - 24), at);
    // … or follows a deadline in its clause (`Đến năm 2030, tỉnh Lào Cai hoàn thành tuyến đường sắt …`).
    let afterDeadline = false;
    for (let k = firstAtOrAfter(ctx.times, at - 40); k < ctx.times.length && ctx.times[k].start < at && !afterDeadline; k++) {
      const t = ctx.times[k];
      afterDeadline = t.kind === 'deadline' && t.end <= at && !/[.;]/.test(lower.slice(t.end, at));
    }
    if (/(?:^|\n)[ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*$|(?:phấn đấu|sẽ|cần|phải|nhằm|mục tiêu(?: là)?|nhiệm vụ(?: là)?|tập trung|khẩn trương)\s*$/u.test(before) || afterDeadline) {
      addQualitative(at, 'goal.task');
    }
  }

  // ---- qualitative: goal lists after `Mục tiêu … <deadline>,`
  // (Loops by index here and below: iterators and destructured pairs were a good share of the garbage.)
  for (let sk = 0; sk < discourse.sentences.length; sk++) {
    const ss = discourse.sentences[sk][0], se = discourse.sentences[sk][1];
    if (!goalWords.someIn(ss, Math.min(se, ss + 160))) continue; // no `mục tiêu` in its head
    const head = lower.slice(ss, Math.min(se, ss + 160));
    const mt = GOAL_LIST_HEAD.exec(head);
    if (!mt) continue;
    // The deadline follows `mục tiêu` closely and closes the head with a comma: `Mục tiêu … đến năm 2030, A, B; C`.
    let deadline: (typeof ctx.times)[number] | undefined;
    for (let k = firstAtOrAfter(ctx.times, ss + mt.index); k < ctx.times.length && ctx.times[k].start < ss + mt.index + 48 && !deadline; k++) {
      if (ctx.times[k].end <= se && ctx.times[k].kind === 'deadline') deadline = ctx.times[k];
    }
    if (!deadline || !/^\s*,/.test(lower.slice(deadline.end, deadline.end + 3))) continue;
    let k = deadline.end;
    while (k < se && (lower[k] === ',' || lower[k] === ' ')) k++;
    const items = splitEndStates(lower, k, se, hasTime, 2000);
    for (let j = 0; j < items.length; j++) addQualitative(items[j][0], 'goal.list');
  }

  /** A short paragraph (a heading) with intent in it (decided once per paragraph, in {@link anchoredHeadings}). */
  function anchoredHeading(pi: number): boolean {
    let anchored = anchoredHeadings.get(pi);
    if (anchored === undefined) {
      const p = discourse.paragraphs[pi];
      anchored = !!p && p[1] - p[0] <= 160 && GOAL_ANCHOR.test(lower.slice(p[0], p[1]));
      anchoredHeadings.set(pi, anchored);
    }
    return anchored;
  }

  /** Intent in the sentence (or the heading above it), or a time still ahead. */
  function hasGoalAnchor(si: number, at: number): boolean {
    const sentence = discourse.sentences[si] ?? [0, text.length];
    const from = Math.max(sentence[0], at - 300);
    if (GOAL_ANCHOR.test(lower.slice(from, Math.min(sentence[1], at + 200)))) return true;
    for (let k = firstAtOrAfter(ctx.times, from); k < ctx.times.length && ctx.times[k].start < Math.min(sentence[1], at + 200); k++) {
      const t = ctx.times[k];
      if ((t.kind === 'deadline' || t.kind === 'period' || t.kind === 'after') && (!ctx.doc || !t.endIso || endsAfter(t.endIso, ctx.doc.now))) return true;
    }
    const pi = discourse.sentenceParagraph[si];
    if (pi > 0 && anchoredHeading(pi - 1)) return true;
    // Under a heading with a time ahead (`2.2. Định hướng đến năm 2035`).
    const t = timing.resolve(at, at + 1);
    return !!t.deadline && !t.assumed && (!ctx.doc || endsAfter(t.deadline, ctx.doc.now));
  }

  function addQualitative(cueStart: number, rule: string): void {
    const si = discourse.sentenceAt(cueStart);
    const sentence = discourse.sentences[si] ?? [0, text.length];
    const clauseStart = Math.max(sentence[0], lastMark(lower, cueStart, sentence[0], ';'));
    const lead = lower.slice(clauseStart, cueStart);
    const stated = rule === 'goal.endState' || rule === 'goal.subjectState' || rule === 'goal.task';
    if (NOT_A_GOAL_BEFORE.test(lead) && stated) return;
    // A description (`Năm 2024, chỉ số PCI thuộc nhóm dẫn đầu`) has no intent and no time ahead.
    if (stated && !hasGoalAnchor(si, cueStart)) return;
    // The end state runs to the next `;`, sentence end, or `, <predicate>` (another end state).
    const chunks = splitEndStates(lower, cueStart, sentence[1], hasTime);
    const [, stateEnd] = chunks[0] ?? [cueStart, sentence[1]];
    if (stateEnd - cueStart < 6 || spaceRuns(lower, cueStart, stateEnd, 2) < 2) return; // fewer than three words
    // A number in it makes it a quantitative goal, assembled above.
    if (targetAmountIn(cueStart, stateEnd)) return;
    let subjectStart = Math.max(clauseStart, lastMark(lower, cueStart, sentence[0], ',;:'));
    while (subjectStart < cueStart && spaceOrMark(text, subjectStart, ',;:)]*(-')) subjectStart++;
    // `phát triển X thành Y` carries its subject; otherwise the subject stands before the cue, close to it.
    if (cueStart - subjectStart > 80) subjectStart = syllableStartBefore(lower, cueStart, 6);
    const start = rule === 'goal.list' || MAKE_INTO_START.test(lower.slice(cueStart, cueStart + 12)) ? cueStart : subjectStart;
    const ev = evidence(start, stateEnd);
    const covering = spanIndexAt(qualitativeSpans, ev.span[0]);
    if (covering >= 0 && qualitativeSpans[covering][1] >= ev.span[1]) return;
    const key = letterNumberWords(lower, start, stateEnd);
    if (seenStates.has(key)) return;
    seenStates.add(key);
    if (!qualitativeSpans.length || qualitativeSpans[qualitativeSpans.length - 1][0] <= ev.span[0]) qualitativeSpans.push([ev.span[0], ev.span[1]]);
    // A subject's state is named with its subject (after any time or intent words before it).
    const stateFrom = rule === 'goal.subjectState' ? Math.max(subjectStart, lastTimeOrCueEnd(ctx, subjectStart, cueStart)) : cueStart;
    const endState = text.slice(stateFrom, stateEnd).replace(/(?:^|\s)được\s/u, ' ');
    const goalTiming = timing.resolve(cueStart, stateEnd);
    const indicator = qualitativeIndicator(endState, provinceNames);
    for (const province of provinceOf(cueStart).names) {
      const g: Goal = { province, indicator, quantitative: false, span: ev.span, evidence: ev.evidence, rule };
      applyTiming(g, goalTiming);
      if (isRepeat(g, goalTiming, cueStart)) continue;
      goals.push(g);
    }
    if (rule === 'goal.endState') {
      for (let j = 1; j < chunks.length; j++) {
        const cs = chunks[j][0];
        if (CONTINUATION_STATE.test(lower.slice(cs, cs + 20))) addQualitative(cs, 'goal.list');
      }
    }
  }

  return sortedByStart(goals);
}

/** `/\d/.test(s[k] ?? '')` (a mark between two digits is inside a number), without a one-character string and a pattern run. */
function digitAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k); // NaN outside the string: no digit
  return c >= 48 && c <= 57;
}

/** Whether code unit `c` is one of `marks`. */
function isMark(c: number, marks: string): boolean {
  for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === c) return true;
  return false;
}
/** `/[\s<marks>]/.test(s[k])`, without a pattern run (and a one-character string made) per character. */
const spaceOrMark = (s: string, k: number, marks: string): boolean => {
  const c = s.charCodeAt(k);
  return isSpaceCode(c) || isMark(c, marks);
};

/** How many times `ch` occurs in `s`, counted up to `max`. */
function countOf(s: string, ch: string, max: number): number {
  let n = 0;
  for (let k = s.indexOf(ch); k >= 0 && n < max; k = s.indexOf(ch, k + 1)) n++;
  return n;
}

/** Runs of white space in [from, to), counted up to `max`: `slice.split(/\s+/).length - 1`. */
function spaceRuns(s: string, from: number, to: number, max: number): number {
  let n = 0;
  for (let k = from; k < to && n < max; k++) {
    if (isSpaceCode(s.charCodeAt(k)) && (k === from || !isSpaceCode(s.charCodeAt(k - 1)))) n++;
  }
  return n;
}

/**
 * `goals.sort((a, b) => a.span[0] - b.span[0])`, stable like it: the starts read once (goals differ in
 * shape, so reading them in the comparator is slow), and no sort at all when they are in order already.
 */
function sortedByStart(goals: Goal[]): Goal[] {
  const starts = goals.map((g) => g.span[0]);
  let inOrder = true;
  for (let k = 1; k < starts.length && inOrder; k++) if (starts[k] < starts[k - 1]) inOrder = false;
  if (inOrder) return goals;
  const order = starts.map((_, k) => k).sort((x, y) => starts[x] - starts[y] || x - y);
  return order.map((k) => goals[k]);
}

const LETTER_START = /^\p{L}/u;
/**
 * Whether `word` stands in `s` between non-letters: `/(?<![\p{L}])word(?![\p{L}])/u.test(s)`, looked for
 * with indexOf (a pattern that starts with a lookbehind scans a whole text about ten times slower).
 */
function hasWord(s: string, word: string): boolean {
  for (let k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
    if (!letterBefore(s, k) && !LETTER_START.test(s.slice(k + word.length, k + word.length + 2))) return true;
  }
  return false;
}

/** A value in a key as `Array.prototype.join` writes it: null and undefined as ''. */
const keyPart = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : `${v}`);

/** The goals that share a repeat key: the rest of the quantitative goals' keys seen, and the statements so far. */
interface Statements {
  seen: Set<string>;
  earlier: Array<{ goal: Goal; assumed: boolean; heading: boolean }>;
}

/** What a goal stated again shares with its first statement: province, value and unit. */
const repeatKey = (g: Goal): string => `${keyPart(g.province)}|${keyPart(g.value)}|${keyPart(g.max)}|${keyPart(g.unit)}`;

function applyTiming(g: Goal, t: GoalTiming): void {
  if (t.deadline) g.deadline = t.deadline;
  if (t.period) g.period = t.period;
}

/** Offset of the last of `marks` in [from, at), + 1; or `from`. */
function lastMark(lower: string, at: number, from: number, marks: string): number {
  for (let k = at - 1; k >= from && k >= at - 400; k--) {
    const c = lower.charCodeAt(k);
    if (c !== 44 && c !== 59 && c !== 58) continue; // marks are some of `,` `;` `:`
    if (marks.includes(lower[k]) && !((lower[k] === ',' || lower[k] === ':') && digitAt(lower, k - 1) && digitAt(lower, k + 1))) return k + 1;
  }
  return Math.max(from, at - 400); // bounded: work per cue stays constant in long sentences
}

/** Splits [from, to) into end states at `;` and at `, <predicate start>`. */
function splitEndStates(lower: string, from: number, to: number, hasTime: (a: number, b: number) => boolean, reach = 400): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  for (let k = from; k < to && k < from + reach; k++) {
    const code = lower.charCodeAt(k);
    if (code !== 59 && code !== 0x2026 && code !== 32 && code !== 44) continue; // only `;` `…` ` ` `,` split
    const c = lower[k];
    // ` và ` starts another end state before a cue (`… và trở thành …`) or between two deadlines
    // (`… vào năm 2025 và của cả nước vào năm 2030`).
    const andSplit = c === ' ' && lower.charCodeAt(k + 1) === 118 && lower.startsWith(' và ', k) && k > s // 118: `v`
      && (END_STATE_START.test(lower.slice(k + 4, k + 24)) || HEAD_START.test(lower.slice(k + 4, k + 24)) || /^là\s/u.test(lower.slice(k + 4, k + 8)) || (hasTime(s, k) && hasTime(k, Math.min(to, k + 80))));
    const timeSplit = c === ',' && k > s && /^\s*(?:(?:đến|tới|vào)\s+năm|năm\s+\d{4}|giai đoạn|tầm nhìn)/u.test(lower.slice(k + 1, k + 20));
    if (c === ';' || c === '…' || andSplit || timeSplit || (c === ',' && PREDICATE_RE.test(lower.slice(k + 1, k + 20).trimStart()) && k > s)) {
      if (k > s) out.push([s, k]);
      s = andSplit ? k + 4 : k + 1; // after ` và `, the next end state starts at its own word
      while (s < to && lower[s] === ' ') s++;
    }
  }
  if (to > s) out.push([s, Math.min(to, s + 400)]);
  return out.map(([a, b]) => {
    let e = b;
    while (e > a && spaceOrMark(lower, e - 1, '.,;…')) e--;
    return [a, e] as [number, number];
  });
}

/**
 * Where a goal's evidence starts: at the chain of cue words and times right before the amount
 * (`phấn đấu đến năm 2025, …`, `với mục tiêu đến năm 2020 …`), reaching back to the clause start
 * when that is close; never before the previous amount of the sentence.
 */
function evidenceStart(ctx: GoalContext, from: number, clauseStart: number, at: number, text: string): number {
  const marks: Array<{ start: number; end: number }> = [];
  const lo0 = Math.max(from, at - 200);
  for (let k = firstAtOrAfter(ctx.cues, lo0); k < ctx.cues.length && ctx.cues[k].start < at; k++) if (ctx.cues[k].role === 'target' && ctx.cues[k].end <= at) marks.push(ctx.cues[k]);
  for (let k = firstAtOrAfter(ctx.times, lo0); k < ctx.times.length && ctx.times[k].start < at; k++) if (ctx.times[k].kind !== 'date' && ctx.times[k].end <= at) marks.push(ctx.times[k]);
  marks.sort((x, y) => y.start - x.start);
  let start = -1;
  let reach = at;
  for (const m of marks) {
    if (m.end > reach) continue;
    if (start >= 0 && reach - m.end > 25) break;
    if (start < 0 && at - m.end > 120) break;
    start = m.start;
    reach = m.start;
  }
  const lo = Math.max(from, clauseStart);
  if (start < 0) start = lo;
  else if (lo < start && start - lo <= 40) start = lo;
  while (start < at && spaceOrMark(text, start, ',;:)]*-')) start++;
  return start;
}

/** Start of the first time expression in [from, to), or `to`. */
function firstTimeStart(ctx: GoalContext, from: number, to: number): number {
  const k = firstAtOrAfter(ctx.times, from);
  return k < ctx.times.length && ctx.times[k].start < to ? ctx.times[k].start : to;
}

/** `đặt mục tiêu đạt kim ngạch XK dự kiến đạt …`: the words between the last two intent verbs before `to`. */
function betweenIntents(ctx: GoalContext, from: number, to: number): string {
  const ends: Array<{ start: number; end: number }> = [];
  for (let k = firstAtOrAfter(ctx.cues, from); k < ctx.cues.length && ctx.cues[k].start < to; k++) if (ctx.cues[k].end <= to && ctx.cues[k].intent) ends.push(ctx.cues[k]);
  if (ends.length < 2) return '';
  const a = ends[ends.length - 2], b = ends[ends.length - 1];
  return ctx.norm.text.slice(a.end, b.start).trim();
}

/** Start of the first intent verb in [from, to), or `to`. */
function firstIntentStart(ctx: GoalContext, from: number, to: number): number {
  for (let k = firstAtOrAfter(ctx.cues, from); k < ctx.cues.length && ctx.cues[k].start < to; k++) if (ctx.cues[k].intent) return ctx.cues[k].start;
  return to;
}

/** End of the last intent verb (`phấn đấu`, `sẽ`) in [from, to), or `from`. */
function lastIntentEnd(ctx: GoalContext, from: number, to: number): number {
  let end = from;
  for (let k = firstAtOrAfter(ctx.cues, from); k < ctx.cues.length && ctx.cues[k].start < to; k++) if (ctx.cues[k].end <= to && ctx.cues[k].intent) end = ctx.cues[k].end;
  return end;
}

/**
 * Start of the clause before `at`: after the last `,` `;` `:` that is not inside brackets or a number,
 * and not a comma of an enumeration inside the subject (`khu vực nông, lâm và thủy sản tăng 5%`,
 * `ngành công nghiệp, xây dựng chiếm 18%`): a comma followed by one or two words, then a linking
 * word, the next comma or the subject's end, is part of the subject.
 */
function subjectClauseStart(lower: string, at: number, floor: number): number {
  let depth = 0;
  let skips = 0;
  for (let k = at - 1; k >= floor && k >= at - 300; k--) {
    const code = lower.charCodeAt(k);
    if (code !== 41 && code !== 40 && code !== 10 && code !== 44 && code !== 59 && code !== 58) continue; // only `)` `(` `\n` `,` `;` `:` matter
    const c = lower[k];
    if (c === ')') {
      // A list number (`(8) Tỷ lệ …`, `a) Tỷ lệ …`) opens the item: the subject starts after it.
      if (/(?:^|\n)[ \t]*\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,4})$/u.test(lower.slice(Math.max(floor, k - 8), k))) return k + 1;
      depth++;
    } else if (c === '(') { if (depth > 0) depth--; else return k + 1; }
    else if (c === '\n' && isItemBreak(lower, k)) return k + 1;
    else if (depth === 0 && (c === ',' || c === ';' || c === ':') && !(digitAt(lower, k - 1) && digitAt(lower, k + 1))) {
      if (c === ',' && skips < 3 && isEnumerationComma(lower, k, at)) { skips++; continue; }
      return k + 1;
    }
  }
  return Math.max(floor, at - 300);
}

/** A line break that ends a heading or list item, not one of wrapped text. */
function isItemBreak(lower: string, k: number): boolean {
  let j = k + 1;
  while (lower[j] === ' ' || lower[j] === '\t') j++;
  if (lower[j] === '\n' || /[-+•*–]/.test(lower[j] ?? '') || /^(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))/u.test(lower.slice(j, j + 4))) return true;
  let i = k - 1;
  while (lower[i] === ' ' || lower[i] === '\t') i--;
  return /[:;.]/.test(lower[i] ?? '');
}

/** Verbs that end a subject: a word after an enumeration comma that is one is no item of the enumeration. */
const SUBJECT_VERBS = new Set(['đạt', 'tăng', 'giảm', 'chiếm', 'là', 'có', 'phấn đấu', 'đến', 'năm', 'giai đoạn']);
function isEnumerationComma(lower: string, comma: number, at: number): boolean {
  let next = lower.indexOf(',', comma + 1);
  if (next < 0 || next > at) next = at;
  const seg = lower.slice(comma + 1, next).trim();
  if (!seg || /\d/.test(lower.slice(comma + 1, at))) return false;
  const words = leadingWords(seg, 4); // only the first words are read (and `k < words.length` with k <= 3)
  // One or two words, then a linking word, the next comma or the end: `nông, lâm, thủy sản`, `chế biến, chế tạo trong GRDP`.
  let k = 0;
  while (k < words.length && k < 3 && !ENUM_LINK.has(words[k])) k++;
  if (k === 0 || k > 2 || (k < words.length && !ENUM_LINK.has(words[k]))) return false;
  // `/(?:^|\s)(?:<verb>)(?:\s|$)/` on the one or two words: a verb is a whole word, or the two words together.
  if (SUBJECT_VERBS.has(words[0]) || (k === 2 && (SUBJECT_VERBS.has(words[1]) || SUBJECT_VERBS.has(`${words[0]} ${words[1]}`)))) return false;
  const before = lower.slice(Math.max(0, comma - 12), comma);
  return /\p{L}$/u.test(before) && !/(?:nay|năm \d+|\d|đó|đấy|vậy|ra|thể|nhiên)$/u.test(before);
}

const ENUM_LINK = new Set(['và', 'trong', 'của', 'ở', 'tại', 'thuộc', 'cho', 'đạt', 'tăng', 'giảm', 'chiếm', 'là', 'có', 'theo', 'trên', 'dưới',
  'hơn', 'khoảng', 'gần', 'tối thiểu', 'tối', 'ít', 'còn', 'bằng', 'lên']);

/** End of the last time expression or cue word in [from, to), or `from`. Noun cues (`nhu cầu`, `kế hoạch`) belong to the subject. */
function lastTimeOrCueEnd(ctx: GoalContext, from: number, to: number): number {
  let end = from;
  for (let k = firstAtOrAfter(ctx.cues, from); k < ctx.cues.length && ctx.cues[k].start < to; k++) if (ctx.cues[k].end <= to && ctx.cues[k].intent) end = Math.max(end, ctx.cues[k].end);
  for (let k = firstAtOrAfter(ctx.times, from); k < ctx.times.length && ctx.times[k].start < to; k++) if (ctx.times[k].end <= to) end = Math.max(end, ctx.times[k].end);
  return end;
}

function lastQuantitative(goals: readonly Goal[], discourse: GoalContext['discourse'], sentenceIndex: number): string | undefined {
  const para = discourse.sentenceParagraph[sentenceIndex];
  for (let k = goals.length - 1; k >= 0 && k >= goals.length - 5; k--) {
    const g = goals[k];
    if (discourse.sentenceParagraph[discourse.sentenceAt(g.span[0])] !== para) return undefined;
    if (g.quantitative) return g.indicator;
  }
  return undefined;
}

/** The words of an indicator, lower-cased (once per distinct indicator: memoised in isRepeat's wordsOf). */
const wordSet = (s: string): Set<string> => letterNumberWordSet(s.toLowerCase());

/** Whether two indicators (their word sets) share at least `share` of the shorter one's words. */
function similarWords(A: ReadonlySet<string>, B: ReadonlySet<string>, share: number): boolean {
  if (!A.size || !B.size) return false;
  let hit = 0;
  for (const w of A) if (B.has(w)) hit++;
  return hit >= share * Math.max(A.size, B.size) || (share <= 0.5 && hit >= share * Math.min(A.size, B.size));
}

/** The text of an amount's list item after it, with short brackets left out (`30 lớp (6 lớp/năm) tập huấn …`). */
function itemText(text: string, from: number): string {
  let out = '';
  let k = from;
  for (let guard = 0; guard < 4; guard++) {
    const end = itemEnd(text, k);
    out += text.slice(k, end);
    if (text[end] !== '(') break;
    const close = text.indexOf(')', end);
    if (close < 0 || close - end > 40) break;
    k = close + 1;
  }
  return out;
}

/**
 * Where the noun phrase after an amount can end: the end of its list item or sentence (`;`, `.`, `:`,
 * `(`, a blank line, a new line that starts another item), not a comma or a line break of wrapped
 * text (`100% khu công nghiệp, cụm công nghiệp triển khai …`). Bounded.
 */
function itemEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 200);
  for (let k = from; k < limit; k++) {
    const code = text.charCodeAt(k);
    // only `;` `(` `)` `!` `?` `.` `:` and a line break can end it
    if (code !== 59 && code !== 40 && code !== 41 && code !== 33 && code !== 63 && code !== 46 && code !== 58 && code !== 10) continue;
    const c = text[k];
    if (c === ';' || c === '(' || c === ')' || c === '!' || c === '?') return k;
    if ((c === '.' || c === ':') && !(digitAt(text, k - 1) && digitAt(text, k + 1))) return k;
    if (c === '\n') {
      let j = k + 1;
      while (j < limit && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j >= limit || text[j] === '\n' || /[-+•*–|#>]/.test(text[j]) || /^\d{1,2}[.)]/.test(text.slice(j, j + 3)) || /^[a-zđ]\)/.test(text.slice(j, j + 2))) return k;
    }
  }
  return limit;
}

/**
 * `phát triển vùng nguyên liệu quế tập trung, trong đó Yên Bái có 80.000 ha`: what a `trong đó`
 * breakdown is a part of (the noun phrase of the clause before it), or ''.
 */
function breakdownWhole(lower: string, text: string, from: number, at: number): string {
  const lo = Math.max(from, at - 300);
  const found = lower.slice(lo, at).lastIndexOf('trong đó'); // bounded: never a scan back to the document's start
  if (found < 0) return '';
  const k = lo + found;
  let s = k - 1;
  while (s > lo && spaceOrMark(lower, s, ',;:')) s--;
  let b = s;
  while (b > lo && !isMark(lower.charCodeAt(b - 1), ',;:.(\n')) b--;
  return text.slice(b, s + 1).trim();
}
