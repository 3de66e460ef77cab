/**
 * The goal of a table cell whose role is `target` (recognizers/tables): the row's indicator, the
 * column's or title's year as deadline (else the times around it, as for any goal), the row's
 * province when the row label names one (else the province the text is about), and the row — label
 * with its cells — as evidence. A table under a forecast heading makes no goal.
 */
import type { Goal } from '../types';
import type { GoalContext } from './context';
import type { GoalTiming } from './timing';
import { firstAtOrAfter } from '../text/sorted';

export function tableGoal(ctx: GoalContext, i: number, provinceOf: (offset: number) => { names: Array<string | null> },
  evidence: (s: number, e: number) => Pick<Goal, 'span' | 'evidence'>, timing: () => GoalTiming): Goal | null {
  const a = ctx.amounts[i];
  const entity = ctx.amountEntities[i];
  const hint = a.table ?? { rowStart: a.start, rowEnd: a.end };
  if (hint.forecast) return null; // a forecast (`Dự báo …`) is nobody's goal
  const ev = evidence(hint.rowStart, Math.max(hint.rowEnd, a.end));
  const g: Goal = {
    province: hint.provinceAt !== undefined ? provinceNamedAt(ctx, hint.provinceAt) : provinceOf(a.start).names[0] ?? null,
    indicator: hint.indicator ?? '', value: entity.value, unit: entity.unit, quantitative: true,
    span: ev.span, evidence: ev.evidence, valueSpan: entity.span, rule: 'goal.table', // (no spread: see goals/assemble)
  };
  if (entity.max !== undefined) g.max = entity.max;
  if (entity.qualifier) g.qualifier = entity.qualifier;
  const t: GoalTiming = hint.deadline ? { deadline: hint.deadline, period: hint.period } : timing();
  if (t.deadline) g.deadline = t.deadline;
  if (t.period) g.period = t.period;
  return g;
}

function provinceNamedAt(ctx: GoalContext, start: number): string | null {
  const k = firstAtOrAfter(ctx.provinceHits, start);
  return ctx.provinceHits[k]?.start === start ? ctx.provinceEntities[k].name : null;
}
