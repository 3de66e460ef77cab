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
import { provinceNamePattern, qualitativeIndicator, quantitativeIndicator } from './indicator';
import { firstAtOrAfter, spanIndexAt, startingIn } from '../text/sorted';
import { syllablesAfter, syllablesBefore } from '../text/scan';
import { alternation, execAtWordStart, WB_AFTER } from '../text/chars';
import { isIncidentalMention } from '../refiners/documentProvinces';
import { INTENT_VERBS } from '../lexicon/cues';
import { tableGoal } from './tableGoal';

const INTENT = new Set(INTENT_VERBS);

const MAX_EVIDENCE = 220;

/** Cues of an end state without a number. */
const END_STATE_CUES = ['trở thành', 'tiến tới', 'hình thành', 'thuộc nhóm', 'nằm trong nhóm', 'thuộc top', 'nằm trong top',
  'cơ bản không còn', 'cơ bản hoàn thành', 'không còn hộ nghèo'];
const END_STATE_RE = new RegExp(`(?:${alternation(END_STATE_CUES)})${WB_AFTER}`, 'gu');
/** `phát triển/xây dựng/đưa X thành Y` with X of one to six syllables. */
const MAKE_INTO_RE = /(?:phát triển|xây dựng|đưa)((?: [\p{L}\p{M}]+){1,6}?) thành(?![\p{L}\p{N}])/gu;
/** A comma followed by one of these starts another end state in a list. */
const PREDICATE_STARTS = ['trở thành', 'là', 'có', 'tạo', 'làm', 'thuộc', 'nâng cao', 'hình thành', 'tiến tới', 'xây dựng', 'đưa', 'cơ bản không còn'];
const PREDICATE_RE = new RegExp(`^(?:${alternation(PREDICATE_STARTS)})${WB_AFTER}`, 'u');
/** Before an end-state cue in its clause: a report (`đã`), a purpose (`để`, `nhằm`) or a measure (`hỗ trợ DN trở thành`) — not a goal. */
const NOT_A_GOAL_BEFORE = /(?<![\p{L}\p{N}])(?:đã|để|nhằm|giúp|hỗ trợ|khuyến khích|tạo điều kiện)(?![\p{L}\p{N}])/u;
/** Actors other than the province: a target they set in the sentence is theirs. */
const OTHER_ACTOR = /(?<![\p{L}\p{N}])(?:[Bb]ộ|[Tt]ập đoàn|[Tt]ổng công ty|[Cc]hính phủ|[Tt]hủ tướng|EVN)\s+\p{Lu}/u;
const END_STATE_START = new RegExp(`^(?:${alternation(END_STATE_CUES)})${WB_AFTER}`, 'u');
/** Continuations that are end states of their own (`…, là một trong những cực tăng trưởng`, `…, làm hình mẫu`). */
const CONTINUATION_STATE = new RegExp(`^(?:${alternation([...END_STATE_CUES, 'là', 'làm'])})${WB_AFTER}`, 'u');
const MAKE_INTO_START = /^(?:phát triển|xây dựng|đưa)\s/u;

/** Start of the `n`-th syllable before `at` (bounded). */
function syllableStartBefore(lower: string, at: number, n: number): number {
  const syl = syllablesBefore(lower, at, n);
  return syl.length ? syl[0].start : at;
}

const GOAL_LIST_HEAD = /(?<![\p{L}\p{N}])mục tiêu(?![\p{L}\p{N}])/u;

export function assembleGoals(ctx: GoalContext): Goal[] {
  const { norm, discourse } = ctx;
  const { text, lower } = norm;
  const timing = new TimingResolver(ctx.times, discourse, ctx.amounts.map((a) => a.start), lower,
    ctx.doc?.source === 'reporting' ? String(ctx.doc.year) : undefined);
  const hasTime = (a: number, b: number) => { for (const t of startingIn(ctx.times, a, b)) if (t.end <= b && t.kind !== 'date') return true; return false; };
  const targetAmountIn = (a: number, b: number) => { for (let i = firstAtOrAfter(ctx.amounts, a); i < ctx.amounts.length && ctx.amounts[i].start < b; i++) if (ctx.amountEntities[i].role === 'target') return true; return false; };
  const qualitativeSpans: Array<[number, number]> = [];
  const goals: Goal[] = [];
  const seen = new Set<string>();
  const provinceOf = makeProvinceResolver(ctx);
  const provinceNames = provinceNamePattern(ctx.provinceHits.map((h) => text.slice(h.start, h.end)));

  const evidence = (s: number, e: number): Pick<Goal, 'span' | 'evidence'> => {
    const span = norm.toOriginal(s, Math.min(e, s + MAX_EVIDENCE));
    return { span, evidence: ctx.source.slice(span[0], span[1]) };
  };

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
    const before = syllablesBefore(lower, a.start, 1)[0];
    const prevEnd = i > 0 && ctx.amounts[i - 1].end > sentence[0] ? ctx.amounts[i - 1].end : sentence[0];
    const nounEnd = Math.min(discourse.clauseAt(a.end)[1], a.end + 80);
    const samePrevious = i > 0 && depth < 3 && ctx.amounts[i - 1].end > sentence[0] ? indicatorOf(i - 1, depth + 1) : undefined;
    // `tăng công suất từ 490 MW lên 1.500 MW`: the target shares the subject of its baseline.
    const baseline = i > 0 && before?.word === 'lên' && syllablesBefore(lower, ctx.amounts[i - 1].start, 1)[0]?.word === 'từ'
      ? syllablesBefore(lower, ctx.amounts[i - 1].start, 1)[0].start : -1;
    const clauseFrom = baseline >= 0 ? subjectClauseStart(lower, baseline, sentence[0]) : Math.max(subjectClauseStart(lower, a.start, sentence[0]), prevEnd);
    const subjectStart = Math.max(clauseFrom, lastTimeOrCueEnd(ctx, clauseFrom, baseline >= 0 ? baseline : a.start));
    const leadFrom = lastIntentEnd(ctx, clauseFrom, subjectStart);
    // Between the intent verb and the time (`phấn đấu tỷ lệ X giai đoạn …`), else before the intent verb (`X phấn đấu đạt …`).
    const lead = text.slice(leadFrom, firstTimeStart(ctx, leadFrom, subjectStart)).trim()
      || text.slice(clauseFrom, Math.min(firstTimeStart(ctx, clauseFrom, subjectStart), leadFrom > clauseFrom ? firstIntentStart(ctx, clauseFrom, leadFrom) : subjectStart));
    const subjectEnd = baseline >= 0 ? baseline : a.start;
    const qualifierFree = lower.slice(subjectStart, subjectEnd).replace(/(?:hơn|trên|gần|khoảng|ước|xấp xỉ|ít nhất|tối thiểu|tối đa|dưới|≥|≤|từ)\s*$/u, '');
    const result = quantitativeIndicator({
      before: text.slice(subjectStart, subjectStart + qualifierFree.length),
      unitKind: a.unitKind,
      unit: a.unit,
      nounPhrase: text.slice(a.start, nounEnd).replace(/^[\d.,\s–—-]+/u, '').replace(/^(?:nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)\s+/u, ''),
      after: text.slice(a.end, nounEnd),
      previous: samePrevious ?? lastQuantitative(goals, discourse, si),
      lead,
    }, provinceNames);
    indicators.set(i, result);
    return result;
  }

  // ---- quantitative
  ctx.amounts.forEach((a, i) => {
    const entity = ctx.amountEntities[i];
    if (entity.role !== 'target') return;
    if (a.table) { const g = tableGoal(ctx, i, provinceOf, evidence, () => timing.resolve(a.start, a.end)); if (g) goals.push(g); return; } // a table cell (goals/tableGoal)
    const before = syllablesBefore(lower, a.start, 1)[0];
    const after = syllablesAfter(lower, a.end, 1)[0];
    if (before?.word === 'từ' && after?.word === 'lên') return; // a baseline
    const si = discourse.sentenceAt(a.start);
    const sentence = discourse.sentences[si] ?? [0, text.length];
    const headStart = Math.max(sentence[0], a.start - 300);
    const head = text.slice(headStart, a.start);
    const lowerHead = lower.slice(headStart, a.start);
    if (/(?<![\p{L}])dự báo(?![\p{L}])/u.test(lowerHead) && !/kế hoạch\s*$/u.test(lowerHead.slice(-20))) return; // a forecast
    if (OTHER_ACTOR.test(head)) return;
    const clause = discourse.clauseAt(a.start);
    const t = timing.resolve(a.start, a.end);
    const prevEnd = i > 0 && ctx.amounts[i - 1].end > sentence[0] ? ctx.amounts[i - 1].end : sentence[0];
    const evStart = evidenceStart(ctx, Math.max(sentence[0], prevEnd), clause[0], a.start, text);
    const clauseEnd = discourse.clauseAt(a.end)[1];
    const nounEnd = Math.min(clauseEnd, a.end + 80);
    // The subject starts after the last time or cue word before the amount (`đến năm 2025 X đạt …`).
    // The subject's clause: bounded by `,` `;` `:` outside brackets (`… (OECD) giai đoạn …` is one clause).
    const indicator = indicatorOf(i, 0);
    const g: Goal = {
      province: provinceOf(a.start), indicator, value: entity.value, unit: entity.unit, quantitative: true,
      ...evidence(evStart, Math.max(a.end, Math.min(nounEnd, a.end + 40))), valueSpan: entity.span, rule: 'goal.target',
    };
    if (entity.max !== undefined) g.max = entity.max;
    if (entity.qualifier) g.qualifier = entity.qualifier;
    applyTiming(g, t);
    const words = (s: number, e: number) => lower.slice(s, e).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const next = syllablesAfter(lower, a.end, 3).map((w) => w.word).join(' ');
    const key = ['q', g.province, g.value, g.max, g.unit, g.deadline, next || words(Math.max(clause[0], a.start - 20), a.start)].join('|');
    if (seen.has(key)) return;
    seen.add(key);
    goals.push(g);
  });

  // ---- qualitative: end-state cues
  const stateStarts: number[] = [];
  END_STATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAtWordStart(END_STATE_RE, lower)) !== null) stateStarts.push(m.index);
  MAKE_INTO_RE.lastIndex = 0;
  while ((m = execAtWordStart(MAKE_INTO_RE, lower)) !== null) {
    const into = m.index + m[0].length;
    if (lower.slice(into - 9, into) !== 'trở thành') stateStarts.push(m.index);
  }
  stateStarts.sort((x, y) => x - y);
  for (const cueStart of stateStarts) addQualitative(cueStart, 'goal.endState');

  // ---- qualitative: goal lists after `Mục tiêu … <deadline>,`
  for (const [ss, se] of discourse.sentences) {
    const head = lower.slice(ss, Math.min(se, ss + 160));
    const mt = GOAL_LIST_HEAD.exec(head);
    if (!mt) continue;
    // The deadline follows `mục tiêu` closely and closes the head with a comma: `Mục tiêu … đến năm 2030, A, B; C`.
    const deadline = [...startingIn(ctx.times, ss + mt.index, ss + mt.index + 48)].find((t) => t.end <= se && t.kind === 'deadline');
    if (!deadline || !/^\s*,/.test(lower.slice(deadline.end, deadline.end + 3))) continue;
    let k = deadline.end;
    while (k < se && (lower[k] === ',' || lower[k] === ' ')) k++;
    for (const [cs] of splitEndStates(lower, k, se, hasTime, 2000)) addQualitative(cs, 'goal.list');
  }

  function addQualitative(cueStart: number, rule: string): void {
    const si = discourse.sentenceAt(cueStart);
    const sentence = discourse.sentences[si] ?? [0, text.length];
    const clauseStart = Math.max(sentence[0], lastMark(lower, cueStart, sentence[0], ';'));
    const lead = lower.slice(clauseStart, cueStart);
    if (NOT_A_GOAL_BEFORE.test(lead) && rule === 'goal.endState') return;
    // The end state runs to the next `;`, sentence end, or `, <predicate>` (another end state).
    const chunks = splitEndStates(lower, cueStart, sentence[1], hasTime);
    const [, stateEnd] = chunks[0] ?? [cueStart, sentence[1]];
    if (stateEnd - cueStart < 6 || lower.slice(cueStart, stateEnd).split(/\s+/).length < 3) return;
    // A number in it makes it a quantitative goal, assembled above.
    if (targetAmountIn(cueStart, stateEnd)) return;
    let subjectStart = Math.max(clauseStart, lastMark(lower, cueStart, sentence[0], ',;:'));
    while (subjectStart < cueStart && /[\s,;:)\]*(-]/.test(text[subjectStart])) subjectStart++;
    // `phát triển X thành Y` carries its subject; otherwise the subject stands before the cue, close to it.
    if (cueStart - subjectStart > 80) subjectStart = syllableStartBefore(lower, cueStart, 6);
    const start = rule === 'goal.list' || MAKE_INTO_START.test(lower.slice(cueStart, cueStart + 12)) ? cueStart : subjectStart;
    const ev = evidence(start, stateEnd);
    const key = 'l|' + lower.slice(start, stateEnd).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const covering = spanIndexAt(qualitativeSpans, ev.span[0]);
    if (seen.has(key) || (covering >= 0 && qualitativeSpans[covering][1] >= ev.span[1])) return;
    seen.add(key);
    if (!qualitativeSpans.length || qualitativeSpans[qualitativeSpans.length - 1][0] <= ev.span[0]) qualitativeSpans.push([ev.span[0], ev.span[1]]);
    const endState = text.slice(cueStart, stateEnd);
    const g: Goal = {
      province: provinceOf(cueStart), indicator: qualitativeIndicator(endState, provinceNames), quantitative: false,
      ...ev, rule,
    };
    applyTiming(g, timing.resolve(cueStart, stateEnd));
    goals.push(g);
    if (rule === 'goal.endState') {
      for (const [cs] of chunks.slice(1)) if (CONTINUATION_STATE.test(lower.slice(cs, cs + 20))) addQualitative(cs, 'goal.list');
    }
  }

  return goals.sort((a, b) => a.span[0] - b.span[0]);
}

function applyTiming(g: Goal, t: GoalTiming): void {
  if (t.deadline) g.deadline = t.deadline;
  if (t.period) g.period = t.period;
}

/** Offset of the last of `marks` in [from, at), + 1; or `from`. */
function lastMark(lower: string, at: number, from: number, marks: string): number {
  for (let k = at - 1; k >= from && k >= at - 400; k--) {
    if (marks.includes(lower[k]) && !((lower[k] === ',' || lower[k] === ':') && /\d/.test(lower[k - 1] ?? '') && /\d/.test(lower[k + 1] ?? ''))) return k + 1;
  }
  return Math.max(from, at - 400); // bounded: work per cue stays constant in long sentences
}

/** Splits [from, to) into end states at `;` and at `, <predicate start>`. */
function splitEndStates(lower: string, from: number, to: number, hasTime: (a: number, b: number) => boolean, reach = 400): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  for (let k = from; k < to && k < from + reach; k++) {
    const c = lower[k];
    // ` và ` starts another end state before a cue (`… và trở thành …`) or between two deadlines
    // (`… vào năm 2025 và của cả nước vào năm 2030`).
    const andSplit = c === ' ' && lower.startsWith(' và ', k) && k > s
      && (END_STATE_START.test(lower.slice(k + 4, k + 24)) || (hasTime(s, k) && hasTime(k, Math.min(to, k + 80))));
    if (c === ';' || c === '…' || andSplit || (c === ',' && PREDICATE_RE.test(lower.slice(k + 1, k + 20).trimStart()) && k > s)) {
      if (k > s) out.push([s, k]);
      s = k + 1;
      while (s < to && lower[s] === ' ') s++;
    }
  }
  if (to > s) out.push([s, Math.min(to, s + 400)]);
  return out.map(([a, b]) => {
    let e = b;
    while (e > a && /[\s.,;…]/.test(lower[e - 1])) e--;
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
  for (const c of startingIn(ctx.cues, Math.max(from, at - 200), at)) if (c.role === 'target' && c.end <= at) marks.push(c);
  for (const t of startingIn(ctx.times, Math.max(from, at - 200), at)) if (t.kind !== 'date' && t.end <= at) marks.push(t);
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
  while (start < at && /[\s,;:)\]*-]/.test(text[start])) start++;
  return start;
}

/** Start of the first time expression in [from, to), or `to`. */
function firstTimeStart(ctx: GoalContext, from: number, to: number): number {
  for (const t of startingIn(ctx.times, from, to)) return t.start;
  return to;
}

/** Start of the first intent verb in [from, to), or `to`. */
function firstIntentStart(ctx: GoalContext, from: number, to: number): number {
  for (const c of startingIn(ctx.cues, from, to)) if (INTENT.has(ctx.norm.lower.slice(c.start, c.end).replace(/\s+/g, ' '))) return c.start;
  return to;
}

/** End of the last intent verb (`phấn đấu`, `sẽ`) in [from, to), or `from`. */
function lastIntentEnd(ctx: GoalContext, from: number, to: number): number {
  let end = from;
  for (const c of startingIn(ctx.cues, from, to)) if (c.end <= to && INTENT.has(ctx.norm.lower.slice(c.start, c.end).replace(/\s+/g, ' '))) end = c.end;
  return end;
}

/** Start of the clause before `at`: after the last `,` `;` `:` that is not inside brackets or a number. */
function subjectClauseStart(lower: string, at: number, floor: number): number {
  let depth = 0;
  for (let k = at - 1; k >= floor && k >= at - 300; k--) {
    const c = lower[k];
    if (c === ')') depth++;
    else if (c === '(') { if (depth > 0) depth--; else return k + 1; }
    else if (depth === 0 && (c === ',' || c === ';' || c === ':') && !(/\d/.test(lower[k - 1] ?? '') && /\d/.test(lower[k + 1] ?? ''))) return k + 1;
  }
  return Math.max(floor, at - 300);
}

/** End of the last time expression or cue word in [from, to), or `from`. Noun cues (`nhu cầu`, `kế hoạch`) belong to the subject. */
function lastTimeOrCueEnd(ctx: GoalContext, from: number, to: number): number {
  let end = from;
  for (const c of startingIn(ctx.cues, from, to)) if (c.end <= to && INTENT.has(ctx.norm.lower.slice(c.start, c.end).replace(/\s+/g, ' '))) end = Math.max(end, c.end);
  for (const t of startingIn(ctx.times, from, to)) if (t.end <= to) end = Math.max(end, t.end);
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

/** The province a goal belongs to: named in its sentence, else earlier in its paragraph, else the document's subject. */
function makeProvinceResolver(ctx: GoalContext): (offset: number) => string | null {
  const about = new Set(ctx.provinces.map((p) => p.name));
  const mentions = ctx.provinceHits
    .map((h, i) => ({ start: h.start, name: ctx.provinceEntities[i].name, incidental: isIncidentalMention(ctx.provinceHits, i, ctx.norm.lower) }))
    .filter((x) => !x.incidental && about.has(x.name));
  const fallback = ctx.provinces[0]?.name ?? null;
  return (offset) => {
    const si = ctx.discourse.sentenceAt(offset);
    const sentence = ctx.discourse.sentences[si] ?? [0, offset];
    const pi = spanIndexAt(ctx.discourse.paragraphs, offset);
    const para = pi >= 0 ? ctx.discourse.paragraphs[pi] : sentence;
    for (const x of startingIn(mentions, sentence[0], sentence[1])) return x.name;
    const before = firstAtOrAfter(mentions, offset) - 1;
    if (before >= 0 && mentions[before].start >= para[0]) return mentions[before].name;
    return fallback;
  };
}
