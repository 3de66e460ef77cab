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
import { alternation, execAtWordStart, WB_AFTER } from '../text/chars';
import { type DocumentTime, endsAfter } from './documentTime';
import { startingIn } from '../text/sorted';
import { tableRole } from '../recognizers/tables';

const CUE_RE = new RegExp(`(?:${alternation([...TARGET_CUES, ...ACTUAL_CUES])})${WB_AFTER}`, 'gu');
const TARGET = new Set(TARGET_CUES);
const DESCRIPTIVE = new Set(DESCRIPTIVE_NOUNS);
const INTENT = new Set(INTENT_VERBS);

interface Cue { start: number; end: number; role: Role }

/** All cue words of the text, in order (one linear scan). */
export function findCues(lower: string): Cue[] {
  const cues: Cue[] = [];
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAtWordStart(CUE_RE, lower)) !== null) {
    const word = m[0].replace(/\s+/g, ' ');
    cues.push({ start: m.index, end: m.index + m[0].length, role: TARGET.has(word) ? 'target' : 'actual' });
  }
  return cues;
}

function timeRole(t: TimeCandidate, doc: DocumentTime | undefined): Role | null {
  const bound = t.kind === 'after' ? t.startIso : t.endIso;
  if (t.kind === 'after') return 'target';
  if (t.rule === 'time.period.sinceNow') return 'actual';
  if (!bound) return null;
  if (!doc) return t.kind === 'deadline' ? 'target' : 'actual';
  if (t.kind === 'deadline' || t.kind === 'period') return endsAfter(bound, doc.now) ? 'target' : 'actual';
  if (t.kind === 'point') return endsAfter(bound, doc.now) && bound.slice(0, 4) > String(doc.year) ? 'target' : 'actual';
  return null;
}

/** Binary search: index of the last item with start < offset. */
function lastBefore<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0, hi = items.length - 1, ans = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (items[mid].start < offset) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
  return ans;
}

function nearestIn(cues: readonly Cue[], times: readonly TimeCandidate[], from: number, to: number, doc: DocumentTime | undefined,
  useTimes: boolean): Role | null {
  for (let i = lastBefore(cues, to); i >= 0 && cues[i].start >= from; i--) {
    if (cues[i].end <= to) return cues[i].role;
  }
  if (!useTimes) return null;
  for (let i = lastBefore(times, to); i >= 0 && times[i].start >= from; i--) {
    if (times[i].end <= to) { const r = timeRole(times[i], doc); if (r) return r; }
  }
  return null;
}

function timeAfter(times: readonly TimeCandidate[], from: number, to: number, doc: DocumentTime | undefined): Role | null {
  for (let i = lastBefore(times, from) + 1; i < times.length && times[i].start < to; i++) {
    const r = timeRole(times[i], doc);
    if (r) return r;
  }
  return null;
}

/** After an amount: a comparison or a plan value in brackets reports a result (`tăng 9% so với cùng kỳ`, `5,1% (kế hoạch 5,2%)`). */
const REPORTED_AFTER = /^(?:[^.;(),]{0,30}?|,\s*(?:vượt|đạt|cao hơn|thấp hơn|tăng|giảm)\s+(?:[\d.,]+\s*%\s*)?)so (?:với|cùng kỳ)(?![\p{L}])|^\s*\(\s*(?:kế hoạch|kh|dự toán)(?![\p{L}])|^[^.;()]{0,30}?,\s*bằng\s+[\d.,]+\s*%\s*(?:kế hoạch|dự toán)/u;
/** A percentage followed by a plan word is a fulfilment ratio (`đạt 92% kế hoạch`). */
const FULFILMENT_AFTER = /^\s*(?:kế hoạch|dự toán|chỉ tiêu)(?![\p{L}])/u;
/** A paragraph opening with these continues the one before it. */
const CONTINUATION = /^[\s*_-]*(?:cụ thể|theo đó|trong đó|đồng thời|bên cạnh đó|ngoài ra)(?![\p{L}])/u;

export function assignRoles(amounts: readonly AmountCandidate[], lower: string, discourse: Discourse,
  times: readonly TimeCandidate[], doc: DocumentTime | undefined, cues: readonly Cue[]): Role[] {
  const roles: Role[] = [];
  const paragraphRole = new Map<number, Role>();
  const sectionRoles = sectionContext(discourse, times, amounts, doc, lower);
  for (const a of amounts) {
    const inTable = tableRole(a.table, doc); // a table's column, title or column year decides (recognizers/tables)
    if (inTable) { roles.push(inTable); continue; }
    if (a.unitKind === 'count' && DESCRIPTIVE.has(a.unit.toLowerCase())) { roles.push('other'); continue; }
    const si = discourse.sentenceAt(a.start);
    const sentence = discourse.sentences[si] ?? [0, lower.length];
    const clause = discourse.clauseAt(a.start);
    const paren = discourse.parenAt(a.start);
    // 1. A verb of intent in the amount's own clause (`phấn đấu tăng 10% so với năm 2020`).
    const clauseCue = nearestCue(cues, clause[0], a.start);
    let role: Role | null = clauseCue && INTENT.has(cueWord(lower, clauseCue)) ? 'target' : null;
    // 2. What follows: a comparison or a bracketed plan value reports a result; it outweighs a plan
    //    noun before it (`chỉ tiêu … đạt 985,8 triệu USD, vượt so với kế hoạch`).
    if (!role) {
      const after = lower.slice(a.end, Math.min(sentence[1], a.end + 80));
      const futureDeadline = [...startingIn(times, Math.max(sentence[0], a.start - 400), a.start)].some((t) => t.end <= a.start && t.kind === 'deadline' && timeRole(t, doc) === 'target');
      if ((REPORTED_AFTER.test(after) && !futureDeadline) || (a.unitKind === 'percent' && FULFILMENT_AFTER.test(after))) role = 'actual';
    }
    if (!role && clauseCue) role = clauseCue.role;
    // 3. The parenthesis, then the clause: cue words, then times.
    if (!role && paren) role = nearestIn(cues, times, paren[0], a.start, doc, true) ?? timeAfter(times, a.end, paren[1], doc);
    // 4. The sentence before the amount: cue words and times, nearest first.
    if (!role) role = nearestSentence(cues, times, Math.max(sentence[0], a.start - 400), a.start, doc);
    // 5. A time right after the amount in its clause (`490 MW đến năm 2025`).
    if (!role) role = timeAfter(times, a.end, clause[1], doc);
    // 6. What the paragraph established, or the paragraph it continues, or the section heading.
    const para = discourse.sentenceParagraph[si] ?? -1;
    if (!role) role = paragraphRole.get(para) ?? null;
    if (!role && para > 0) {
      const [ps, pe] = discourse.paragraphs[para] ?? [0, 0];
      if (CONTINUATION.test(lower.slice(ps, Math.min(pe, ps + 30)))) {
        const [qs, qe] = discourse.paragraphs[para - 1];
        role = nearestSentence(cues, times, qs, qe, doc);
      }
    }
    if (!role) role = sectionRoles(a.start);
    if (role) paragraphRole.set(para, role);
    // 7. Otherwise a statement of fact.
    roles.push(role ?? 'actual');
  }
  return roles;
}

function nearestCue(cues: readonly Cue[], from: number, to: number): Cue | undefined {
  for (let i = lastBefore(cues, to); i >= 0 && cues[i].start >= from; i--) if (cues[i].end <= to) return cues[i];
  return undefined;
}

const cueWord = (lower: string, c: Cue) => lower.slice(c.start, c.end).replace(/\s+/g, ' ');

function nearestSentence(cues: readonly Cue[], times: readonly TimeCandidate[], from: number, to: number, doc: DocumentTime | undefined): Role | null {
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
      const r = timeRole(t, doc);
      // A reporting point (`Kế hoạch năm 2025, …`) says when, not whether: a cue word before it decides.
      if (r && (t.kind === 'point' || t.kind === 'date')) weakPoint ??= r;
      else if (r) return r;
      ti--;
    }
  }
  return weakPoint;
}

/**
 * Section headings: a short paragraph holding a time or `mục tiêu` and no amount (`2.1. Đến năm
 * 2030`, `II. MỤC TIÊU`) sets the role of what follows, until the next such heading.
 */
function sectionContext(discourse: Discourse, times: readonly TimeCandidate[], amounts: readonly AmountCandidate[],
  doc: DocumentTime | undefined, lower: string): (offset: number) => Role | null {
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
    if (ti < times.length && times[ti].start < pe) role = timeRole(times[ti], doc);
    else if (/mục\s+tiêu|chỉ\s+tiêu/u.test(body)) role = 'target';
    else if (/^[*#\s]*(?:[ivx]+\.|\d+\.)\s/u.test(body)) role = null; // a new numbered section without a cue resets
    else continue;
    marks.push({ start: ps, role });
  }
  return (offset) => {
    const i = lastBefore(marks, offset);
    return i >= 0 ? marks[i].role : null;
  };
}
