/**
 * The deadline and period of a goal: the nearest time in its clause, then before it in its sentence,
 * then after it, then in the paragraph so far, then a section heading (`2.1. Đến năm 2030`), and last
 * the end of the plan period the document names first (a plan's goals end with the plan).
 */
import type { TimeCandidate } from '../recognizers/times';
import type { Discourse } from '../text/discourse';

export interface GoalTiming {
  deadline?: string; period?: string; after?: boolean;
  /** The deadline is not stated around the goal: it is the document's plan period or year. */
  assumed?: boolean;
}

/** How far around a goal its sentence is searched for times. */
const WINDOW = 400;

const yearOf = (iso: string | undefined) => iso?.slice(0, 4);

/** A goal's deadline as precise as its text (`2030`, `2026-11`, `2025-08-31`); a period ends with its last year. */
function deadlineOf(t: TimeCandidate): string | undefined {
  if (t.kind === 'after') return undefined;
  if (t.kind === 'period') return yearOf(t.endIso);
  if (t.kind === 'deadline' || t.kind === 'point' || t.kind === 'date') return t.endIso;
  return undefined;
}

function periodOf(t: TimeCandidate): string | undefined {
  return t.kind === 'period' && t.startIso && t.endIso ? `${yearOf(t.startIso)}-${yearOf(t.endIso)}` : undefined;
}

const usable = (t: TimeCandidate) => t.kind === 'after' || deadlineOf(t) !== undefined;

/** A deadline beats a period when both stand before the goal (`giai đoạn 2019 - 2025 với mục tiêu đến năm 2020`). */
function nearestBefore(list: TimeCandidate[]): TimeCandidate | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (list[k].kind === 'deadline' || list[k].kind === 'after') return list[k];
  return list[list.length - 1];
}

export class TimingResolver {
  private readonly sectionMarks: Array<{ start: number; time: TimeCandidate }> = [];
  private readonly planEnd: TimeCandidate | undefined;

  constructor(private readonly times: readonly TimeCandidate[], private readonly discourse: Discourse, amounts: ReadonlyArray<{ start: number }>,
    private readonly lower: string, private readonly fallbackYear?: string) {
    let ai = 0, ti = 0;
    for (let pk = 0; pk < discourse.paragraphs.length; pk++) {
      const ps = discourse.paragraphs[pk][0], pe = discourse.paragraphs[pk][1];
      while (ai < amounts.length && amounts[ai].start < ps) ai++;
      while (ti < times.length && times[ti].end <= ps) ti++;
      if (pe - ps > 120 || (ai < amounts.length && amounts[ai].start < pe)) continue;
      // `2.1. Đến năm 2030`, `Giai đoạn 2026–2030`, and `Kế hoạch năm 2026`, `Nhiệm vụ năm 2026 của tỉnh …`.
      const planPoint = times[ti]?.kind === 'point' && /(?<![\p{L}])(?:kế hoạch|nhiệm vụ|mục tiêu|chỉ tiêu|phấn đấu|dự kiến)(?![\p{L}])/u.test(lower.slice(ps, pe));
      if (ti < times.length && times[ti].start < pe && (times[ti].kind === 'deadline' || times[ti].kind === 'period' || planPoint)) {
        this.sectionMarks.push({ start: ps, time: times[ti] });
      }
    }
    this.planEnd = times.find((t) => t.kind === 'period' && t.endIso);
  }

  /** Whether a time is the vision attached to a plan's period (`thời kỳ 2021 - 2030, tầm nhìn đến năm 2050`), decided once per time. */
  private readonly visions = new Map<TimeCandidate, boolean>();
  private isVision(t: TimeCandidate): boolean {
    let vision = this.visions.get(t);
    if (vision === undefined) {
      vision = (this.lower.startsWith('tầm nhìn', t.start) || /tầm nhìn\s*$/u.test(this.lower.slice(Math.max(0, t.start - 10), t.start)))
        && this.inRange(t.start - 48, t.start).some((p) => (p.kind === 'period' || p.kind === 'deadline') && t.start - p.end <= 16 && /^[\s,;–-]*(?:tầm nhìn\s*)?$/u.test(this.lower.slice(p.end, t.start)));
      this.visions.set(t, vision);
    }
    return vision;
  }

  private inRange(from: number, to: number): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    let lo = 0, hi = this.times.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.times[mid].start < from) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < this.times.length && this.times[i].start < to; i++) if (this.times[i].end <= to) out.push(this.times[i]);
    return out;
  }

  /** Timing for a goal stated at [start, end) (normalised offsets). */
  resolve(start: number, end: number): GoalTiming {
    const si = this.discourse.sentenceAt(start);
    const sentence = this.discourse.sentences[si] ?? [start, end];
    const clause = this.discourse.clauseAt(start);
    // A bounded window of the sentence around the goal: work per goal stays constant in long sentences.
    const inSentence = this.inRange(Math.max(sentence[0], start - WINDOW), Math.min(sentence[1], end + WINDOW)).filter((t) => t.kind !== 'date');
    let period: string | undefined;
    for (const t of inSentence) if ((period = periodOf(t)) !== undefined) break;
    // The candidates below are tried in order, each only when those before it found nothing.
    // A time inside the goal's own words (`trở thành trung tâm … vào năm 2025`) comes first.
    let chosen: TimeCandidate | undefined = inSentence.find((t) => t.start >= start && t.end <= end && usable(t));
    if (!chosen) {
      const before = inSentence.filter((t) => t.end <= start && usable(t));
      // `thời kỳ 2021 - 2030, tầm nhìn đến năm 2050`: the vision attached to a plan's period is not its goals' deadline.
      const notVision = (t: TimeCandidate) => !this.isVision(t);
      const inClauseAll = before.filter((t) => t.start >= clause[0]);
      const inClause = inClauseAll.some(notVision) ? inClauseAll.filter(notVision) : inClauseAll.filter(() => !before.some(notVision));
      if (inClause.length) chosen = nearestBefore(inClause);
      else {
        const after = inSentence.filter((t) => t.start >= end && usable(t));
        // A time bound to the goal right after it (`lên 1.500 MW cho giai đoạn 2026-2030`).
        chosen = after.find((t) => t.end <= clause[1] + 40 && /^ *(?:cho|vào|trong)? *$/u.test(this.lower.slice(end, t.start)));
        if (!chosen) {
          // At sentence level a vision year (`tầm nhìn 2050`) gives way to the plan's period: a plan's goals
          // end with the plan, not with its vision.
          const beforeNoVision = before.filter(notVision);
          chosen = beforeNoVision.length ? nearestBefore(beforeNoVision) : before.length ? nearestBefore(before) : after[0];
        }
      }
    }
    if (!chosen) {
      const para = this.discourse.sentenceParagraph[si];
      for (let k = si - 1; k >= 0 && k >= si - 5 && this.discourse.sentenceParagraph[k] === para && !chosen; k--) {
        const s = this.discourse.sentences[k];
        const ts = this.inRange(Math.max(s[0], s[1] - WINDOW), s[1]).filter(usable);
        chosen = ts.length ? nearestBefore(ts) : undefined;
      }
    }
    if (!chosen) {
      let lo = 0, hi = this.sectionMarks.length - 1, ans = -1;
      while (lo <= hi) { const mid = (lo + hi) >> 1; if (this.sectionMarks[mid].start <= start) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
      if (ans >= 0) chosen = this.sectionMarks[ans].time;
    }
    let assumed = false;
    if (!chosen && this.planEnd) { chosen = this.planEnd; assumed = true; }
    const timing: GoalTiming = {};
    if (chosen?.kind === 'after') timing.after = true;
    else if (chosen) timing.deadline = deadlineOf(chosen);
    else if (this.fallbackYear) { timing.deadline = this.fallbackYear; assumed = true; }
    if (assumed) timing.assumed = true;
    if (period) timing.period = period;
    return timing;
  }
}
